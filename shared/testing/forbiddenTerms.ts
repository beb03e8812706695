/**
 * Words that read wrong to an Indonesian official, with why: calques of English method words,
 * terms that mean something else in bureaucratic Indonesian, developer jargon, and negotiation
 * codes in a legal text. The catalogue test (client/src/i18n/terminology.test.ts) and the PDF
 * test (server/charter/charterPdfTerms.test.ts) check the UI, the exports and the facilitator
 * guide against this one list.
 */
import type { CharterBundle } from '../charter/bundle';
import { asParticipantId } from '../schema/ids';

/** Where a term is wrong: the Indonesian UI, the printed exports, the facilitator guide. */
export type TermScope = 'ui' | 'exports' | 'guide';

export interface ForbiddenTerm {
  term: RegExp;
  reason: string;
  scopes: readonly TermScope[];
}

const ALL: readonly TermScope[] = ['ui', 'exports', 'guide'];

export const FORBIDDEN_TERMS: readonly ForbiddenTerm[] = [
  { term: /beku/i, reason: '"Bekukan/dibekukan/pembekuan": in bureaucratic Indonesian *membekukan* is to suspend (a licence, an account, an organisation). Say "Tetapkan naskah final" / "naskah final ditetapkan".', scopes: ALL },
  { term: /menepi/i, reason: '"Menepi" is a calque of "stand aside" (to pull over to the roadside). Say "Tidak ikut, tetapi tidak menghalangi".', scopes: ALL },
  { term: /menyingkir/i, reason: '"Menyingkir": a second word for the same stand-aside; one thing gets one name, "tidak ikut tetapi tidak menghalangi".', scopes: ALL },
  { term: /piagam/i, reason: '"Piagam" reads as a certificate (piagam penghargaan); the document is the Kontrak Pelayanan, "naskah".', scopes: ALL },
  { term: /penandatangan(?!an)/i, reason: '"Penandatangan" is non-standard; KBBI and PP 71/2019 write "penanda tangan" (the act, "penandatanganan", is right).', scopes: ALL },
  { term: /catatan keberatan/i, reason: '"Catatan keberatan" counts "setuju, sedikit catatan" answers as objections. Say "setuju dengan catatan".', scopes: ALL },
  { term: /mendukung dengan keberatan/i, reason: '"Mendukung dengan keberatan" contradicts itself. Say "Mendukung, dengan catatan".', scopes: ALL },
  { term: /kepalan sampai/i, reason: '"Kepalan sampai lima jari" is a calque nobody uses. Say "Skala jari 0–5 (fist to five)".', scopes: ALL },
  { term: /\b(Ed25519|WebCrypto|noble|IndexedDB)\b/, reason: 'Developer jargon shown to a Kepala Dinas on the signing page.', scopes: ALL },
  { term: /\bsidik\b/i, reason: '"Sidik naskah/piagam" is a coined term for the SHA-256. Say "kode keaslian naskah".', scopes: ALL },
  { term: /mufakat kurang (satu|dua)/i, reason: '"Mufakat kurang satu" is a calque of "consensus minus one". Say "Mufakat, paling banyak 1 orang tidak setuju".', scopes: ALL },
  { term: /aturan cadangan/i, reason: '"Aturan cadangan" (spare rule) is a calque and hides that mufakat failed. Say "cara yang disepakati di awal".', scopes: ALL },
  { term: /kelola erat|jaga kepuasan/i, reason: '"Kelola erat" is a calque and "Jaga kepuasan" is ungrammatical as an instruction. Say "libatkan penuh", "Jaga agar tetap puas".', scopes: ALL },
  { term: /matriks kekuasaan|kekuasaan[–-]kepentingan|angka kekuasaan/i, reason: '"Kekuasaan" sounds political in the power-interest grid. Say "pengaruh".', scopes: ALL },
  { term: /model salience/i, reason: 'Untranslated jargon, meaningless to a ketua RW. Say "Arti penting: kekuasaan, legitimasi, urgensi".', scopes: ALL },
  { term: /masyarakat sipil/i, reason: '"Masyarakat sipil" reads as NGOs only; the pillar is *masyarakat*, users and their organisations.', scopes: ALL },
  { term: /amandemen/i, reason: '"Amandemen" is for a constitution; a clause gets "perubahan rumusan".', scopes: ALL },
  { term: /permintaan pengguna|catatan minoritas/i, reason: 'The UI and the exports name one thing two ways: "Harapan pengguna" and "Pendapat berbeda" are the words.', scopes: ALL },
  { term: /sanksi & kompensasi|visi & misi|\(hari kerja\)|biaya\/tarif \(Rp\)/i, reason: 'Section names in a legal text follow UU 25/2009 Pasal 21: "dan", not "&", and no units in the name. (Not checked in exports: a frozen charter keeps the names it was signed with.)', scopes: ['ui', 'guide'] },
  { term: /\bvoting\b/i, reason: '"Voting" in a tool named Mufakat: the step is "Prioritas" (penentuan prioritas dengan titik).', scopes: ['ui', 'exports'] },
  { term: /\bDot: |\bP \d+ · M \d+/, reason: '"Dot: 4 (G 0 · P 3 · M 1)": English in a legal text, and "P" (private) reads as Pemerintah. Say "Prioritas: 4 titik (Pemerintah 0, Swasta 3, Masyarakat 1)".', scopes: ['exports'] },
  { term: /\b(consensus_with_reservations|decided_by_fallback|no_consensus|stand_aside|working_days)\b/, reason: 'An English code in an Indonesian legal text. Say it in words ("mufakat dengan catatan").', scopes: ['exports'] },
  { term: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, reason: 'An ISO UTC timestamp in a document: write the date in words, in the workshop\'s time zone ("Kamis, 3 Desember 2026, pukul 19.08 WIB").', scopes: ['exports'] },
  { term: /\b\d+\.\d+ ?(jam|menit|hari|%)/, reason: 'A decimal point: Indonesian writes the decimal comma ("0,5 jam").', scopes: ['exports', 'guide'] },
];

