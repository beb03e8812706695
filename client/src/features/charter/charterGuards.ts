import type { Mandate, SignatoryCapacity } from '../../../../shared/rules/signatories';
import type { SectionCode } from '../../../../shared/schema/sections';
import type { PublicWorkshopState } from '../../../../shared/state/projection';
import { enrollSignatory, markSectionNotApplicable } from '../../actions/charter';
import { startNotApplicableCheck } from '../../actions/consensus';
import { type RefusalKey, type Viewer, whyNot } from '../../actions/whyNot';

/** Why this section could not be marked not applicable now (an agreed clause, already marked...). */
export function whyNotMarkNotApplicable(state: PublicWorkshopState | null, viewer: Viewer, sectionCode: SectionCode): RefusalKey | null {
  return whyNot(state, viewer, markSectionNotApplicable(sectionCode, 'x'));
}

/**
 * Why the room could not be asked whether this section applies (protected, already marked, an
 * agreed clause, a check already open...), whatever scale, rule and fallback the form picks.
 */
export function whyNotAskNotApplicable(state: PublicWorkshopState | null, viewer: Viewer, sectionCode: SectionCode): RefusalKey | null {
  return whyNot(state, viewer, startNotApplicableCheck(sectionCode, 'x', 'fist_to_five', { kind: 'consensus' }, { kind: 'defer' }));
}

/** Why this person could not be enrolled in this capacity (already there, no sector, facilitator...). */
export function whyNotEnroll(
  state: PublicWorkshopState | null,
  viewer: Viewer,
  participantId: string,
  capacity: SignatoryCapacity,
  details: { mandate?: Mandate; partnerId?: string } = {},
): RefusalKey | null {
  return whyNot(state, viewer, enrollSignatory(participantId, capacity, details));
}
