/**
 * What the console offers as starting drafts (pure): the statutory texts of UU 25/2009 for an
 * empty rights or obligations section, and one DASAR_HUKUM clause that lists the legal bases the
 * other clauses cite. Each offer is the list of proposeClause commands its button sends.
 */
import type { Command } from '../../../../shared/commands/commandSchema';
import type { Clause } from '../../../../shared/schema/clauses';
import { legalBasisDraft } from '../../../../shared/schema/legalBases';
import { hasEntry } from '../../../../shared/schema/records';
import type { SectionCode } from '../../../../shared/schema/sections';
import { STATUTORY_ARTICLES, statutoryDrafts } from '../../../../shared/schema/statutoryTexts';
import { proposeClause } from '../../actions/clauses';

export interface DraftOffer {
  sectionCode: SectionCode;
  kind: 'statutory' | 'legal_basis';
  /** The source named next to the button ("UU 25/2009 Pasal 18"; for the legal basis, how many lines). */
  source: string;
  /** How many proposed clauses the button creates. */
  count: number;
  commands: () => Command[];
}

type ClauseState = { clauses: Readonly<Record<string, Clause>>; notApplicable: Readonly<Record<string, unknown>> };

/** A section still waiting for text: no clause except rejected ones, and not marked not applicable. */
export function isEmptySection(state: ClauseState, code: SectionCode): boolean {
  if (hasEntry(state.notApplicable, code)) return false;
  return !Object.values(state.clauses).some((c) => c.sectionCode === code && c.status !== 'rejected');
}

/** The rationale every statutory draft carries: where the text comes from and that the room adapts it. */
export const STATUTORY_RATIONALE = (article: string) => `Teks awal dari ${article}; disesuaikan bersama dengan layanan ini sebelum disepakati.`;
export const LEGAL_BASIS_RATIONALE = 'Dasar hukum yang disebut pada butir-butir kontrak ini, ditambah UU, PP dan PermenPANRB tentang pelayanan publik dan standar pelayanan.';

export function draftOffers(state: ClauseState): DraftOffer[] {
  const offers: DraftOffer[] = [];
  for (const article of STATUTORY_ARTICLES) {
    if (!isEmptySection(state, article.sectionCode)) continue;
    const drafts = statutoryDrafts(article.sectionCode);
    offers.push({
      sectionCode: article.sectionCode,
      kind: 'statutory',
      source: article.article,
      count: drafts.length,
      commands: () =>
        drafts.map((d) =>
          proposeClause(d.sectionCode, { textId: d.text.id, textEn: d.text.en, rationale: STATUTORY_RATIONALE(article.article), obligatedParty: d.obligatedParty, legalBasis: d.legalBasis }),
        ),
    });
  }
  const basis = legalBasisDraft(Object.values(state.clauses));
  if (basis && isEmptySection(state, 'DASAR_HUKUM')) {
    offers.push({
      sectionCode: 'DASAR_HUKUM',
      kind: 'legal_basis',
      source: basis.bases.join('; '),
      count: 1,
      commands: () => [proposeClause('DASAR_HUKUM', { textId: basis.text.id, textEn: basis.text.en, rationale: LEGAL_BASIS_RATIONALE, obligatedParty: 'provider' })],
    });
  }
  return offers;
}
