import { type FreezeGap, freezeGaps } from '../../../../shared/rules/freezeGate';
import type { PublicWorkshopState } from '../../../../shared/state/projection';
import { entryOf } from '../../../../shared/schema/records';

/** The freeze gate's gaps for the current projection (active signatories only), as the server checks. */
export function freezeGapsOf(state: PublicWorkshopState): FreezeGap[] {
  const active = state.signatories.filter((s) => {
    const p = entryOf(state.participants, s.participantId);
    return p && !p.revoked;
  });
  return freezeGaps({ clauses: Object.values(state.clauses), notApplicable: state.notApplicable, signatories: active });
}
