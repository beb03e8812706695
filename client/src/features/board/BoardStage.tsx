import { Suspense } from 'react';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { hasEntry } from '../../../../shared/schema/records';
import { surveyOf } from '../../../../shared/state/workshopState';
import { lazyNamed } from '../common/lazyNamed';
import { PartLoading } from '../common/PartLoading';
import { useSession } from '../../session/Session';
import { FitToStage } from './FitToStage';

/*
 * Each stage is a chunk of its own, fetched when the wall first shows it: a projector opened in
 * the consensus step does not download the stakeholder grid (with dnd-kit), the tally chart,
 * the survey, the complaints or the signing view first (issue 18, the board on a phone's 4G).
 */
const StakeholderGrid = lazyNamed(() => import('../stakeholders/StakeholderGrid'), 'StakeholderGrid');
const BoardComplaints = lazyNamed(() => import('./BoardComplaints'), 'BoardComplaints');
const BoardConsensus = lazyNamed(() => import('./BoardConsensus'), 'BoardConsensus');
const BoardNotApplicable = lazyNamed(() => import('./BoardNotApplicable'), 'BoardNotApplicable');
const BoardOverview = lazyNamed(() => import('./BoardOverview'), 'BoardOverview');
const BoardSigning = lazyNamed(() => import('./BoardSigning'), 'BoardSigning');
const BoardSpotlight = lazyNamed(() => import('./BoardSpotlight'), 'BoardSpotlight');
const BoardSurvey = lazyNamed(() => import('./BoardSurvey'), 'BoardSurvey');
const BoardVote = lazyNamed(() => import('./BoardVote'), 'BoardVote');

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
