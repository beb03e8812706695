import { lazy, Suspense } from 'react';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { hasEntry } from '../../../../shared/schema/records';
import { surveyOf } from '../../../../shared/state/workshopState';
import { useSession } from '../../session/Session';
import { PartLoading } from '../../views/PartLoading';
import { FitToStage } from './FitToStage';

/*
 * Each stage is a chunk of its own, fetched when the wall first shows it: a projector opened in
 * the consensus step does not download the stakeholder grid (with dnd-kit), the tally chart,
 * the survey, the complaints or the signing view first (issue 18, the board on a phone's 4G).
 */
const StakeholderGrid = lazy(() => import('../stakeholders/StakeholderGrid').then((m) => ({ default: m.StakeholderGrid })));
const BoardComplaints = lazy(() => import('./BoardComplaints').then((m) => ({ default: m.BoardComplaints })));
const BoardConsensus = lazy(() => import('./BoardConsensus').then((m) => ({ default: m.BoardConsensus })));
const BoardNotApplicable = lazy(() => import('./BoardNotApplicable').then((m) => ({ default: m.BoardNotApplicable })));
const BoardOverview = lazy(() => import('./BoardOverview').then((m) => ({ default: m.BoardOverview })));
const BoardSigning = lazy(() => import('./BoardSigning').then((m) => ({ default: m.BoardSigning })));
const BoardSpotlight = lazy(() => import('./BoardSpotlight').then((m) => ({ default: m.BoardSpotlight })));
const BoardSurvey = lazy(() => import('./BoardSurvey').then((m) => ({ default: m.BoardSurvey })));
const BoardVote = lazy(() => import('./BoardVote').then((m) => ({ default: m.BoardVote })));

/** The open not-applicable check, if any: while the room answers it, it is what the wall shows. */
export function openNotApplicableCheck(checks: Readonly<Record<string, ConsensusCheck>> | undefined): ConsensusCheck | undefined {
  return Object.values(checks ?? {}).find((c) => c.subject && c.status === 'open');
}

/**
 * The main area of the wall screen, always inside the window: the clause (or the survey result)
 * the facilitator put in focus, else the signing while the charter is frozen, else a section's "not applicable"
 * question while the room answers it, else the view that fits the current step (grid, vote, consensus, or the clauses by section page after page).
 */
export function BoardStage() {
  return (
    <Suspense fallback={<PartLoading />}>
      <Stage />
    </Suspense>
  );
}

function Stage() {
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
