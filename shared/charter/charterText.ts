/**
 * Words for printing a charter (Markdown, PDF, the browser's sign-off and verify views):
 * measures, commitments, consensus outcomes and capacities, in Bahasa Indonesia and English.
 */
import { describePaperDots } from '../rules/dotVote';
import type { ConsensusOutcome, Fallback } from '../rules/consensus';
import type { Mandate, SignatoryCapacity } from '../rules/signatories';
import { SIGNATORY_CAPACITY_LABELS } from '../rules/signatories';
import type { Commitment, FailureParty, Measure, MeasureUnit, ObligatedParty } from '../schema/clauses';
import { SECTOR_LABELS as SCHEMA_SECTOR_LABELS, type Sector } from '../schema/stakeholders';
import { formatNumber, MONTHS } from './dates';

export { formatDateTimeInWords, formatDayInWords, formatNumber, type WorkshopTimeZone } from './dates';

export type Lang = 'id' | 'en';

/** Indonesian has no plural; English takes the singular for exactly one ("1 working day"). */
const UNITS: Record<MeasureUnit, { id: string; en: string; enOne: string }> = {
  working_days: { id: 'hari kerja', en: 'working days', enOne: 'working day' },
  hours: { id: 'jam', en: 'hours', enOne: 'hour' },
  minutes: { id: 'menit', en: 'minutes', enOne: 'minute' },
  rupiah: { id: 'Rp', en: 'Rp', enOne: 'Rp' },
  percent: { id: '%', en: '%', enOne: '%' },
};

/** "Rp 1.500.000" (Indonesian grouping in both languages: it is a rupiah amount). */
export const formatRupiah = (n: number) => `Rp ${formatNumber(Math.round(n), 'id')}`;

/** "0,5 jam" / "0.5 hours", "Rp 25.000", "95%". */
export function formatMeasure(m: Measure, lang: Lang): string {
  if (m.unit === 'rupiah') return formatRupiah(m.value);
  if (m.unit === 'percent') return `${formatNumber(m.value, lang)}%`;
  const unit = UNITS[m.unit];
  return `${formatNumber(m.value, lang)} ${lang === 'en' && m.value === 1 ? unit.enOne : unit[lang]}`;
}

