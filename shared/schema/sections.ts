/**
 * Charter sections catalogue (charter-method.md §1.1, §1.3, §1.4, §3 seed list).
 *
 * A Kontrak Pelayanan covers: the five core elements (unsur pokok) of the founding article,
 * the 14 service-standard components of UU 25/2009 Pasal 21 (PermenPANRB 15/2014 groups them
 * into 6 delivery + 8 management components and numbers them 1-14; the Act letters them a-n in
 * another order, so both are kept), the rights and obligations of users and provider
 * (Pasal 14, 15, 18, 19), sanctions & compensation, and the Maklumat pledge (Pasal 22).
 *
 * Which sections the freeze gate requires (`requiredForFreeze`):
 * - the five core elements, because they define a Citizen Charter in the founding article;
 *   "service standards" is represented by its three named standards (treatment, product, information)
 *   and "service flow" by PROSEDUR, whose flow chart is what users see on the wall;
 * - the delivery components users feel directly and that the law asks to set with the public:
 *   PERSYARATAN, PROSEDUR, WAKTU, BIAYA, PRODUK, PENGADUAN;
 * - both sides' rights and obligations and SANKSI_KOMPENSASI: without them it is a promise,
 *   not a contract (Puskesmas Kauman case, §1.2);
 * - MAKLUMAT: the provider's published pledge is a legal duty (Pasal 15(b), 22);
 * - DASAR_HUKUM: Pasal 21 lists the legal basis first among the minimum components, and users
 *   must be able to see which rules the promises rest on;
 * - the terms real agreements carry and the 14 components do not: the scope and the user groups
 *   covered (RUANG_LINGKUP), where and when the service is given (TEMPAT_WAKTU), joint monitoring by
 *   both parties (PEMANTAUAN), how the agreement is changed and disputes settled
 *   (PERUBAHAN_SENGKETA), and how long it holds and when it is reviewed (MASA_BERLAKU).
 * The other management components (SARANA ... EVALUASI_KINERJA) are the provider's internal
 * "manufacturing" side, set by its own team and decree; a workshop may add clauses there but
 * need not agree on them before freezing. A required section can be marked not applicable with
 * a reason, so the gate never forces invented content, except the protected ones (`protected`):
 * HAK_PENGGUNA, KEWAJIBAN_PENYELENGGARA, SANKSI_KOMPENSASI, PENGADUAN and MAKLUMAT.
 */

export const SECTION_FAMILIES = ['scope', 'core', 'sp_delivery', 'sp_management', 'contract', 'terms', 'survey', 'pledge'] as const;
export type SectionFamily = (typeof SECTION_FAMILIES)[number];

/** Letters of UU 25/2009 Pasal 21. */
export type Pasal21Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n';

export interface CharterSection {
  code: string;
  /** Display order in the charter document. */
  seq: number;
  name: { id: string; en: string };
  family: SectionFamily;
  requiredForFreeze: boolean;
  /**
   * Protected sections can never be marked not applicable: without users' rights, the provider's
   * obligations, sanctions and compensation, a complaint channel and the Maklumat the text is no
   * longer a contract between provider and users (UU 25/2009 Pasal 15, 18, 22; charter-method §1.2).
   */
  protected?: true;
  /** Core element 1-5 of the founding article, when the section realises one. */
  coreElement?: 1 | 2 | 3 | 4 | 5;
  /** Service-standard component: PermenPANRB group and 1-14 order, and the Pasal 21 letter. */
  serviceStandard?: { group: 'delivery' | 'management'; order: number; pasal21: Pasal21Letter };
}

type SectionSeed = Omit<CharterSection, 'seq'>;

const sp = (group: 'delivery' | 'management', order: number, pasal21: Pasal21Letter) => ({
  serviceStandard: { group, order, pasal21 },
});

