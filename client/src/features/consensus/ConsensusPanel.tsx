import { useTranslation } from 'react-i18next';
import { clauseLabel, currentVersion } from '../../../../shared/schema/clauses';
import { useSession } from '../../session/Session';
import { ConsensusAnswerForm } from './ConsensusAnswerForm';
import { ConsensusResultView } from './ConsensusResultView';
import { NotApplicableQuestion } from './NotApplicableQuestion';
import { entryOf } from '../../../../shared/schema/records';
import { compareTimes } from '../common/timeOrder';

/** A participant's consensus checks: answer the open ones, see the recorded ones. */
export function ConsensusPanel() {
  const { t } = useTranslation();
  const { state, may } = useSession();
  const checks = Object.values(state?.consensusChecks ?? {}).sort((a, b) => compareTimes(b.startedAt, a.startedAt));
  const canAnswer = may('answerConsensus');
  return (
    <section className="panel" aria-labelledby="consensus-title" data-testid="consensus-panel">
      <h2 id="consensus-title">{t('consensus.title')}</h2>
      {checks.length === 0 && <p className="empty">{t('consensus.none')}</p>}
      {checks.map((check) => {
        const clause = check.clauseId ? entryOf(state?.clauses, check.clauseId) : undefined;
        const version = (check.clauseVersionId ? entryOf(clause?.versions, check.clauseVersionId) : undefined) ?? (clause ? currentVersion(clause) : undefined);
        return (
          <article key={check.id} className="check-card" data-testid="check-card" data-status={check.status}>
            {check.subject ? (
              <NotApplicableQuestion question={check.subject} />
            ) : (
              <>
                <h3>{clause ? clauseLabel(clause) : ''}</h3>
                <p className="clause__text" lang="id">{version?.text.id}</p>
              </>
            )}
            {check.status === 'open' && canAnswer && <ConsensusAnswerForm check={check} />}
            {check.status === 'open' && !canAnswer && <p className="field__hint">{t('consensus.cannotAnswer')}</p>}
            <ConsensusResultView check={check} />
          </article>
        );
      })}
    </section>
  );
}
