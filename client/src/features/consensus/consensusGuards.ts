import type { PublicWorkshopState } from '../../../../shared/state/projection';
import type { Command } from '../../../../shared/commands/commandSchema';
import { answerConsensus, startConsensusCheck } from '../../actions/consensus';
import { type RefusalKey, type Viewer, whyNot } from '../../actions/whyNot';

/**
 * Why starting a check on this clause would be refused (not under discussion, a check already
 * open, the charter frozen...), whatever scale, rule and fallback the form then picks.
 */
export function whyNotStartCheck(state: PublicWorkshopState | null, viewer: Viewer, clauseId: string): RefusalKey | null {
  return whyNot(state, viewer, startConsensusCheck(clauseId, 'fist_to_five', { kind: 'consensus' }, { kind: 'defer' }));
}

/**
 * Why the author could not answer this check at all (closed, already answered, no sector).
 * Probed with a stand-aside, the one answer that needs neither a level nor a reason.
 */
export function whyNotAnswer(state: PublicWorkshopState | null, viewer: Viewer, checkId: string): RefusalKey | null {
  return whyNot(state, viewer, answerConsensus(checkId, { standAside: true }, ''));
}

/**
 * Why the outcome the form would record is refused: below the quorum, or a fallback that cannot
 * decide (a check whose fallback is to defer). Judged on the form's own command, so a choice the
 * facilitator just ticked is judged too.
 */
export function whyNotRecord(state: PublicWorkshopState | null, viewer: Viewer, outcome: Command): RefusalKey | null {
  return outcome.type === 'recordConsensusOutcome' ? whyNot(state, viewer, outcome) : null;
}
