/**
 * Words for printing a charter (Markdown, PDF, the browser's sign-off and verify views):
 * measures, commitments, consensus outcomes and capacities, in Bahasa Indonesia and English.
 */
import type { SignatoryCapacity } from '../rules/signatories';
import { SIGNATORY_CAPACITY_LABELS } from '../rules/signatories';
import type { Commitment, Measure, MeasureUnit } from '../schema/clauses';

export type Lang = 'id' | 'en';

const UNITS: Record<MeasureUnit, Record<Lang, string>> = {
  working_days: { id: 'hari kerja', en: 'working days' },
  hours: { id: 'jam', en: 'hours' },
  rupiah: { id: 'Rp', en: 'Rp' },
  percent: { id: '%', en: '%' },
};

const rupiah = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 0 }).replace(/\u00a0/g, ' ');

export function formatMeasure(m: Measure, lang: Lang): string {
  if (m.unit === 'rupiah') return `Rp ${rupiah(m.value)}`;
  if (m.unit === 'percent') return `${m.value}%`;
  return `${m.value} ${UNITS[m.unit][lang]}`;
}

export function formatCommitment(c: Commitment, lang: Lang): string {
  const target = formatMeasure(c.measure, lang);
  if (c.phasing === 'now') return target;
  const interim = c.interim ? (lang === 'id' ? `${formatMeasure(c.interim, lang)} sampai ` : `${formatMeasure(c.interim, lang)} until `) : lang === 'id' ? 'mulai ' : 'from ';
  return `${interim}${c.targetDate}${lang === 'id' ? ', lalu ' : ', then '}${target}`;
}

export const LABELS = {
  charter: { id: 'Kontrak Pelayanan', en: 'Service Charter' },
  version: { id: 'Versi', en: 'Version' },
  frozenAt: { id: 'Dibekukan', en: 'Frozen' },
  commitment: { id: 'Komitmen', en: 'Commitment' },
  usersAsk: { id: 'Permintaan pengguna', en: "Users' ask" },
  providerBaseline: { id: 'Kemampuan penyelenggara saat ini', en: "Provider's baseline" },
  notApplicable: { id: 'Tidak berlaku', en: 'Not applicable' },
  consensus: { id: 'Kesepakatan', en: 'Agreement' },
  reservations: { id: 'catatan keberatan', en: 'reservations' },
  standAsides: { id: 'menyingkir', en: 'stand-asides' },
  minorityReport: { id: 'Pendapat berbeda', en: 'Minority report' },
  serviceFlow: { id: 'Alur pelayanan', en: 'Service flow' },
  maklumat: { id: 'Maklumat Pelayanan', en: 'Service Pledge (Maklumat)' },
  signatures: { id: 'Tanda tangan', en: 'Signatures' },
  signed: { id: 'Ditandatangani secara elektronik', en: 'Signed electronically' },
  unsigned: { id: 'Belum ditandatangani', en: 'Not signed yet' },
  hash: { id: 'Sidik piagam (SHA-256)', en: 'Charter fingerprint (SHA-256)' },
  verify: { id: 'Periksa keaslian', en: 'Verify' },
  participants: { id: 'Peserta per sektor', en: 'Participants by sector' },
  minutes: { id: 'menit', en: 'minutes' },
  documents: { id: 'Dokumen', en: 'Documents' },
} as const;

export const SECTOR_LABELS = {
  government: { id: 'Pemerintah', en: 'Government' },
  private: { id: 'Swasta', en: 'Private sector' },
  civil_society: { id: 'Masyarakat sipil', en: 'Civil society' },
} as const;

export function capacityLabel(c: SignatoryCapacity): { id: string; en: string } {
  return SIGNATORY_CAPACITY_LABELS[c];
}
