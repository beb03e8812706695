import { type FreezeGap, freezeGaps, type NotApplicableDecision, notApplicableDecisions } from '../../../../shared/rules/freezeGate';
import type { PublicWorkshopState } from '../../../../shared/state/projection';
import { entryOf } from '../../../../shared/schema/records';
import { isAgreedStatus } from '../../../../shared/schema/clauses';
import { isProtectedSection, requiredSectionCodes, SECTION_CODES, type SectionCode } from '../../../../shared/schema/sections';

/** The freeze gate's gaps for the current projection (active signatories only), as the server checks. */
export function freezeGapsOf(state: PublicWorkshopState): FreezeGap[] {
  const active = state.signatories.filter((s) => {
    const p = entryOf(state.participants, s.participantId);
    return p && !p.revoked;
  });
  return freezeGaps({
    clauses: Object.values(state.clauses),
    notApplicable: state.notApplicable,
    consensusChecks: state.consensusChecks,
    signatories: active,
    partnerNames: (id) => entryOf(state.stakeholders, id)?.name,
  });
}

/** Each section marked not applicable, with how it was decided (the room's outcome, or the facilitator alone). */
export function notApplicableDecisionsOf(state: PublicWorkshopState): NotApplicableDecision[] {
  return notApplicableDecisions({ clauses: [], notApplicable: state.notApplicable, consensusChecks: state.consensusChecks, signatories: [] });
}

/**
 * The sections a facilitator may mark not applicable or unmark: required sections without an
 * agreed clause (marking one with an agreed clause is refused, `section_has_agreed_clause`) that
 * are not protected (refused, `section_protected`), and every section already marked (a mark
 * recorded before protection existed can still be undone), in charter order.
 */
export function notApplicableCandidates(state: Pick<PublicWorkshopState, 'clauses' | 'notApplicable'>): { code: SectionCode; marked: boolean }[] {
  const agreed = new Set(Object.values(state.clauses).filter((c) => isAgreedStatus(c.status)).map((c) => c.sectionCode));
  const required = new Set(requiredSectionCodes());
  return SECTION_CODES.flatMap((code): { code: SectionCode; marked: boolean }[] => {
    const marked = entryOf(state.notApplicable, code) !== undefined;
    return marked || (required.has(code) && !agreed.has(code) && !isProtectedSection(code)) ? [{ code, marked }] : [];
  });
}
