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
  { key: 'S2', name: 'Bambang Prasetyo', organisation: DINAS, position: 'Kepala Bidang Pencatatan Sipil', sector: 'government', category: 'provider_unit', power: 4, interest: 5, salience: salience('PL'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S3', name: 'Rina Kusuma', organisation: DINAS, position: 'Petugas loket', sector: 'government', category: 'provider_unit', power: 2, interest: 5, salience: salience('LU'), isVulnerableGroupRep: false, publishNameConsent: false },
  { key: 'S4', name: 'H. Agus Salim', organisation: 'DPRD Kota Yogyakarta', position: 'Anggota Komisi A', sector: 'government', category: 'dprd', power: 4, interest: 3, salience: salience('PL'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S5', name: 'Bidan Endang', organisation: 'Ikatan Bidan Indonesia, praktik mandiri', position: 'Bidan', sector: 'private', category: 'private_provider', power: 2, interest: 4, salience: salience('LU'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S6', name: 'dr. Yohanes', organisation: 'RSIA swasta mitra KADO ANANDA', position: 'Direktur pelayanan medis', sector: 'private', category: 'private_provider', power: 3, interest: 3, salience: salience('L'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S7', name: 'Lestari', organisation: 'Forum Peduli Anak Jogja', position: 'Koordinator', sector: 'civil_society', category: 'ngo', power: 2, interest: 5, salience: salience('LU'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S8', name: 'Pak Darmo', organisation: 'RW, Kemantren Gedongtengen', position: 'Ketua RW', sector: 'civil_society', category: 'community_leader', power: 2, interest: 4, salience: salience('LU'), isVulnerableGroupRep: false, publishNameConsent: true },
  { key: 'S9', name: 'Ibu Nur Aini', organisation: 'Pengguna layanan; juga mewakili kelompok penyandang disabilitas', position: 'Ibu dua anak', sector: 'civil_society', category: 'service_user', power: 1, interest: 5, salience: salience('LU'), isVulnerableGroupRep: true, publishNameConsent: true },
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
  { method: 'promotion', title: t('Pembukaan & promosi konsep Kontrak Pelayanan', 'Opening: what a service contract is'), minutes: 30, sectionCodes: [] },
  { method: 'complaint_review', title: t('Kajian hasil survei pengaduan & SKM', 'Review of complaints and the satisfaction survey (SKM)'), minutes: 45, sectionCodes: [] },
  { method: 'stakeholder_mapping', title: t('Pemetaan pemangku kepentingan (Mendelow + salience)', 'Stakeholder mapping (power-interest grid and salience)'), minutes: 40, sectionCodes: [] },
  { method: 'user_groups', title: t('Identifikasi kelompok pengguna', 'Identifying user groups'), minutes: 30, sectionCodes: [] },
  { method: 'vision_mission', title: t('Visi-misi', 'Vision and mission'), minutes: 30, sectionCodes: ['VISI_MISI'] },
  { method: 'drafting', title: t('Penyusunan klausul per bagian', 'Drafting clauses section by section'), minutes: 120, sectionCodes: [] },
  { method: 'dot_vote', title: t('Dot voting prioritas klausul', 'Dot vote: which clauses to discuss first'), minutes: 20, sectionCodes: [] },
  { method: 'consensus_check', title: t('Uji kesepakatan (gradasi kesepakatan)', 'Consensus check (gradients of agreement)'), minutes: 90, sectionCodes: [] },
  {
    method: 'rights_obligations',
    title: t('Hak, kewajiban, sanksi', 'Rights, obligations and sanctions'),
    minutes: 45,
    sectionCodes: ['HAK_PENGGUNA', 'KEWAJIBAN_PENGGUNA', 'HAK_PENYELENGGARA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI'],
  },
  { method: 'sign_off', title: t('Penandatanganan & Maklumat', 'Signing and the service pledge (Maklumat)'), minutes: 30, sectionCodes: ['MAKLUMAT'] },
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
    name: t('Pencatatan terlambat (>60 hari)', 'Late registration (more than 60 days)'),
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
  legalBasis?: string;
  commitment?: Commitment;
  usersAsk?: Measure;
  providerBaseline?: Measure;
}

export interface ClauseSeed extends VersionSeed {
  /** §4's label: K1..K14, K11a/K11b for the two halves of K11. */
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
    'Setiap anak yang lahir di Kota Yogyakarta tercatat kelahirannya dengan mudah, cepat, dan tanpa biaya.',
    'Every child born in Yogyakarta has its birth registered easily, quickly and free of charge.',
  ),
  rationale: 'Akta kelahiran adalah identitas pertama anak; visi ditulis dari sudut pandang anak, bukan kantor.',
  obligatedParty: 'provider',
};

/** K2..K14, proposed during the drafting step, in this order. K5 starts at the users' ask (v1). */
export const DRAFTED_CLAUSES: readonly ClauseSeed[] = [
  {
    key: 'K2',
    section: 'PERSYARATAN',
    topic: t('Persyaratan dokumen', 'Documents required'),
    by: 'S3',
    text: t(
      'Surat keterangan kelahiran dari RS/Puskesmas/bidan atau kelurahan; buku nikah/kutipan akta perkawinan; KK; KTP-el orang tua.',
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
      'Bila surat keterangan lahir atau buku nikah tidak ada, pemohon cukup mengisi SPTJM dengan 2 saksi.',
      'If the birth letter or the marriage book is missing, a sworn self-declaration (SPTJM) with two witnesses suffices.',
    ),
    rationale: 'Bayi yang lahir di rumah atau dari orang tua tanpa buku nikah tidak boleh tertinggal tanpa akta.',
    obligatedParty: 'provider',
  },
  {
    key: 'K4',
    section: 'PROSEDUR',
    topic: t('Tiga jalur pendaftaran', 'Three ways to apply'),
    by: 'S6',
    text: t(
      'Pendaftaran melalui JSS, loket Dindukcapil, atau langsung di faskes mitra; alur pelayanan dipajang sebagai bagan di loket.',
      'Apply online through JSS, at the Dindukcapil counter or directly at a partner facility; the service flow is displayed as a chart at the counter.',
    ),
    rationale: 'Sebagian besar bayi lahir di faskes; mendaftar di tempat lahir menghemat satu perjalanan bagi orang tua.',
    obligatedParty: 'provider',
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
      'Kutipan akta kelahiran, Kartu Identitas Anak (KIA), dan KK yang diperbarui (Daftar 1 Dapat 3).',
      'The birth certificate, the child identity card (KIA) and an updated family card (apply once, get three).',
    ),
    rationale: 'Program Daftar 1 Dapat 3 sudah berjalan; dicantumkan di kontrak agar tidak bergantung pada program.',
    obligatedParty: 'provider',
  },
  {
    key: 'K8',
    section: 'PENGADUAN',
    topic: t('Pengaduan 2x24 jam', 'Complaints within 48 hours'),
    by: 'S7',
    text: t(
      'Pengaduan melalui UPIK (SMS/WA), LAPOR!, email, atau kotak saran; ditanggapi ≤ 2×24 jam dan diselesaikan ≤ 10 hari kerja.',
      'Complaints through UPIK (SMS/WhatsApp), LAPOR!, email or the suggestion box are answered within 48 hours and resolved within 10 working days.',
    ),
    rationale: 'Warga sudah mengenal UPIK; yang perlu dijamin adalah kecepatan tanggapan dan penyelesaiannya.',
    obligatedParty: 'provider',
    commitment: now({ value: 48, unit: 'hours' }),
    notes: ['Nomor UPIK dan alamat LAPOR! dicetak pada tanda terima dan dipajang di loket.'],
  },
  {
    key: 'K9',
    section: 'STD_PERLAKUAN',
    topic: t('Perlakuan & antrean prioritas', 'Courtesy and priority queue'),
    by: 'S9',
    text: t(
      'Petugas ramah, memakai tanda pengenal; antrean prioritas bagi ibu dengan bayi, lansia, dan penyandang disabilitas.',
      'Staff are courteous and wear name tags; mothers with babies, elderly people and people with disabilities get a priority queue.',
    ),
    rationale: 'Ibu dengan bayi, lansia dan penyandang disabilitas tidak sanggup antre lama.',
    obligatedParty: 'provider',
  },
  {
    key: 'K10',
    section: 'SARANA',
    topic: t('Ruang tunggu & akses', 'Waiting room and access'),
    by: 'S8',
    text: t('Ruang tunggu ramah anak, ruang laktasi, dan akses kursi roda.', 'A child-friendly waiting room, a lactation room and wheelchair access.'),
    rationale: 'Banyak warga kami datang sambil menggendong bayi atau memakai kursi roda.',
    obligatedParty: 'provider',
  },
  {
    key: 'K11a',
    section: 'KEWAJIBAN_PENGGUNA',
    topic: t('Kewajiban pemohon', 'Applicant obligations'),
    by: 'S3',
    text: t(
      'Pemohon wajib menyerahkan dokumen yang benar dan mengambil akta paling lambat 30 hari.',
      'Applicants submit true documents and collect the certificate within 30 days.',
    ),
    rationale: 'Banyak akta yang sudah jadi tidak diambil berbulan-bulan, dan dokumen palsu memperlambat seluruh antrean.',
    obligatedParty: 'user',
  },
  {
    key: 'K11b',
    section: 'KEWAJIBAN_PENYELENGGARA',
    topic: t('Tanda terima bertanggal', 'Dated receipt'),
    by: 'S9',
    text: t('Penyelenggara wajib memberi tanda terima berisi tanggal janji selesai.', 'The provider gives a receipt showing the promised completion date.'),
    rationale: 'Tanpa tanggal janji tertulis, pemohon tidak dapat menagih jangka waktu penyelesaian.',
    obligatedParty: 'provider',
  },
  {
    key: 'K12',
    section: 'SANKSI_KOMPENSASI',
    topic: t('Kompensasi & sanksi', 'Compensation and sanctions'),
    by: 'S4',
    text: t(
      'Jika melewati jangka waktu, akta diantar gratis ke rumah disertai permohonan maaf tertulis; petugas yang memungut biaya dikenai sanksi sesuai peraturan perundang-undangan, termasuk pidana (UU 24/2013 Pasal 95B).',
      'If the deadline is missed, the certificate is delivered home free of charge with a written apology; staff who charge a fee face sanctions under the law, including criminal penalties (Law 24/2013, Article 95B).',
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
      'SKM 9 unsur tiap semester; hasil diumumkan di website dan papan informasi.',
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
];

/** K5's amendment history after the users' ask (v1): the provider's baseline, then the compromise. */
export const K5_PROVIDER_VERSION: VersionSeed = {
  by: 'S2',
  text: t('Akta selesai paling lama 5 (lima) hari kerja sejak berkas dinyatakan lengkap.', 'The certificate is issued within 5 working days of a complete file.'),
  rationale: 'Verifikasi berkas dan tanda tangan elektronik pejabat pencatatan sipil butuh waktu; dengan petugas yang ada, saat ini rata-rata 5 hari kerja.',
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
  { by: 'S7', level: null, reason: 'Kami menepi: 3 hari kerja belum menjawab kebutuhan kelahiran di faskes mitra.' },
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
};

/** Clauses the facilitator opens for discussion at the end, so the room picks up from there. */
export const LEFT_UNDER_DISCUSSION: readonly string[] = ['K2', 'K9'];

export const SIGNATORIES: readonly { by: string; capacity: SignatoryCapacity; mandate?: Mandate }[] = [
  { by: 'S1', capacity: 'pihak_pertama' },
  {
    by: 'S9',
    capacity: 'pihak_kedua',
    mandate: { actsFor: 'pengguna layanan dan kelompok penyandang disabilitas peserta lokakarya', chosenBy: 'dipilih oleh peserta kelompok masyarakat dalam lokakarya' },
  },
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
    action: 'Memeriksa kelengkapan dan keabsahan berkas; bila lengkap, pemohon menerima tanda terima berisi tanggal janji selesai.',
    documents: NOTHING_NEW,
    minutes: 30,
  },
  {
    unit: 'Bidang Pencatatan Sipil',
    action: 'Mencatat kelahiran dalam register akta dan ditandatangani pejabat pencatatan sipil.',
    documents: NOTHING_NEW,
    minutes: 60,
  },
  {
    unit: 'Bagian pencetakan dokumen',
    action: 'Mencetak kutipan akta kelahiran, KIA, dan KK yang diperbarui (Daftar 1 Dapat 3).',
    documents: NOTHING_NEW,
    minutes: 30,
  },
  {
    unit: 'Loket pengambilan Dindukcapil atau faskes mitra',
    action: 'Mengambil akta, KIA dan KK dengan tanda terima paling lambat 30 hari; bila lewat 3 hari kerja, dokumen diantar gratis ke rumah.',
    documents: 'Tanda terima dan KTP-el pemohon',
    minutes: 10,
  },
];
