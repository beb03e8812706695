/**
 * Clauses every service template shares, written once and worded for the service's unit: the
 * complaint channels and times, the provider's rights and general duties, joint monitoring,
 * changes and disputes, validity, the satisfaction survey and the Maklumat. Each template adds
 * its own service-specific clauses beside them.
 */
import type { TemplateClause, TemplateLegalBasis } from '../serviceTemplates';

export interface Unit {
  /** "Puskesmas", "Dinas Kependudukan dan Pencatatan Sipil": as the clause names the provider. */
  name: string;
  /** The service in words: "pelayanan rawat jalan". */
  service: string;
  /** The user in words: "pasien", "pemohon", "pelaku usaha". */
  user: string;
}

/** Instruments every template cites besides UU 25/2009, PP 96/2012 and PermenPANRB 15/2014 (added by the DASAR_HUKUM draft). */
export const COMMON_LEGAL_BASES: TemplateLegalBasis[] = [
  {
    title: 'PermenPANRB 14/2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
    status: 'V',
    source: 'https://puskaandriana.blogspot.com/2023/03/permenpan-no-14-th-2017-tentang-survey.html',
    note: 'Belum ditemukan peraturan penggantinya; periksa JDIH KemenPANRB.',
  },
  {
    title: 'Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik',
    status: 'M',
    note: 'Periksa juga pedoman SP4N-LAPOR! yang berlaku dari KemenPANRB.',
  },
];

export function complaintClauses(u: Unit): TemplateClause[] {
  return [
    {
      section: 'PENGADUAN',
      text: {
        id: `Pengaduan, saran, dan masukan tentang ${u.service} dapat disampaikan secara langsung kepada petugas pengelola pengaduan ${u.name}, melalui kotak saran, telepon atau WhatsApp pengaduan, SP4N-LAPOR! (www.lapor.go.id), atau kepada Ombudsman Republik Indonesia Perwakilan provinsi. Setiap pengaduan dicatat, diberi nomor, dan ditanggapi paling lambat 2 x 24 jam sejak diterima.`,
        en: `Complaints, suggestions and feedback about the service may be made in person to the complaints officer of the ${u.name}, through the suggestion box, the complaints phone or WhatsApp line, SP4N-LAPOR! (www.lapor.go.id), or to the Ombudsman of the Republic of Indonesia's provincial office. Every complaint is recorded, numbered and answered within 48 hours.`,
      },
      why: 'Pengguna perlu tahu ke mana mengadu dan kapan mendapat jawaban; Ombudsman disebut karena UU 25/2009 memberi pengguna hak mengadu kepadanya.',
      source: 'UU 25/2009 Pasal 18 dan Pasal 36; Perpres 76/2013',
      legalBasis: 'UU 25/2009 Pasal 36',
      obligatedParty: 'provider',
      commitment: { phasing: 'now', measure: { value: 48, unit: 'hours' } },
      localCheck: 'Isi nomor telepon/WhatsApp, alamat surel, dan nama petugas pengelola pengaduan; periksa kanal pengaduan daerah (misalnya aplikasi pengaduan kabupaten/kota).',
    },
    {
      section: 'PENGADUAN',
      text: {
        id: `Pengaduan diselesaikan paling lama 10 (sepuluh) hari kerja sejak diterima. Hasil penyelesaian diberitahukan secara tertulis kepada pengadu, dan ${u.name} mengumumkan rekapitulasi pengaduan beserta tindak lanjutnya setiap 3 (tiga) bulan tanpa menyebut identitas pengadu.`,
        en: `Complaints are resolved within 10 working days of receipt. The outcome is given to the complainant in writing, and the ${u.name} publishes a summary of complaints and follow-up every three months without naming complainants.`,
      },
      why: 'Tanggapan cepat belum berarti masalah selesai; batas waktu penyelesaian dan laporan berkala membuat janji ini dapat diperiksa.',
      source: 'Praktik standar pelayanan daerah; Perpres 76/2013',
      obligatedParty: 'provider',
      commitment: { phasing: 'now', measure: { value: 10, unit: 'working_days' } },
      localCheck: 'Periksa batas waktu penyelesaian pengaduan dalam peraturan kepala daerah tentang pengelolaan pengaduan.',
    },
  ];
}

