import type { Clause } from '../../../../shared/schema/clauses';
import type { SectionCode } from '../../../../shared/schema/sections';
import type { PublicWorkshopState } from '../../../../shared/state/projection';
import { amendClause, proposeClause, type VersionDraft } from '../../actions/clauses';
import { type RefusalKey, type Viewer, whyNot } from '../../actions/whyNot';

/** A complete draft, so a probe is judged on the clause, the section and the step, never on the form. */
const PROBE_DRAFT: VersionDraft = { textId: 'x', rationale: 'x', obligatedParty: 'provider' };

/** Why a clause could not be proposed in this section now (marked not applicable, not in this step...). */
export function whyNotPropose(state: PublicWorkshopState | null, viewer: Viewer, sectionCode: SectionCode): RefusalKey | null {
  return whyNot(state, viewer, proposeClause(sectionCode, PROBE_DRAFT));
}

/** Why this clause could not be amended now (status, an open consensus check, the step...). */
export function whyNotAmend(state: PublicWorkshopState | null, viewer: Viewer, clause: Pick<Clause, 'id' | 'currentVersionId'>): RefusalKey | null {
  return whyNot(state, viewer, amendClause(clause.id, clause.currentVersionId, PROBE_DRAFT));
}
