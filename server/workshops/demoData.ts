/**
 * The facts of the demo workshop as tables: "Kontrak Pelayanan Akta Kelahiran, Kota Yogyakarta"
 * (charter-method.md §4; people and content are invented, the legal anchors are real).
 * `demoScript.ts` turns these tables into commands; nothing here knows about ids or commands.
 * People are referred to by their key: 'F' (facilitator), 'S1'..'S9' (§4's stakeholders).
 */
import type { Commitment, Measure, ObligatedParty } from '../../shared/schema/clauses';
import type { SectionCode } from '../../shared/schema/sections';
import type { Mandate, SignatoryCapacity } from '../../shared/rules/signatories';
import type { AgendaMethod } from '../../shared/schema/agenda';
import type { SalienceAttributes } from '../../shared/schema/stakeholderCard';
import type { Sector, StakeholderCategory } from '../../shared/schema/stakeholders';
import type { BilingualText } from '../../shared/schema/text';

const t = (id: string, en: string): BilingualText => ({ id, en });
const workingDays = (value: number): Measure => ({ value, unit: 'working_days' });
const now = (measure: Measure): Commitment => ({ measure, phasing: 'now' });

/** 'P', 'L', 'U': the salience attributes a card holds (Mitchell, Agle & Wood). */
function salience(attrs: string): SalienceAttributes {
  return { power: attrs.includes('P'), legitimacy: attrs.includes('L'), urgency: attrs.includes('U') };
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export const FACILITATOR_KEY = 'F';
export const BOARD_KEY = 'BOARD';

export interface StakeholderSeed {
  key: string;
  name: string;
  organisation: string;
  position: string;
  sector: Sector;
  category: StakeholderCategory;
  power: number;
  interest: number;
  salience: SalienceAttributes;
  isVulnerableGroupRep: boolean;
  publishNameConsent: boolean;
}

const DINAS = 'Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta';

/** §4's table. Categories use the core's names (unit_penyelenggara = provider_unit, swasta = private_provider, ...). */
export const STAKEHOLDERS: readonly StakeholderSeed[] = [
  { key: 'S1', name: 'Dra. Sri Wahyuni, M.Si', organisation: DINAS, position: 'Kepala Dinas', sector: 'government', category: 'provider_unit', power: 5, interest: 5, salience: salience('PLU'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S2', name: 'Bambang Prasetyo', organisation: DINAS, position: 'Kepala Bidang Pelayanan Pencatatan Sipil', sector: 'government', category: 'provider_unit', power: 4, interest: 5, salience: salience('PL'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S3', name: 'Rina Kusuma', organisation: DINAS, position: 'Petugas loket', sector: 'government', category: 'provider_unit', power: 2, interest: 5, salience: salience('LU'), isVulnerableGroupRep: false, publishNameConsent: false },
  { key: 'S4', name: 'H. Agus Salim', organisation: 'DPRD Kota Yogyakarta', position: 'Anggota Komisi A', sector: 'government', category: 'dprd', power: 4, interest: 3, salience: salience('PL'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S5', name: 'Bidan Endang', organisation: 'Ikatan Bidan Indonesia, praktik mandiri', position: 'Bidan', sector: 'private', category: 'private_provider', power: 2, interest: 4, salience: salience('LU'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S6', name: 'dr. Yohanes', organisation: 'RSIA swasta mitra KADO ANANDA', position: 'Direktur pelayanan medis', sector: 'private', category: 'private_provider', power: 3, interest: 3, salience: salience('L'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S7', name: 'Lestari', organisation: 'Forum Peduli Anak Jogja', position: 'Koordinator', sector: 'civil_society', category: 'ngo', power: 2, interest: 5, salience: salience('LU'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S8', name: 'Pak Darmo', organisation: 'RW, Kemantren Gedongtengen', position: 'Ketua RW', sector: 'civil_society', category: 'community_leader', power: 2, interest: 4, salience: salience('LU'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S9', name: 'Ibu Nur Aini', organisation: 'Paguyuban Difabel Kemantren Gedongtengen', position: 'Koordinator; pengguna layanan (ibu dua anak)', sector: 'civil_society', category: 'service_user', power: 1, interest: 5, salience: salience('LU'), isVulnerableGroupRep: true, publishNameConsent: true },
];

/** Pak Darmo has no device: the facilitator enters all his input on his behalf. */
export const WITHOUT_DEVICE: ReadonlySet<string> = new Set(['S8']);

// ---------------------------------------------------------------------------------------------
// Agenda and user groups
// ---------------------------------------------------------------------------------------------

export interface AgendaSeed {
  method: AgendaMethod;
  title: BilingualText;
  minutes: number;
  sectionCodes: SectionCode[];
}

export const AGENDA: readonly AgendaSeed[] = [
  { method: 'promotion', title: t('Pembukaan dan pengenalan Kontrak Pelayanan', 'Opening: what a service contract is'), minutes: 30, sectionCodes: [] },
  { method: 'complaint_review', title: t('Kajian pengaduan dan hasil SKM', 'Review of complaints and the satisfaction survey (SKM)'), minutes: 45, sectionCodes: [] },
  { method: 'stakeholder_mapping', title: t('Pemetaan pemangku kepentingan (matriks pengaruh–kepentingan dan arti penting)', 'Stakeholder mapping (power-interest grid and salience)'), minutes: 40, sectionCodes: [] },
  { method: 'user_groups', title: t('Identifikasi kelompok pengguna', 'Identifying user groups'), minutes: 30, sectionCodes: [] },
  { method: 'vision_mission', title: t('Visi dan misi pelayanan', 'Vision and mission'), minutes: 30, sectionCodes: ['VISI_MISI'] },
  { method: 'drafting', title: t('Penyusunan klausul per bagian', 'Drafting clauses section by section'), minutes: 120, sectionCodes: [] },
  { method: 'dot_vote', title: t('Penentuan prioritas klausul dengan titik', 'Dot vote: which clauses to discuss first'), minutes: 20, sectionCodes: [] },
  { method: 'consensus_check', title: t('Uji kesepakatan (gradasi kesepakatan)', 'Consensus check (gradients of agreement)'), minutes: 90, sectionCodes: [] },
  {
    method: 'rights_obligations',
    title: t('Hak, kewajiban, dan sanksi', 'Rights, obligations and sanctions'),
    minutes: 45,
    sectionCodes: ['HAK_PENGGUNA', 'KEWAJIBAN_PENGGUNA', 'HAK_PENYELENGGARA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI'],
  },
  { method: 'sign_off', title: t('Penandatanganan dan Maklumat Pelayanan', 'Signing and the service pledge (Maklumat)'), minutes: 30, sectionCodes: ['MAKLUMAT'] },
];

export interface UserGroupSeed {
  key: string;
  /** Who named the group in the room. */
  by: string;
  name: BilingualText;
  description?: BilingualText;
  specialNeeds?: BilingualText;
  priority: number;
}

export const USER_GROUPS: readonly UserGroupSeed[] = [
  {
    key: 'UG1',
    by: 'S6',
    name: t('Orang tua bayi lahir di faskes', 'Parents of babies born in a health facility'),
    description: t('Kelahiran di rumah sakit, Puskesmas atau bidan; surat keterangan lahir tersedia.', 'Births in a hospital, health centre or midwife practice; a birth letter is available.'),
    priority: 4,
  },
  {
    key: 'UG2',
    by: 'S5',
    name: t('Kelahiran di rumah / tanpa surat keterangan lahir (SPTJM)', 'Home births / no birth letter (sworn statement, SPTJM)'),
    specialNeeds: t('Perlu penjelasan SPTJM dan dua saksi.', 'Need the sworn statement and two witnesses explained.'),
    priority: 2,
  },
  {
    key: 'UG3',
    by: 'S3',
    name: t('Pelaporan kelahiran terlambat (lebih dari 60 hari)', 'Late birth registration (more than 60 days)'),
    description: t(
      'Kelahiran yang dilaporkan lebih dari 60 hari sejak tanggal lahir; pencatatannya memerlukan keputusan Kepala Dinas.',
      'Births reported more than 60 days after the date of birth; registering them needs a decision of the head of the office.',
    ),
    priority: 3,
  },
  {
    key: 'UG4',
    by: 'S9',
    name: t('Pemohon penyandang disabilitas/lansia', 'Applicants with a disability / elderly applicants'),
    specialNeeds: t('Antrean prioritas, akses kursi roda, bantuan mengisi formulir.', 'Priority queue, wheelchair access, help with the forms.'),
    priority: 1,
  },
];

// ---------------------------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------------------------

export interface VersionSeed {
  /** Author (a person key). */
  by: string;
  text: BilingualText;
  rationale: string;
  obligatedParty: ObligatedParty;
  /** With `obligatedParty: 'partner'`: the person key whose stakeholder card is the partner ('S6'). */
  partner?: string;
  legalBasis?: string;
  commitment?: Commitment;
  usersAsk?: Measure;
  providerBaseline?: Measure;
  /** The user groups the clause concerns (UG keys); none: every user. */
  groups?: string[];
}

export interface ClauseSeed extends VersionSeed {
  /** §4's label: K1..K14, K11a/K11b for the two halves of K11; K15.. for the sections §4 lacked. */
  key: string;
  section: SectionCode;
  /** Short label on the dot-vote sheet. */
  topic: BilingualText;
  /** Further paragraphs of the working text, after the clause text itself. */
  notes?: string[];
}

export const VISION_CLAUSE: ClauseSeed = {
  key: 'K1',
  section: 'VISI_MISI',
  topic: t('Visi', 'Vision'),
  by: 'S7',
  text: t(
    'Visi: setiap anak yang lahir di Kota Yogyakarta tercatat kelahirannya dengan mudah, cepat, dan tanpa biaya. Misi: (1) mendekatkan pendaftaran ke tempat anak dilahirkan; (2) menyelesaikan akta dalam waktu yang dijanjikan; (3) membuka informasi dan saluran pengaduan bagi semua warga, termasuk penyandang disabilitas.',
    'Vision: every child born in Yogyakarta has its birth registered easily, quickly and free of charge. Mission: (1) bring registration to where children are born; (2) issue the certificate within the promised time; (3) open information and complaint channels to every resident, people with disabilities included.',
  ),
  rationale: 'Akta kelahiran adalah identitas pertama anak; visi ditulis dari sudut pandang anak, bukan kantor.',
  obligatedParty: 'provider',
};

/** K2..K25, proposed during the drafting step, in this order. K5 starts at the users' ask (v1). */
export const DRAFTED_CLAUSES: readonly ClauseSeed[] = [
  {
    key: 'K2',
    section: 'PERSYARATAN',
    topic: t('Persyaratan dokumen', 'Documents required'),
    by: 'S3',
    text: t(
      'Surat keterangan kelahiran dari rumah sakit, Puskesmas, bidan, atau kelurahan; buku nikah atau kutipan akta perkawinan; Kartu Keluarga (KK); dan KTP-el kedua orang tua.',
      "A birth letter from the hospital, health centre, midwife or kelurahan; the marriage book or certificate; the family card; the parents' e-ID cards.",
    ),
    rationale: 'Disamakan dengan standar pelayanan yang berlaku, supaya loket, JSS dan faskes meminta berkas yang sama.',
    obligatedParty: 'user',
  },
  {
    key: 'K3',
    section: 'PERSYARATAN',
    topic: t('SPTJM bila dokumen tidak ada', 'Sworn statement when documents are missing'),
    by: 'S5',
    text: t(
      'Bila surat keterangan lahir tidak ada, pemohon cukup mengisi SPTJM kebenaran data kelahiran dengan 2 (dua) saksi. Bila buku nikah atau kutipan akta perkawinan tidak ada, pemohon mengisi SPTJM kebenaran sebagai pasangan suami istri; sebelum berkas diterima, petugas menjelaskan bahwa akta kelahiran anak akan memuat keterangan bahwa perkawinan orang tuanya belum tercatat.',
      'If the birth letter is missing, a sworn statement (SPTJM) on the birth data with two witnesses suffices. If the marriage book or certificate is missing, the parents sign a sworn statement that they are husband and wife; before accepting the file, the officer explains that the birth certificate will then state that the parents’ marriage is not yet registered.',
    ),
    rationale: 'Bayi yang lahir di rumah atau dari orang tua tanpa buku nikah tidak boleh tertinggal tanpa akta; orang tua berhak tahu apa yang akan tertulis di akta anaknya.',
    obligatedParty: 'provider',
    groups: ['UG2'],
    legalBasis: 'Permendagri 9/2016; Perpres 96/2018',
  },
  {
    key: 'K4',
    section: 'PROSEDUR',
    topic: t('Tiga jalur pendaftaran', 'Three ways to apply'),
    by: 'S6',
    text: t(
      'Pendaftaran dapat dilakukan melalui JSS, di loket Dindukcapil, atau langsung di faskes mitra; RSIA mitra KADO ANANDA menerima berkas dari orang tua bayi yang lahir di sana dan meneruskannya ke Dindukcapil paling lambat 1 (satu) hari kerja. Alur pelayanan dipajang sebagai bagan di loket dan di faskes mitra.',
      'Apply online through JSS, at the Dindukcapil counter or directly at a partner facility; the KADO ANANDA partner maternity hospital accepts the file from parents of babies born there and forwards it to Dindukcapil within 1 working day. The service flow is displayed as a chart at the counter and at partner facilities.',
    ),
    rationale: 'Sebagian besar bayi lahir di faskes; mendaftar di tempat lahir menghemat satu perjalanan bagi orang tua.',
    obligatedParty: 'partner',
    partner: 'S6',
    groups: ['UG1'],
  },
  {
    key: 'K5',
    section: 'WAKTU',
    topic: t('Jangka waktu penyelesaian', 'Completion time'),
    by: 'S9',
    text: t(
      'Akta selesai paling lama 1 (satu) hari kerja sejak berkas dinyatakan lengkap.',
      'The certificate is issued within 1 working day of a complete file.',
    ),
    rationale: 'Ibu yang baru melahirkan sulit bolak-balik ke kantor; bila berkas lengkap, akta bisa selesai hari itu juga.',
    obligatedParty: 'provider',
    commitment: now(workingDays(1)),
    usersAsk: workingDays(1),
  },
  {
    key: 'K6',
    section: 'BIAYA',
    topic: t('Biaya', 'Cost'),
    by: 'S4',
    text: t('Rp 0 — tidak dipungut biaya apa pun (UU 24/2013 Pasal 79A).', 'Rp 0: no fee of any kind (Law 24/2013, Article 79A).'),
    rationale: 'Menegaskan amanat undang-undang di setiap titik layanan dan menutup ruang pungutan liar.',
    obligatedParty: 'provider',
    legalBasis: 'UU 24/2013 Pasal 79A',
    commitment: now({ value: 0, unit: 'rupiah' }),
  },
  {
    key: 'K7',
    section: 'PRODUK',
    topic: t('Daftar 1 Dapat 3', 'Apply once, get three'),
    by: 'S2',
    text: t(
      'Kutipan akta kelahiran, Kartu Identitas Anak (KIA), dan KK yang diperbarui (Daftar 1 Dapat 3). Akta kelahiran dan KK berupa dokumen elektronik bertanda tangan elektronik dengan kode QR, dikirim ke surel atau WhatsApp pemohon untuk dicetak sendiri pada kertas HVS A4 80 gram; pemohon yang tidak dapat mencetak sendiri dilayani pencetakan di loket tanpa biaya. KIA dicetak oleh Dindukcapil dan diambil di loket atau faskes mitra.',
      'The birth certificate, the child identity card (KIA) and an updated family card (apply once, get three). The certificate and the family card are electronic documents with an electronic signature and a QR code, sent to the applicant’s email or WhatsApp to print at home on plain A4 80 g paper; applicants who cannot print get a free print at the counter. The KIA is printed by the office and collected at the counter or the partner facility.',
    ),
    rationale: 'Program Daftar 1 Dapat 3 sudah berjalan; dicantumkan di kontrak agar tidak bergantung pada program. Sejak akta dan KK dicetak di kertas HVS, orang tua tidak perlu datang lagi untuk mengambilnya.',
    obligatedParty: 'provider',
    groups: ['UG1'],
    legalBasis: 'Permendagri 109/2019',
  },
  {
    key: 'K8',
    section: 'PENGADUAN',
    topic: t('Pengaduan 2x24 jam', 'Complaints within 48 hours'),
    by: 'S7',
    text: t(
      'Pengaduan disampaikan melalui UPIK (SMS/WhatsApp), SP4N-LAPOR!, surel, atau kotak saran dan dikelola oleh petugas pengelola pengaduan Dindukcapil; setiap pengaduan ditanggapi paling lama 2×24 jam dan diselesaikan paling lama 10 hari kerja. Pengadu yang tidak puas dengan penyelesaiannya dapat mengadu ke Ombudsman Republik Indonesia Perwakilan Daerah Istimewa Yogyakarta.',
      'Complaints through UPIK (SMS/WhatsApp), SP4N-LAPOR!, email or the suggestion box are handled by the office’s complaints officer; each is answered within 48 hours and resolved within 10 working days. A complainant who is not satisfied with the outcome may complain to the Ombudsman of the Republic of Indonesia, Yogyakarta office.',
    ),
    rationale: 'Warga sudah mengenal UPIK; yang perlu dijamin adalah kecepatan tanggapan dan penyelesaiannya, dan jalan keluar bila Dinas sendiri tidak menyelesaikannya.',
    obligatedParty: 'provider',
    legalBasis: 'UU 25/2009 Pasal 18; Perpres 76/2013',
    commitment: now({ value: 48, unit: 'hours' }),
    notes: ['Nomor UPIK, alamat SP4N-LAPOR! dan kontak Ombudsman RI Perwakilan DIY dicetak pada tanda terima dan dipajang di loket.'],
  },
  {
    key: 'K9',
    section: 'STD_PERLAKUAN',
    topic: t('Perlakuan & antrean prioritas', 'Courtesy and priority queue'),
    by: 'S9',
    text: t(
      'Petugas melayani dengan ramah dan sopan serta memakai tanda pengenal; ibu dengan bayi, lansia, dan penyandang disabilitas mendapat antrean prioritas.',
      'Staff are courteous and wear name tags; mothers with babies, elderly people and people with disabilities get a priority queue.',
    ),
    rationale: 'Ibu dengan bayi, lansia dan penyandang disabilitas tidak sanggup antre lama.',
    obligatedParty: 'provider',
    groups: ['UG4'],
  },
  {
    key: 'K10',
    section: 'SARANA',
    topic: t('Ruang tunggu & akses', 'Waiting room and access'),
    by: 'S8',
    text: t('Dindukcapil menyediakan ruang tunggu ramah anak, ruang laktasi, dan akses kursi roda.', 'The office provides a child-friendly waiting room, a lactation room and wheelchair access.'),
    rationale: 'Banyak warga kami datang sambil menggendong bayi atau memakai kursi roda.',
    obligatedParty: 'provider',
  },
  {
    key: 'K11a',
    section: 'KEWAJIBAN_PENGGUNA',
    topic: t('Kewajiban pemohon', 'Applicant obligations'),
    by: 'S3',
    text: t(
      'Pemohon wajib menyerahkan dokumen yang benar dan sah, mencantumkan nomor WhatsApp atau alamat surel yang aktif untuk menerima dokumen elektronik, dan mengambil KIA paling lambat 30 hari setelah diberi tahu.',
      'Applicants submit true and valid documents, give a working WhatsApp number or email address to receive the electronic documents, and collect the KIA within 30 days of being told it is ready.',
    ),
    rationale: 'Dokumen palsu memperlambat seluruh antrean, dan dokumen elektronik tidak sampai bila nomornya salah; banyak KIA yang sudah jadi tidak diambil berbulan-bulan.',
    obligatedParty: 'user',
  },
  {
    key: 'K11b',
    section: 'KEWAJIBAN_PENYELENGGARA',
    topic: t('Tanda terima bertanggal', 'Dated receipt'),
    by: 'S9',
    text: t(
      'Dindukcapil wajib memberikan tanda terima yang mencantumkan tanggal janji selesai kepada setiap pemohon yang berkasnya lengkap.',
      'The office gives every applicant with a complete file a receipt showing the promised completion date.',
    ),
    rationale: 'Tanpa tanggal janji tertulis, pemohon tidak dapat menagih jangka waktu penyelesaian.',
    obligatedParty: 'provider',
  },
  {
    key: 'K12',
    section: 'SANKSI_KOMPENSASI',
    topic: t('Kompensasi & sanksi', 'Compensation and sanctions'),
    by: 'S4',
    text: t(
      'Jika melewati jangka waktu, Kepala Dinas menyampaikan permohonan maaf tertulis, dokumen elektronik dikirim pada hari itu juga, dan cetakan akta serta KIA diantar gratis ke rumah pemohon; petugas yang memungut biaya dikenai sanksi sesuai peraturan perundang-undangan, termasuk pidana (UU 24/2013 Pasal 95B).',
      'If the deadline is missed, the head of the office apologises in writing, the electronic documents are sent the same day, and printed copies of the certificate and the KIA are delivered home free of charge; staff who charge a fee face sanctions under the law, including criminal penalties (Law 24/2013, Article 95B).',
    ),
    rationale: 'Janji tanpa konsekuensi hanya menjadi pengumuman; pungutan atas dokumen kependudukan adalah tindak pidana.',
    obligatedParty: 'provider',
    legalBasis: 'UU 24/2013 Pasal 95B',
  },
  {
    key: 'K13',
    section: 'SURVEI',
    topic: t('Survei kepuasan tiap semester', 'Satisfaction survey each semester'),
    by: 'S7',
    text: t(
      'Dindukcapil melaksanakan Survei Kepuasan Masyarakat (SKM) dengan 9 unsur setiap semester dan mengumumkan hasil serta tindak lanjutnya di laman Dindukcapil dan papan informasi loket.',
      'A nine-element user satisfaction survey (SKM) every semester; results are published on the website and the notice board.',
    ),
    rationale: 'Warga perlu melihat apakah janji dalam kontrak ini ditepati, bukan hanya mengisi kuesioner.',
    obligatedParty: 'provider',
    legalBasis: 'PermenPANRB 14/2017',
  },
  {
    key: 'K14',
    section: 'MAKLUMAT',
    topic: t('Maklumat pelayanan', 'Service pledge'),
    by: 'S1',
    text: t(
      'Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan akta kelahiran sesuai standar pelayanan yang telah ditetapkan, memberikan kompensasi apabila pelayanan tidak sesuai standar, dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.',
      'We hereby declare that we are able to deliver the birth-certificate service according to the agreed service standard, will give compensation when the service falls short of it, and, should we not keep this promise, are ready to accept sanctions under the applicable laws and regulations.',
    ),
    rationale: 'Maklumat ditandatangani Kepala Dinas dan dipajang di loket, website dan media sosial.',
    obligatedParty: 'provider',
    legalBasis: 'UU 25/2009 Pasal 22',
  },
  // The sections the first draft lacked (review of the demo, items 1, 3, 5, 8 and 10): scope,
  // place and hours, the completeness check, late registration, information, the legal basis,
  // both sides' rights and the terms of the agreement. Proposed in the drafting step like the rest.
  {
    key: 'K15',
    section: 'RUANG_LINGKUP',
    topic: t('Ruang lingkup', 'Scope'),
    by: 'S7',
    text: t(
      'Kontrak ini berlaku untuk pelayanan akta kelahiran bagi setiap anak yang lahir dari penduduk Kota Yogyakarta, yang dimohonkan di loket Dindukcapil, melalui JSS, atau di faskes mitra KADO ANANDA. Kontrak ini mencakup empat kelompok pengguna: orang tua bayi yang lahir di faskes; kelahiran di rumah atau tanpa surat keterangan lahir; pelaporan kelahiran terlambat; serta pemohon penyandang disabilitas dan lansia.',
      'This agreement covers the birth-certificate service for every child born to a resident of Yogyakarta, applied for at the office counter, through JSS or at a KADO ANANDA partner facility. It covers four user groups: parents of babies born in a health facility; home births or births without a birth letter; late birth registration; applicants with a disability and elderly applicants.',
    ),
    rationale: 'Kelompok yang paling sering tertinggal harus tertulis di kontrak, supaya janji di bawah ini juga berlaku bagi mereka.',
    obligatedParty: 'provider',
  },
  {
    key: 'K16',
    section: 'TEMPAT_WAKTU',
    topic: t('Tempat dan jam pelayanan', 'Place and hours'),
    by: 'S3',
    text: t(
      'Loket Dindukcapil Kota Yogyakarta melayani Senin sampai Kamis pukul 08.00–15.00 WIB dan Jumat pukul 08.00–14.00 WIB, kecuali hari libur. Permohonan melalui JSS dapat diajukan setiap saat. Faskes mitra KADO ANANDA menerima berkas pada jam pelayanan persalinan masing-masing.',
      'The office counter is open Monday to Thursday 08.00–15.00 and Friday 08.00–14.00 (WIB), except public holidays. Applications through JSS can be made at any time. KADO ANANDA partner facilities accept files during their own maternity hours.',
    ),
    rationale: 'Pemohon perlu tahu kapan loket buka sebelum berangkat; JSS menampung yang tidak dapat datang pada jam kerja.',
    obligatedParty: 'provider',
  },
  {
    key: 'K17',
    section: 'PROSEDUR',
    topic: t('Batas waktu pemeriksaan berkas', 'Deadline for the completeness check'),
    by: 'S7',
    text: t(
      'Kelengkapan berkas diperiksa paling lama 1 (satu) hari kerja sejak diterima; berkas yang diserahkan di loket diperiksa pada hari yang sama. Bila ada kekurangan, petugas memberitahukan seluruh kekurangan sekaligus secara tertulis (melalui JSS, WhatsApp, atau lembar pemeriksaan), sehingga pemohon cukup melengkapi satu kali.',
      'The file is checked for completeness within 1 working day of receipt; files handed in at the counter are checked the same day. If anything is missing, the officer lists everything missing at once, in writing (through JSS, WhatsApp or a checklist), so the applicant completes the file only once.',
    ),
    rationale: 'Jangka waktu dihitung sejak berkas lengkap; tanpa batas waktu pemeriksaan, saat "lengkap" sepenuhnya ditentukan kantor.',
    obligatedParty: 'provider',
    commitment: now(workingDays(1)),
  },
  {
    key: 'K18',
    section: 'WAKTU',
    topic: t('Pelaporan kelahiran terlambat', 'Late birth registration'),
    by: 'S3',
    text: t(
      'Pelaporan kelahiran yang melewati 60 (enam puluh) hari sejak tanggal lahir dilayani dengan persyaratan yang sama; keputusan Kepala Dinas yang diperlukan untuk pencatatannya diproses tanpa permohonan terpisah, dan akta selesai paling lama 3 (tiga) hari kerja sejak berkas dinyatakan lengkap, sama seperti pelaporan tepat waktu.',
      'Births reported more than 60 days after the date of birth are served with the same requirements; the decision of the head of the office needed to register them is made without a separate application, and the certificate is issued within 3 working days of a complete file, as for timely reports.',
    ),
    rationale: 'Orang tua yang terlambat melapor biasanya yang paling sulit datang ke kantor; keterlambatan tidak boleh membuat anaknya menunggu lebih lama.',
    obligatedParty: 'provider',
    groups: ['UG3'],
    legalBasis: 'UU 24/2013 (perubahan Pasal 32 UU 23/2006)',
    commitment: now(workingDays(3)),
  },
  {
    key: 'K19',
    section: 'STD_INFORMASI',
    topic: t('Informasi yang jelas', 'Clear information'),
    by: 'S9',
    text: t(
      'Persyaratan, alur, jangka waktu, biaya Rp 0, hak pemohon, dan saluran pengaduan dipajang di loket dan faskes mitra serta dimuat di laman Dindukcapil dan JSS, dalam bahasa yang mudah dipahami, dengan huruf besar dan versi audio. Petugas menjelaskan SPTJM dan akibatnya sebelum pemohon menandatanganinya. Pemohon dapat melihat status permohonannya melalui JSS atau menanyakannya lewat WhatsApp.',
      'Requirements, flow, completion time, the Rp 0 fee, applicants’ rights and complaint channels are displayed at the counter and partner facilities and published on the office website and JSS, in plain language, in large print and as audio. Officers explain the SPTJM and its consequences before the applicant signs it. Applicants can follow the status of their application on JSS or ask by WhatsApp.',
    ),
    rationale: 'Informasi yang hanya ada di kepala petugas membuat warga bolak-balik; penyandang tunanetra dan lansia juga berhak membacanya.',
    obligatedParty: 'provider',
    groups: ['UG4'],
  },
  {
    key: 'K20',
    section: 'DASAR_HUKUM',
    topic: t('Dasar hukum', 'Legal basis'),
    by: 'S2',
    text: t(
      'Pelayanan akta kelahiran ini diselenggarakan berdasarkan: Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013; Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018; Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan; dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan.',
      'This birth-certificate service rests on: Law 25/2009 on Public Services; Law 23/2006 on Population Administration as amended by Law 24/2013; Presidential Regulation 96/2018 on the requirements and procedures for population and civil registration; Minister of Home Affairs Regulation 108/2019 implementing it; Minister of Home Affairs Regulation 109/2019 on the forms and books used in population administration; and Minister of Administrative Reform Regulation 15/2014 on service standards.',
    ),
    rationale: 'Warga perlu tahu aturan mana yang menjadi pijakan setiap janji; petugas loket juga perlu rujukan yang sama.',
    obligatedParty: 'provider',
    legalBasis: 'UU 25/2009; UU 23/2006 jo. UU 24/2013; Perpres 96/2018; Permendagri 108/2019; Permendagri 109/2019; PermenPANRB 15/2014',
  },
  {
    key: 'K21',
    section: 'HAK_PENGGUNA',
    topic: t('Hak pemohon', 'Applicants’ rights'),
    by: 'S9',
    text: t(
      'Setiap pemohon berhak: (a) mendapat akta kelahiran sesuai standar dalam kontrak ini tanpa biaya apa pun; (b) mengetahui persyaratan, alur, jangka waktu, dan status permohonannya; (c) menerima tanda terima berisi tanggal janji selesai; (d) dilayani dengan sopan dan tanpa diskriminasi, termasuk mendapat bantuan bagi penyandang disabilitas dan lansia; (e) mengadukan pelayanan yang tidak sesuai standar kepada Dindukcapil dan kepada Ombudsman RI; dan (f) mendapat kompensasi bila janji dalam kontrak ini tidak ditepati.',
      'Every applicant has the right to: (a) a birth certificate to the standard of this agreement, free of any charge; (b) know the requirements, flow, completion time and the status of their application; (c) a receipt showing the promised date; (d) courteous service without discrimination, including help for people with disabilities and the elderly; (e) complain about service below the standard to the office and to the Ombudsman; and (f) compensation when a promise in this agreement is not kept.',
    ),
    rationale: 'Kontrak pelayanan yang tidak menyebut hak warga hanyalah pengumuman kantor.',
    obligatedParty: 'provider',
    legalBasis: 'UU 25/2009 Pasal 18',
  },
  {
    key: 'K22',
    section: 'HAK_PENYELENGGARA',
    topic: t('Hak Dindukcapil', 'The office’s rights'),
    by: 'S2',
    text: t(
      'Dindukcapil berhak: (a) meminta pemohon melengkapi berkas dan menolak berkas yang tidak benar atau tidak sah, dengan alasan tertulis; (b) bekerja sama dengan faskes, kelurahan, dan pihak lain untuk mendekatkan pelayanan; (c) mendapat anggaran, sarana, dan pelaksana yang memadai untuk memenuhi standar ini; dan (d) membela diri terhadap pengaduan yang tidak sesuai dengan kenyataan.',
      'The office has the right to: (a) ask applicants to complete their file and refuse files that are untrue or invalid, giving written reasons; (b) cooperate with health facilities, kelurahan offices and others to bring the service closer; (c) an adequate budget, facilities and staff to meet this standard; and (d) defend itself against complaints that do not match the facts.',
    ),
    rationale: 'Janji 3 hari kerja hanya dapat ditepati bila berkas benar dan petugasnya cukup; hak ini juga bahan bagi DPRD saat membahas anggaran.',
    obligatedParty: 'provider',
    legalBasis: 'UU 25/2009 Pasal 14',
  },
  {
    key: 'K23',
    section: 'PEMANTAUAN',
    topic: t('Pemantauan bersama', 'Joint monitoring'),
    by: 'S7',
    text: t(
      'Dindukcapil bersama Forum Peduli Anak Jogja, perwakilan faskes mitra, dan perwakilan pengguna memantau pelaksanaan kontrak ini setiap 3 (tiga) bulan: jumlah akta yang terbit, bagian yang selesai tepat waktu, serta pengaduan dan penyelesaiannya. Hasil pemantauan diumumkan di laman Dindukcapil dan dibahas dalam forum warga.',
      'The office, Forum Peduli Anak Jogja, partner facilities and users’ representatives monitor this agreement every 3 months: certificates issued, the share issued on time, complaints and how they were resolved. The results are published on the office website and discussed in a residents’ forum.',
    ),
    rationale: 'Janji yang tidak dipantau bersama akan dilupakan setelah penandatanganan.',
    obligatedParty: 'both',
  },
  {
    key: 'K24',
    section: 'PERUBAHAN_SENGKETA',
    topic: t('Perubahan & perselisihan', 'Changes and disputes'),
    by: 'S4',
    text: t(
      'Isi kontrak ini hanya dapat diubah melalui musyawarah para pihak yang menandatanganinya, dan perubahannya dituangkan dalam naskah baru yang ditandatangani kembali. Perselisihan tentang pelaksanaan kontrak ini diselesaikan lebih dahulu secara musyawarah dalam forum pemantauan; bila tidak tercapai penyelesaian, pengguna dapat mengadu ke Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta sesuai peraturan perundang-undangan.',
      'This agreement can be changed only by deliberation among those who signed it, and a change is set down in a new text that is signed again. Disputes about carrying it out are settled first by deliberation in the monitoring forum; if that fails, users may complain to the Ombudsman of the Republic of Indonesia, Yogyakarta office, under the law.',
    ),
    rationale: 'Kontrak yang dapat diubah sepihak bukan lagi kesepakatan.',
    obligatedParty: 'both',
  },
  {
    key: 'K25',
    section: 'MASA_BERLAKU',
    topic: t('Masa berlaku dan peninjauan', 'Validity and review'),
    by: 'S1',
    text: t(
      'Kontrak ini berlaku 12 (dua belas) bulan sejak ditandatangani dan ditinjau bersama paling lambat 1 (satu) bulan sebelum masa berlakunya berakhir, dengan memperhatikan hasil SKM, pemantauan, dan pengaduan. Selama kontrak baru belum ditandatangani, kontrak ini tetap berlaku.',
      'This agreement holds for 12 months from signing and is reviewed jointly at least 1 month before it ends, taking into account the satisfaction survey, monitoring and complaints. Until a new agreement is signed, this one stays in force.',
    ),
    rationale: 'Peninjauan tahunan menyamakan kontrak dengan siklus SKM dan anggaran.',
    obligatedParty: 'both',
  },
];

/** K5's amendment history after the users' ask (v1): the provider's baseline, then the compromise. */
export const K5_PROVIDER_VERSION: VersionSeed = {
  by: 'S2',
  text: t('Akta selesai paling lama 5 (lima) hari kerja sejak berkas dinyatakan lengkap.', 'The certificate is issued within 5 working days of a complete file.'),
  rationale: 'Verifikasi berkas dan pencatatan dalam register akta butuh waktu; dengan dua petugas verifikasi yang ada, saat ini rata-rata 5 hari kerja.',
  obligatedParty: 'provider',
  commitment: now(workingDays(5)),
  providerBaseline: workingDays(5),
};

export const K5_COMPROMISE_VERSION: VersionSeed = {
  by: 'S1',
  text: t('Akta selesai paling lama 3 (tiga) hari kerja sejak berkas dinyatakan lengkap.', 'The certificate is issued within 3 working days of a complete file.'),
  rationale: 'Jalan tengah: Dinas menambah satu petugas verifikasi dan mendahulukan berkas dari faskes mitra, sehingga 3 hari kerja dapat dijamin bagi semua pemohon.',
  obligatedParty: 'provider',
  commitment: now(workingDays(3)),
};

// ---------------------------------------------------------------------------------------------
// Voting and agreeing
// ---------------------------------------------------------------------------------------------

export const VOTE_TITLE = t('Klausul mana yang dibahas lebih dulu?', 'Which clauses should we discuss first?');
export const DOT_BUDGET = 5;
export const DOT_CAP = 2;

/** Dots per person (clause key -> dots), within the budget of 5 and the cap of 2. */
export const DOTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  S1: { K5: 1, K7: 2, K13: 1, K14: 1 },
  S2: { K5: 1, K2: 2, K11a: 2 },
  S3: { K4: 2, K11a: 1, K2: 1, K5: 1 },
  S4: { K12: 2, K13: 2, K5: 1 },
  S5: { K3: 2, K5: 2, K8: 1 },
  S6: { K4: 1, K5: 1, K7: 1, K3: 1 },
  S7: { K5: 2, K12: 2, K3: 1 },
  S8: { K5: 1, K9: 2, K10: 1, K8: 1 },
  S9: { K5: 2, K6: 1, K8: 1, K12: 1 },
};

export interface ConsensusAnswerSeed {
  by: string;
  /** A Kaner level, or null for a stand-aside. */
  level: number | null;
  reason?: string;
}

/** K5 v3 on Kaner's gradients: 1-3 from seven people, 6 from S5, S7 stands aside (§4). */
export const K5_ANSWERS: readonly ConsensusAnswerSeed[] = [
  { by: 'S1', level: 1 },
  { by: 'S2', level: 3, reason: 'Bisa, asalkan tambahan satu petugas verifikasi benar-benar disetujui.' },
  { by: 'S3', level: 2 },
  { by: 'S4', level: 1 },
  { by: 'S5', level: 6, reason: 'Bagi bidan praktik mandiri 3 hari kerja masih lama, tetapi saya tidak akan menghambat.' },
  { by: 'S6', level: 2 },
  { by: 'S7', level: null, reason: 'Kami tidak ikut, tetapi tidak menghalangi: 3 hari kerja belum menjawab kebutuhan kelahiran di faskes mitra.' },
  { by: 'S8', level: 1 },
  { by: 'S9', level: 2, reason: '1 hari kerja lebih baik, tetapi 3 hari sudah jauh lebih cepat dari sekarang.' },
];

export const K5_MINORITY_REPORT = {
  by: ['S7'],
  text: t('Kami tetap mendorong 1 hari kerja untuk kelahiran di faskes mitra.', 'We still push for 1 working day for births at partner facilities.'),
};

/** Quick fist-to-five checks (levels of S1..S9, in that order), all 4 or 5: clean consensus. */
export const QUICK_AGREEMENTS: Readonly<Record<string, readonly number[]>> = {
  K1: [5, 4, 5, 5, 4, 4, 5, 5, 5],
  K6: [5, 5, 4, 5, 5, 4, 5, 5, 5],
  K7: [5, 5, 5, 4, 4, 5, 4, 4, 5],
  K8: [4, 4, 4, 5, 4, 4, 5, 5, 5],
  K15: [5, 5, 4, 4, 4, 5, 5, 4, 5],
  K16: [5, 4, 5, 4, 4, 4, 4, 5, 4],
  K17: [4, 4, 4, 5, 5, 5, 5, 5, 5],
  K18: [5, 4, 4, 5, 5, 4, 5, 5, 5],
  K19: [5, 5, 4, 5, 4, 4, 5, 5, 5],
  K20: [5, 5, 5, 5, 4, 4, 4, 4, 4],
  K21: [5, 4, 4, 5, 5, 5, 5, 5, 5],
  K22: [5, 5, 5, 4, 4, 4, 4, 4, 4],
  K23: [4, 4, 4, 5, 4, 4, 5, 5, 5],
  K24: [5, 4, 4, 5, 4, 4, 5, 4, 5],
  K25: [5, 5, 4, 5, 4, 4, 4, 5, 5],
};

/**
 * The sections §4 lacked, agreed in the consensus-check step after K6..K8 (every sector answers
 * every check). The resting demo keeps §4's story: K2 and K9 under discussion, the rest proposed.
 */
export const AGREED_IN_CONSENSUS_STEP: readonly string[] = ['K6', 'K7', 'K8', 'K15', 'K16', 'K17', 'K18', 'K19', 'K20', 'K21', 'K22', 'K23', 'K24', 'K25'];

/**
 * The finished demo goes on where the resting one stops: the open clauses agreed in the
 * consensus-check and rights-and-obligations steps (fist to five, S1..S9 in order), then the
 * freeze and every signatory's signature.
 */
export const FINISHING_AGREEMENTS: Readonly<Record<string, readonly number[]>> = {
  K2: [5, 5, 4, 4, 4, 4, 4, 5, 4],
  K3: [4, 4, 4, 5, 5, 4, 5, 5, 5],
  K4: [5, 4, 4, 4, 4, 5, 4, 4, 5],
  K9: [5, 5, 5, 4, 4, 4, 5, 5, 5],
  K10: [4, 4, 5, 4, 4, 4, 5, 5, 5],
  K11a: [5, 5, 5, 4, 4, 4, 4, 4, 4],
  K11b: [5, 4, 5, 5, 4, 4, 5, 5, 5],
  K12: [4, 4, 4, 5, 4, 4, 5, 5, 5],
  K13: [5, 4, 4, 5, 4, 4, 5, 4, 5],
  K14: [5, 5, 4, 5, 4, 4, 5, 5, 5],
};

/** Clauses the facilitator opens for discussion at the end, so the room picks up from there. */
export const LEFT_UNDER_DISCUSSION: readonly string[] = ['K2', 'K9'];

/**
 * Who signs, in which capacity. S6 signs as pihak ketiga for the partner maternity hospital
 * (its card), which K4 obliges to accept and forward files.
 */
export const SIGNATORIES: readonly { by: string; capacity: SignatoryCapacity; mandate?: Mandate; partner?: string }[] = [
  { by: 'S1', capacity: 'pihak_pertama' },
  {
    by: 'S9',
    capacity: 'pihak_kedua',
    mandate: { actsFor: 'pengguna layanan dan kelompok penyandang disabilitas peserta lokakarya', chosenBy: 'dipilih oleh peserta kelompok masyarakat dalam lokakarya' },
  },
  { by: 'S6', capacity: 'pihak_ketiga', partner: 'S6' },
  { by: 'S4', capacity: 'saksi' },
  { by: 'S7', capacity: 'saksi' },
  { by: 'S8', capacity: 'saksi' },
];

// ---------------------------------------------------------------------------------------------
// Service flow (alur pelayanan), as users see it on the wall chart
// ---------------------------------------------------------------------------------------------

export interface FlowSeed {
  unit: string;
  action: string;
  documents: string;
  minutes: number;
}

const NOTHING_NEW = 'Tidak ada (berkas sudah diserahkan)';

export const SERVICE_FLOW: readonly FlowSeed[] = [
  {
    unit: 'JSS (daring), loket Dindukcapil, atau faskes mitra KADO ANANDA',
    action: 'Mendaftar dan mengunggah atau menyerahkan berkas permohonan akta kelahiran.',
    documents: 'Surat keterangan kelahiran (atau SPTJM), buku nikah/kutipan akta perkawinan, KK, KTP-el orang tua',
    minutes: 15,
  },
  {
    unit: 'Petugas verifikasi Dindukcapil',
    action: 'Memeriksa kelengkapan dan keabsahan berkas pada hari yang sama (paling lama 1 hari kerja); kekurangan diberitahukan sekaligus secara tertulis; bila lengkap, pemohon menerima tanda terima berisi tanggal janji selesai.',
    documents: NOTHING_NEW,
    minutes: 30,
  },
  {
    unit: 'Bidang Pencatatan Sipil',
    action: 'Mencatat kelahiran dalam register akta; pejabat pencatatan sipil menandatanganinya secara elektronik. Waktu proses sekitar 60 menit; termasuk waktu menunggu giliran, akta selesai paling lama 3 hari kerja sejak berkas lengkap.',
    documents: NOTHING_NEW,
    minutes: 60,
  },
  {
    unit: 'Bagian penerbitan dokumen',
    action: 'Mengirim akta kelahiran dan KK yang diperbarui sebagai dokumen elektronik ke surel atau WhatsApp pemohon, dan mencetak KIA (Daftar 1 Dapat 3).',
    documents: NOTHING_NEW,
    minutes: 30,
  },
  {
    unit: 'Pemohon di rumah; loket Dindukcapil atau faskes mitra',
    action: 'Mencetak sendiri akta dan KK pada kertas HVS A4 80 gram (atau meminta cetakan gratis di loket) dan mengambil KIA; bila lewat 3 hari kerja, cetakan dan KIA diantar gratis ke rumah.',
    documents: 'Tanda terima dan KTP-el pemohon (untuk mengambil KIA)',
    minutes: 10,
  },
];