export function providerRightsClause(u: Unit): TemplateClause {
  return {
    section: 'HAK_PENYELENGGARA',
    text: {
      id: `${u.name} berhak: a. memberikan pelayanan tanpa dihambat pihak lain yang bukan kewenangannya; b. bekerja sama dengan pihak lain; c. mendapat anggaran pelayanan yang memadai; d. membela diri terhadap pengaduan dan tuntutan yang tidak sesuai dengan kenyataan; dan e. menolak permintaan yang bertentangan dengan peraturan perundang-undangan.`,
      en: `The ${u.name} has the right to: a. serve without obstruction by parties without authority; b. cooperate with other parties; c. an adequate service budget; d. defend itself against complaints and claims that do not match the facts; and e. refuse requests that break the law.`,
    },
    why: 'Hak penyelenggara menurut undang-undang; dicantumkan agar kontrak seimbang antara kedua pihak.',
    source: 'UU 25/2009 Pasal 14',
    legalBasis: 'UU 25/2009 Pasal 14',
    obligatedParty: 'provider',
    localCheck: 'Cocokkan rumusan dengan naskah resmi UU 25/2009 Pasal 14.',
  };
}

export function providerDutiesClause(u: Unit): TemplateClause {
  return {
    section: 'KEWAJIBAN_PENYELENGGARA',
    text: {
      id: `${u.name} wajib: a. melaksanakan ${u.service} sesuai dengan standar pelayanan dalam kontrak ini; b. mengumumkan maklumat pelayanan dan standar pelayanan di tempat pelayanan dan di laman resminya; c. menempatkan petugas yang kompeten; d. menyediakan sarana dan prasarana yang layak, termasuk bagi penyandang disabilitas; dan e. membantu ${u.user} memahami hak dan kewajibannya.`,
      en: `The ${u.name} shall: a. deliver the service to the standard in this agreement; b. publish the service pledge and standard at the service point and on its website; c. assign competent staff; d. provide adequate facilities, including for people with disabilities; and e. help users understand their rights and obligations.`,
    },
    why: 'Kewajiban penyelenggara yang langsung dirasakan pengguna, dari daftar kewajiban dalam undang-undang.',
    source: 'UU 25/2009 Pasal 15 huruf a, b, c, d, f, dan i',
    legalBasis: 'UU 25/2009 Pasal 15',
    obligatedParty: 'provider',
  };
}

export function monitoringClause(u: Unit): TemplateClause {
  return {
    section: 'PEMANTAUAN',
    text: {
      id: `Pelaksanaan kontrak ini dipantau bersama oleh ${u.name} dan wakil pengguna yang menandatanganinya dalam forum yang bertemu paling sedikit sekali setiap 6 (enam) bulan. Forum membahas rekapitulasi pengaduan, hasil survei kepuasan, dan capaian setiap janji, lalu mencatat kesimpulannya dalam berita acara yang diumumkan.`,
      en: `The ${u.name} and the users' representatives who signed this agreement monitor it together in a forum that meets at least every six months. The forum reviews the complaint summary, the satisfaction survey and each commitment, and records its conclusions in published minutes.`,
    },
    why: 'Janji yang tidak dipantau bersama hanya menjadi pengumuman; forum ini memberi wakil pengguna tempat untuk menagihnya.',
    source: 'Tahap evaluasi pelembagaan Kontrak Pelayanan (PSKK UGM); forum konsultasi publik PermenPANRB 15/2014',
    obligatedParty: 'both',
  };
}