/** "2027-07-01" → "1 Juli 2027" / "1 July 2027" (the same on every device: no locale data needed). */
export function formatDate(isoDate: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/**
 * A commitment in words. Phased: "Sekarang 10 hari kerja; mulai 1 Juli 2027: 5 hari kerja"
 * (without an interim value: "Mulai 1 Juli 2027: 5 hari kerja"). `measure` formats each number,
 * so the browser can use its own number format.
 */
export function formatCommitment(c: Commitment, lang: Lang, measure: (m: Measure) => string = (m) => formatMeasure(m, lang)): string {
  const target = measure(c.measure);
  if (c.phasing === 'now') return target;
  const from = `${lang === 'id' ? 'mulai' : 'from'} ${formatDate(c.targetDate, lang)}: ${target}`;
  if (!c.interim) return from.charAt(0).toUpperCase() + from.slice(1);
  return `${lang === 'id' ? 'Sekarang' : 'Now'} ${measure(c.interim)}; ${from}`;
}

export const LABELS = {
  charter: { id: 'Kontrak Pelayanan', en: 'Service Charter' },
  version: { id: 'Versi', en: 'Version' },
  frozenAt: { id: 'Naskah final ditetapkan', en: 'Final text adopted' },
  commitment: { id: 'Komitmen', en: 'Commitment' },
  usersAsk: { id: 'Harapan pengguna', en: "Users' ask" },
  usersAskText: { id: 'Harapan pengguna (uraian)', en: "Users' ask in words" },
  dependsOn: { id: 'bergantung pada', en: 'depends on' },
  conditionFor: { id: 'syarat untuk', en: 'condition for' },
  providerBaseline: { id: 'Kemampuan penyelenggara saat ini', en: "Provider's baseline" },
  notApplicable: { id: 'Tidak berlaku', en: 'Not applicable' },
  consensus: { id: 'Kesepakatan', en: 'Agreement' },
  decision: { id: 'Cara penetapan', en: 'How it was decided' },
  summary: { id: 'Ringkasan keputusan', en: 'Summary of decisions' },
  reservations: { id: 'setuju dengan catatan', en: 'agreed with reservations' },
  standAsides: { id: 'tidak ikut tetapi tidak menghalangi', en: 'stood aside' },
  priority: { id: 'Prioritas', en: 'Priority' },
  dots: { id: 'titik', en: 'dots' },
  minorityReport: { id: 'Pendapat berbeda', en: 'Minority report' },
  serviceFlow: { id: 'Alur pelayanan', en: 'Service flow' },
  maklumat: { id: 'Maklumat Pelayanan', en: 'Service Pledge (Maklumat)' },
  signatures: { id: 'Tanda tangan', en: 'Signatures' },
  signed: { id: 'Ditandatangani secara elektronik', en: 'Signed electronically' },
  unsigned: { id: 'Belum ditandatangani', en: 'Not signed yet' },
  hash: { id: 'Kode keaslian naskah (SHA-256)', en: 'Authenticity code of the text (SHA-256)' },
  verify: { id: 'Periksa keaslian', en: 'Verify' },
  participants: { id: 'Peserta per sektor', en: 'Participants by sector' },
  minutes: { id: 'menit', en: 'minutes' },
  documents: { id: 'Dokumen', en: 'Documents' },
} as const;

const OUTCOMES: Record<Exclude<ConsensusOutcome, 'decided_by_fallback'>, Record<Lang, string>> = {
  consensus: { id: 'mufakat', en: 'consensus' },
  consensus_with_reservations: { id: 'mufakat dengan catatan', en: 'consensus with reservations' },
  no_consensus: { id: 'tidak tercapai mufakat', en: 'no consensus' },
  blocked: { id: 'ditolak (blok)', en: 'blocked' },
};

/** Who decides under a fallback, when the document does not name the person. */
const DECIDERS: Record<Exclude<Fallback['kind'], 'defer'>, Record<Lang, string>> = {
  majority: { id: 'suara terbanyak peserta', en: 'a majority of the participants' },
  designated_decider: { id: 'pengambil keputusan yang ditunjuk', en: 'the designated decider' },
};

/**
 * "tidak tercapai mufakat; ditetapkan oleh <siapa> sesuai aturan yang disepakati di awal": a
 * clause decided by the fallback rule is a unilateral decision, never printed as an agreement.
 */
export function fallbackDecisionText(kind: Fallback['kind'] | undefined, deciderName: string | undefined, lang: Lang): string {
  const who = deciderName?.trim() || DECIDERS[kind === 'majority' ? 'majority' : 'designated_decider'][lang];
  return lang === 'id'
    ? `tidak tercapai mufakat; ditetapkan oleh ${who} sesuai aturan yang disepakati di awal`
    : `no consensus reached; decided by ${who} under the rule agreed at the start`;
}

/**
 * The answers beside an outcome that a reader needs: "2 setuju dengan catatan", "1 tidak ikut
 * tetapi tidak menghalangi"; counts of zero are left out.
 */
export function answerCountTexts(result: { reservations: readonly unknown[]; standAsides: readonly unknown[] }, lang: Lang): string[] {
  const out: string[] = [];
  if (result.reservations.length) out.push(`${result.reservations.length} ${LABELS.reservations[lang]}`);
  if (result.standAsides.length) out.push(`${result.standAsides.length} ${LABELS.standAsides[lang]}`);
  return out;
}

/** How a recorded check decided a clause, in words. */
export function decisionText(
  consensus: { outcome: ConsensusOutcome; fallback?: { kind: Fallback['kind'] }; decidedBy?: { displayName: string } },
  lang: Lang,
): string {
  if (consensus.outcome === 'decided_by_fallback') return fallbackDecisionText(consensus.fallback?.kind, consensus.decidedBy?.displayName, lang);
  return OUTCOMES[consensus.outcome][lang];
}

/**
 * How the room decided that a section does not apply: "diputuskan forum: mufakat", or under the
 * fallback "tidak tercapai mufakat; ditetapkan oleh ... sesuai aturan yang disepakati di awal".
 */
export function notApplicableDecisionText(
  decision: { outcome: ConsensusOutcome; fallback?: { kind: Fallback['kind'] }; decidedBy?: { displayName: string } },
  lang: Lang,
): string {
  if (decision.outcome === 'decided_by_fallback') return decisionText(decision, lang);
  return `${lang === 'id' ? 'diputuskan forum' : 'decided by the room'}: ${decisionText(decision, lang)}`;
}

/** The charter's summary line: agreed by consensus versus decided by the fallback rule. */
export function decisionSummaryText(summary: { byConsensus: number; byFallback: number; withoutCheck: number }, lang: Lang): string {
  const parts =
    lang === 'id'
      ? [`${summary.byConsensus} klausul disepakati secara mufakat`, `${summary.byFallback} klausul tidak mufakat dan diputuskan dengan cara yang disepakati di awal`]
      : [`${summary.byConsensus} clauses agreed by consensus`, `${summary.byFallback} clauses decided by the fallback rule (no consensus reached)`];
  if (summary.withoutCheck > 0) parts.push(lang === 'id' ? `${summary.withoutCheck} klausul tanpa uji kesepakatan tercatat` : `${summary.withoutCheck} clauses without a recorded check`);
  return parts.join('; ');
}

export const SECTOR_LABELS: Readonly<Record<Sector, { id: string; en: string }>> = SCHEMA_SECTOR_LABELS;

/**
 * Priority dots in words: "Prioritas: 4 titik (Pemerintah 0, Swasta 3, Masyarakat 1)". Sectors
 * are spelled out, never as initials: "P" reads as Pemerintah to one reader and private to another.
 */
export function dotsText(dots: { total: number; bySector: Record<Sector, number>; paper?: { dots: number; voters: number } }, lang: Lang): string {
  const bySector = (['government', 'private', 'civil_society'] as const).map((s) => `${SECTOR_LABELS[s][lang]} ${dots.bySector[s]}`).join(', ');
  const paper = dots.paper ? `; ${describePaperDots(dots.paper)[lang]}` : '';
  return `${LABELS.priority[lang]}: ${dots.total} ${LABELS.dots[lang]} (${bySector}${paper})`;
}

export function capacityLabel(c: SignatoryCapacity): { id: string; en: string } {
  return SIGNATORY_CAPACITY_LABELS[c];
}

/**
 * The komparisi line under a signatory: whom they act for. The users' representative: "bertindak
 * untuk dan atas nama <actsFor>; <how they were chosen>"; a third party: "bertindak untuk dan
 * atas nama <partner>". Null for other signatories and for documents frozen before either was kept.
 */
export function komparisiText(s: { mandate?: Mandate; partner?: { name: string; organisation?: string } }, lang: Lang): string | null {
  const forWhom = lang === 'id' ? 'bertindak untuk dan atas nama' : 'acting for and on behalf of';
  if (s.mandate) return `${forWhom} ${s.mandate.actsFor}; ${s.mandate.chosenBy}`;
  if (s.partner) return `${forWhom} ${s.partner.organisation && s.partner.organisation !== s.partner.name ? `${s.partner.name}, ${s.partner.organisation}` : s.partner.name}`;
  return null;
}

const PARTIES: Record<'user' | 'both' | 'provider', Record<Lang, string>> = {
  provider: { id: 'penyelenggara', en: 'the provider' },
  user: { id: 'pengguna layanan', en: 'the service users' },
  both: { id: 'penyelenggara dan pengguna layanan', en: 'the provider and the service users' },
};

/**
 * Who a clause binds, beyond the provider every clause binds by default (so clauses of older
 * charters print as before), and whose failure a sanction answers. `partnerName` names the
 * partner's stakeholder card.
 */
export function clausePartyTexts(
  version: { obligatedParty: ObligatedParty; answersFailureOf?: FailureParty; partnerId?: string },
  partnerName: (id: string) => string | undefined,
  lang: Lang,
): string[] {
  const partner = () => {
    const name = version.partnerId ? (partnerName(version.partnerId) ?? version.partnerId) : '';
    return lang === 'id' ? `mitra ${name}` : `partner ${name}`;
  };
  const out: string[] = [];
  if (version.obligatedParty !== 'provider') {
    const who = version.obligatedParty === 'partner' ? partner() : PARTIES[version.obligatedParty][lang];
    out.push(lang === 'id' ? `Pihak yang wajib: ${who}` : `Obligated party: ${who}`);
  }
  if (version.answersFailureOf) {
    const who = version.answersFailureOf === 'partner' ? partner() : PARTIES[version.answersFailureOf][lang];
    out.push(lang === 'id' ? `Sanksi/kompensasi atas kelalaian ${who}` : `Sanction/compensation for a failure of ${who}`);
  }
  return out;
}