/** Every forbidden term in `text` for `scope`, as "«match» in «where»: reason" lines. */
export function forbiddenTermsIn(text: string, scope: TermScope, where: string): string[] {
  const hits: string[] = [];
  for (const { term, reason, scopes } of FORBIDDEN_TERMS) {
    if (!scopes.includes(scope)) continue;
    const match = new RegExp(term.source, term.flags.includes('g') ? term.flags : `${term.flags}g`);
    for (const m of text.matchAll(match)) {
      const at = m.index ?? 0;
      hits.push(`«${m[0]}» in ${where} (…${text.slice(Math.max(0, at - 30), at + m[0].length + 30).replace(/\s+/g, ' ')}…): ${reason}`);
    }
  }
  return hits;
}

/**
 * A bundle carrying everything the exports print about the negotiation: a clause agreed with
 * reservations (two "setuju dengan catatan", one stand-aside), priority dots from every sector,
 * a commitment of 0.5 hours, a paid service-flow step. Built on a recorded bundle (the
 * fixture), so the render is of a real document shape.
 */
export function withNegotiationRecord(recorded: CharterBundle): CharterBundle {
  const bundle = structuredClone(recorded);
  const clause = bundle.charter.sections.flatMap((s) => s.clauses)[0];
  if (!clause?.consensus) throw new Error('the recorded bundle needs a clause with a consensus record');
  clause.consensus.outcome = 'consensus_with_reservations';
  clause.consensus.result = { ...clause.consensus.result, outcome: 'consensus_with_reservations', reservations: ['S2', 'S3'].map((p) => ({ participantId: asParticipantId(p) })), standAsides: [asParticipantId('S7')] };
  clause.dots = { total: 4, bySector: { government: 0, private: 3, civil_society: 1 } };
  clause.current = { ...clause.current, commitment: { phasing: 'now', measure: { value: 0.5, unit: 'hours' } } };
  clause.usersAsk = { value: 0.5, unit: 'hours' };
  clause.providerBaseline = { value: 2.5, unit: 'hours' };
  const step = bundle.charter.content.serviceFlow[0];
  if (step) bundle.charter.content.serviceFlow[0] = { ...step, costRupiah: 1_500_000 };
  return bundle;
}