export function changesClause(u: Unit): TemplateClause {
  return {
    section: 'PERUBAHAN_SENGKETA',
    text: {
      id: `Perubahan kontrak ini disepakati bersama dalam forum yang dihadiri ${u.name} dan wakil pengguna, lalu dituangkan dalam naskah perubahan yang ditandatangani para pihak. Perbedaan pendapat tentang pelaksanaannya diselesaikan lebih dahulu dengan musyawarah; bila tidak tercapai mufakat, pengguna tetap berhak mengadu kepada Ombudsman Republik Indonesia.`,
      en: `Changes to this agreement are agreed jointly in a forum of the ${u.name} and users' representatives and set out in an amendment signed by the parties. Disagreements about its implementation are settled first by deliberation; failing agreement, users keep the right to complain to the Ombudsman of the Republic of Indonesia.`,
    },
    why: 'Kontrak yang disusun bersama juga diubah bersama; musyawarah didahulukan sesuai asas pelibatan masyarakat.',
    source: 'UU 25/2009 Pasal 20 (pelibatan masyarakat, musyawarah) dan Pasal 40 (pengaduan kepada Ombudsman)',
    legalBasis: 'UU 25/2009 Pasal 20',
    obligatedParty: 'both',
  };
}

export function validityClause(): TemplateClause {
  return {
    section: 'MASA_BERLAKU',
    text: {
      id: 'Kontrak pelayanan ini berlaku sejak ditandatangani dan ditinjau bersama paling lambat 12 (dua belas) bulan kemudian, atau lebih awal bila peraturan yang menjadi dasarnya berubah.',
      en: 'This service agreement takes effect when signed and is reviewed jointly within 12 months, or earlier if the regulations it rests on change.',
    },
    why: 'Standar pelayanan dievaluasi secara berkala; tanggal peninjauan yang jelas membuat evaluasi tidak tertunda.',
    source: 'PermenPANRB 15/2014 (evaluasi standar pelayanan secara berkala)',
    obligatedParty: 'both',
  };
}

export function surveyClause(u: Unit): TemplateClause {
  return {
    section: 'SURVEI',
    text: {
      id: `${u.name} melaksanakan Survei Kepuasan Masyarakat dengan 9 (sembilan) unsur paling sedikit sekali setiap semester, mengumumkan hasilnya di tempat pelayanan dan di laman resmi paling lambat 1 (satu) bulan setelah survei selesai, dan membahas unsur yang nilainya rendah dalam forum pemantauan bersama.`,
      en: `The ${u.name} runs the nine-element Community Satisfaction Survey at least every semester, publishes the results at the service point and on its website within one month of the survey, and discusses low-scoring elements in the joint monitoring forum.`,
    },
    why: 'Peraturan mewajibkan survei paling sedikit sekali setahun; sekali setiap semester memberi bahan bagi forum pemantauan enam bulanan.',
    source: 'PermenPANRB 14/2017',
    legalBasis: 'PermenPANRB 14/2017',
    obligatedParty: 'provider',
  };
}

export function pledgeClause(u: Unit): TemplateClause {
  return {
    section: 'MAKLUMAT',
    text: {
      id: `Dengan ini kami menyatakan sanggup menyelenggarakan ${u.service} sesuai dengan standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai dengan peraturan perundang-undangan yang berlaku.`,
      en: `We hereby declare that we are able to deliver this service to the standard set, and that if we fail to keep this promise we are ready to accept sanctions under the applicable laws and regulations.`,
    },
    why: 'Rumusan maklumat pelayanan yang lazim; ditandatangani pimpinan unit dan dipajang di tempat pelayanan.',
    source: 'UU 25/2009 Pasal 22; rumusan maklumat dalam PermenPANRB 15/2014',
    legalBasis: 'UU 25/2009 Pasal 22',
    obligatedParty: 'provider',
    localCheck: 'Cocokkan dengan rumusan maklumat yang dipakai pemerintah daerah; maklumat ditandatangani kepala unit.',
  };
}

/** The clauses above, for a template to place beside its own. */
export function commonClauses(u: Unit): TemplateClause[] {
  return [...complaintClauses(u), providerRightsClause(u), providerDutiesClause(u), monitoringClause(u), changesClause(u), validityClause(), surveyClause(u), pledgeClause(u)];
}
