import { hasEntry } from '../../../../shared/schema/records';
import { useSession } from '../../session/Session';
import { StakeholderGrid } from '../stakeholders/StakeholderGrid';
import { BoardComplaints } from './BoardComplaints';
import { BoardConsensus } from './BoardConsensus';
import { BoardNotApplicable, openNotApplicableCheck } from './BoardNotApplicable';
import { BoardOverview } from './BoardOverview';
import { BoardSigning } from './BoardSigning';
import { BoardSpotlight } from './BoardSpotlight';
import { BoardSurvey } from './BoardSurvey';
import { surveyOf } from '../../../../shared/state/workshopState';
import { BoardVote } from './BoardVote';
import { FitToStage } from './FitToStage';

/**
 * The main area of the wall screen, always inside the window: the clause (or the survey result)
 * the facilitator put in focus, else the signing while the charter is frozen, else a section's "not applicable"
 * question while the room answers it, else the view that fits the current step (grid, vote, consensus, or the clauses by section page after page).
 */
export function BoardStage() {
  const { step, state } = useSession();
  // A decision (decisions document), so the console still steers the board after the freeze.
  const focus = state?.boardFocus ?? null;
  if (focus?.kind === 'clause' && hasEntry(state?.clauses, focus.id)) return <BoardSpotlight clauseId={focus.id} />;
  if (focus?.kind === 'survey' && surveyOf(state)?.id === focus.id) return <BoardSurvey />;
  if (focus?.kind === 'complaints') return <BoardComplaints />;
  if (state?.freeze) return <BoardSigning />;
  const question = openNotApplicableCheck(state?.consensusChecks);
  if (question) return <BoardNotApplicable check={question} />;
  switch (step?.method) {
    case 'stakeholder_mapping':
    case 'user_groups':
      return (
        <FitToStage>
          <StakeholderGrid editable={false} />
        </FitToStage>
      );
    case 'dot_vote':
      return (
        <FitToStage>
          <BoardVote />
        </FitToStage>
      );
    case 'consensus_check':
      return <BoardConsensus />;
    default:
      return <BoardOverview />;
  }
}
