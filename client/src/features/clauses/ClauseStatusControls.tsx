import { useTranslation } from 'react-i18next';
import { CLAUSE_TRANSITIONS, type Clause } from '../../../../shared/schema/clauses';
import { outcomeAllowsAgreement } from '../../../../shared/rules/consensus';
import { boardBackToStep, showClauseOnBoard } from '../../actions/boardFocus';
import { setClauseStatus } from '../../actions/clauses';
import { useCommand } from '../../actions/useCommand';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { agreeingCheck } from './clauseView';

/** The facilitator's buttons on a clause: allowed status changes and "show on the board". */
export function ClauseStatusControls({ clause }: { clause: Clause }) {
  const { t } = useTranslation();
  const session = useSession();
  const command = useCommand();
  const check = agreeingCheck(Object.values(session.state?.consensusChecks ?? {}), clause);
  const next = CLAUSE_TRANSITIONS[clause.status].filter((to) => {
    if (to === 'agreed') return check?.record ? outcomeAllowsAgreement(check.record, false) : false;
    if (to === 'agreed_with_reservations') return check?.record ? outcomeAllowsAgreement(check.record, true) : false;
    return true;
  });
  const focus = session.state?.boardFocus;
  const onBoard = focus?.kind === 'clause' && focus.id === clause.id;
  const agreeing = (to: string) => to === 'agreed' || to === 'agreed_with_reservations';
  return (
    <div className="clause__tools" data-testid="clause-status-controls">
      {session.may('setBoardFocus') &&
        (onBoard ? (
          <button type="button" className="button button--small" disabled={command.busy} onClick={() => command.run(boardBackToStep())}
            data-testid="clause-unfocus">
            {t('clause.backToStep')}
          </button>
        ) : (
          <button type="button" className="button button--small" disabled={command.busy} onClick={() => command.run(showClauseOnBoard(clause.id))}
            data-testid="clause-focus">
            {t('clause.showOnBoard')}
          </button>
        ))}
      {session.may('setClauseStatus') &&
        next.map((to) => (
          <button key={to} type="button" className="button button--small" disabled={command.busy}
            onClick={() => command.run(setClauseStatus(clause.id, to, agreeing(to) ? check?.id : undefined))} data-testid={`clause-set-${to}`}>
            → {t(`clauseStatus.${to}`)}
          </button>
        ))}
      <RefusalNotice runner={command} />
    </div>
  );
}
