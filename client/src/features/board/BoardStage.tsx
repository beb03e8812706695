import { useSession } from '../../session/Session';
import { StakeholderGrid } from '../stakeholders/StakeholderGrid';
import { BoardClauses } from './BoardClauses';
import { BoardConsensus } from './BoardConsensus';
import { BoardSpotlight } from './BoardSpotlight';
import { BoardVote } from './BoardVote';
import { hasEntry } from '../../../../shared/schema/records';

/**
 * The main area of the wall screen: the clause the facilitator put in focus, else the view
 * that fits the current step (grid, vote, consensus, or the clauses by section).
 */
export function BoardStage() {
  const { step, state } = useSession();
  // A decision (decisions document), so the console still steers the board after the freeze.
  const focus = state?.boardFocus ?? null;
  if (focus?.kind === 'clause' && hasEntry(state?.clauses, focus.id)) return <BoardSpotlight clauseId={focus.id} />;
  switch (step?.method) {
    case 'stakeholder_mapping':
    case 'user_groups':
      return <StakeholderGrid editable={false} />;
    case 'dot_vote':
      return <BoardVote />;
    case 'consensus_check':
      return <BoardConsensus />;
    default:
      return <BoardClauses />;
  }
}
