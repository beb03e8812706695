import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClauseCard } from '../clauses/ClauseCard';
import { ClauseStatusControls } from '../clauses/ClauseStatusControls';
import { clauseLabel } from '../../../../shared/schema/clauses';
import { latestCheck, orderedClauses } from '../clauses/clauseView';
import { useSession } from '../../session/Session';
import { BoardOptionsControl } from '../board/BoardOptionsControl';
import { ConsensusResultView } from './ConsensusResultView';
import { RecordOutcomeForm } from './RecordOutcomeForm';
import { PaperCardsForm } from './PaperCardsForm';
import { StartCheckForm } from './StartCheckForm';

/**
 * Clauses with their status controls and consensus checks: start a check on a clause under
 * discussion, watch answers arrive, record the outcome, then agree (or defer) the clause.
 */
export function ConsensusConsole() {
  const { t } = useTranslation();
  const { state } = useSession();
  const [starting, setStarting] = useState<string | null>(null);
  const clauses = orderedClauses(Object.values(state?.clauses ?? {}));
  const checks = Object.values(state?.consensusChecks ?? {});
  return (
    <section className="panel" aria-labelledby="consensus-console-title" data-testid="consensus-console">
      <h2 id="consensus-console-title">{t('consensus.consoleTitle')}</h2>
      <BoardOptionsControl />
      {clauses.length === 0 && <p className="empty">{t('clause.none')}</p>}
      {clauses.map((clause) => {
        const check = latestCheck(checks, clause.id);
        const open = check?.status === 'open' ? check : undefined;
        return (
          <ClauseCard key={clause.id} clause={clause} number={clauseLabel(clause)}>
            <ClauseStatusControls clause={clause} />
            {clause.status === 'under_discussion' && !open && (
              <p>
                <button type="button" className="button button--small button--primary" aria-expanded={starting === clause.id}
                  onClick={() => setStarting((s) => (s === clause.id ? null : clause.id))} data-testid="check-start-toggle">
                  {t('consensus.start')}
                </button>
              </p>
            )}
            {starting === clause.id && !open && <StartCheckForm subject={{ clauseId: clause.id }} onStarted={() => setStarting(null)} />}
            {check && <ConsensusResultView check={check} />}
            {open && <PaperCardsForm check={open} />}
            {open && <RecordOutcomeForm check={open} />}
          </ClauseCard>
        );
      })}
    </section>
  );
}
