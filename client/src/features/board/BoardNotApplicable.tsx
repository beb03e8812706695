import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { NotApplicableQuestion } from '../consensus/NotApplicableQuestion';
import { BoardConsensusAnswers } from './BoardConsensusAnswers';
import { FitToStage } from './FitToStage';

/** A section's "not applicable" question large, with its answers as the wall shows them (no names). */
export function BoardNotApplicable({ check }: { check: ConsensusCheck }) {
  if (!check.subject) return null;
  return (
    <FitToStage>
      <section className="board-spotlight" data-testid="board-not-applicable" data-section={check.subject.sectionCode}>
        <article className="clause clause--big">
          <NotApplicableQuestion question={check.subject} big />
          <BoardConsensusAnswers check={check} />
        </article>
      </section>
    </FitToStage>
  );
}

