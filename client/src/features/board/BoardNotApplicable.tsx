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

/** The open not-applicable check, if any: while the room answers it, it is what the wall shows. */
export function openNotApplicableCheck(checks: Readonly<Record<string, ConsensusCheck>> | undefined): ConsensusCheck | undefined {
  return Object.values(checks ?? {}).find((c) => c.subject && c.status === 'open');
}