const SEEDS = [
  { code: 'VISI_MISI', name: { id: 'Visi dan misi pelayanan', en: 'Vision & mission' }, family: 'core', requiredForFreeze: true, coreElement: 1 },
  { code: 'RUANG_LINGKUP', name: { id: 'Ruang lingkup dan kelompok pengguna', en: 'Scope & user groups covered' }, family: 'scope', requiredForFreeze: true },
  { code: 'PERSYARATAN', name: { id: 'Persyaratan', en: 'Requirements' }, family: 'sp_delivery', requiredForFreeze: true, ...sp('delivery', 1, 'b') },
  { code: 'PROSEDUR', name: { id: 'Sistem, mekanisme, dan prosedur', en: 'Procedure / service flow' }, family: 'sp_delivery', requiredForFreeze: true, coreElement: 3, ...sp('delivery', 2, 'c') },
  { code: 'WAKTU', name: { id: 'Jangka waktu penyelesaian', en: 'Completion time (working days)' }, family: 'sp_delivery', requiredForFreeze: true, ...sp('delivery', 3, 'd') },
  { code: 'BIAYA', name: { id: 'Biaya/tarif', en: 'Cost/fee (Rp)' }, family: 'sp_delivery', requiredForFreeze: true, ...sp('delivery', 4, 'e') },
  { code: 'PRODUK', name: { id: 'Produk pelayanan', en: 'Service product' }, family: 'sp_delivery', requiredForFreeze: true, coreElement: 2, ...sp('delivery', 5, 'f') },
  { code: 'TEMPAT_WAKTU', name: { id: 'Tempat dan jam pelayanan', en: 'Place & hours of service' }, family: 'sp_delivery', requiredForFreeze: true },
  { code: 'PENGADUAN', name: { id: 'Penanganan pengaduan, saran, dan masukan', en: 'Complaints, suggestions & feedback' }, family: 'sp_delivery', requiredForFreeze: true, protected: true, coreElement: 4, ...sp('delivery', 6, 'j') },
  { code: 'STD_PERLAKUAN', name: { id: 'Standar perlakuan', en: 'Treatment of users' }, family: 'core', requiredForFreeze: true, coreElement: 2 },
  { code: 'STD_INFORMASI', name: { id: 'Standar informasi', en: 'Information standard' }, family: 'core', requiredForFreeze: true, coreElement: 2 },
  { code: 'DASAR_HUKUM', name: { id: 'Dasar hukum', en: 'Legal basis' }, family: 'sp_management', requiredForFreeze: true, ...sp('management', 7, 'a') },
  { code: 'SARANA', name: { id: 'Sarana, prasarana, dan/atau fasilitas', en: 'Facilities' }, family: 'sp_management', requiredForFreeze: false, ...sp('management', 8, 'g') },
  { code: 'KOMPETENSI', name: { id: 'Kompetensi pelaksana', en: 'Staff competence' }, family: 'sp_management', requiredForFreeze: false, ...sp('management', 9, 'h') },
  { code: 'PENGAWASAN', name: { id: 'Pengawasan internal', en: 'Internal supervision' }, family: 'sp_management', requiredForFreeze: false, ...sp('management', 10, 'i') },
  { code: 'JUMLAH_PELAKSANA', name: { id: 'Jumlah pelaksana', en: 'Number of staff' }, family: 'sp_management', requiredForFreeze: false, ...sp('management', 11, 'k') },
  { code: 'JAMINAN', name: { id: 'Jaminan pelayanan', en: 'Service guarantee' }, family: 'sp_management', requiredForFreeze: false, ...sp('management', 12, 'l') },
  { code: 'KEAMANAN', name: { id: 'Jaminan keamanan dan keselamatan pelayanan', en: 'Security & safety guarantee' }, family: 'sp_management', requiredForFreeze: false, ...sp('management', 13, 'm') },
  { code: 'EVALUASI_KINERJA', name: { id: 'Evaluasi kinerja pelaksana', en: 'Staff performance evaluation' }, family: 'sp_management', requiredForFreeze: false, ...sp('management', 14, 'n') },
  { code: 'HAK_PENGGUNA', name: { id: 'Hak pengguna layanan', en: 'User rights' }, family: 'contract', requiredForFreeze: true, protected: true },
  { code: 'KEWAJIBAN_PENGGUNA', name: { id: 'Kewajiban pengguna layanan', en: 'User obligations' }, family: 'contract', requiredForFreeze: true },
  { code: 'HAK_PENYELENGGARA', name: { id: 'Hak penyelenggara', en: 'Provider rights' }, family: 'contract', requiredForFreeze: true },
  { code: 'KEWAJIBAN_PENYELENGGARA', name: { id: 'Kewajiban penyelenggara', en: 'Provider obligations' }, family: 'contract', requiredForFreeze: true, protected: true },
  { code: 'SANKSI_KOMPENSASI', name: { id: 'Sanksi dan kompensasi', en: 'Sanctions & compensation' }, family: 'contract', requiredForFreeze: true, protected: true },
  { code: 'PEMANTAUAN', name: { id: 'Pemantauan bersama', en: 'Joint monitoring' }, family: 'terms', requiredForFreeze: true },
  { code: 'PERUBAHAN_SENGKETA', name: { id: 'Perubahan kontrak dan penyelesaian perselisihan', en: 'Changes to the agreement & dispute settlement' }, family: 'terms', requiredForFreeze: true },
  { code: 'MASA_BERLAKU', name: { id: 'Masa berlaku dan peninjauan', en: 'Validity & review date' }, family: 'terms', requiredForFreeze: true },
  { code: 'SURVEI', name: { id: 'Survei pengguna layanan (SKM)', en: 'User satisfaction survey' }, family: 'survey', requiredForFreeze: true, coreElement: 5 },
  { code: 'MAKLUMAT', name: { id: 'Maklumat pelayanan', en: 'Service pledge (Maklumat)' }, family: 'pledge', requiredForFreeze: true, protected: true },
] as const satisfies readonly SectionSeed[];

export type SectionCode = (typeof SEEDS)[number]['code'];

export const SECTION_CODES = SEEDS.map((s) => s.code) as [SectionCode, ...SectionCode[]];

export const CHARTER_SECTIONS: readonly CharterSection[] = SEEDS.map((seed, index) => ({ ...seed, seq: index + 1 }));

const BY_CODE = new Map<string, CharterSection>(CHARTER_SECTIONS.map((s) => [s.code, s]));

export function isSectionCode(value: unknown): value is SectionCode {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function sectionByCode(code: SectionCode): CharterSection {
  const section = BY_CODE.get(code);
  if (!section) throw new Error(`unknown section ${code}`);
  return section;
}

export function requiredSectionCodes(): SectionCode[] {
  return CHARTER_SECTIONS.filter((s) => s.requiredForFreeze).map((s) => s.code as SectionCode);
}

/** Sections that can never be marked not applicable (see `protected`). */
export function isProtectedSection(code: SectionCode): boolean {
  return sectionByCode(code).protected === true;
}

export function protectedSectionCodes(): SectionCode[] {
  return CHARTER_SECTIONS.filter((s) => s.protected).map((s) => s.code as SectionCode);
}

/** The 14 service-standard components in PermenPANRB order (1-14) or UU 25/2009 Pasal 21 order (a-n). */
export function serviceStandardComponents(order: 'permenpanrb' | 'pasal21'): CharterSection[] {
  const components = CHARTER_SECTIONS.filter((s) => s.serviceStandard);
  const key = (s: CharterSection) => (order === 'permenpanrb' ? String(s.serviceStandard!.order).padStart(2, '0') : s.serviceStandard!.pasal21);
  return [...components].sort((a, b) => key(a).localeCompare(key(b)));
}
