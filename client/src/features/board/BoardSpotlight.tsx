import { useTranslation } from 'react-i18next';
import { entryOf } from '../../../../shared/schema/records';
import { useSession } from '../../session/Session';
import { ClauseCard } from '../clauses/ClauseCard';
import { latestCheck } from '../clauses/clauseView';
import { clauseLabel } from '../../../../shared/schema/clauses';
import { BoardConsensusAnswers } from './BoardConsensusAnswers';
import { FitToStage } from './FitToStage';

/** One clause large, with its latest consensus check (without names): what the facilitator put in focus. */
export function BoardSpotlight({ clauseId }: { clauseId: string }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const clause = entryOf(state?.clauses, clauseId);
  if (!clause) return <p className="board__empty">{t('clause.none')}</p>;
  const check = latestCheck(Object.values(state?.consensusChecks ?? {}), clause.id);
  return (
    <FitToStage>
      <section className="board-spotlight" data-testid="board-spotlight" data-clause-id={clause.id}>
        <ClauseCard clause={clause} number={clauseLabel(clause)} big>
          {check && <BoardConsensusAnswers check={check} />}
        </ClauseCard>
      </section>
    </FitToStage>
  );
}
