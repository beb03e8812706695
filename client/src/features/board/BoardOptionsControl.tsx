import { useTranslation } from 'react-i18next';
import { boardOptionsOf } from '../../../../shared/state/workshopState';
import { setConsensusBySector } from '../../actions/boardFocus';
import { useCommand } from '../../actions/useCommand';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';

/** The facilitator's switch for what the wall shows of consensus answers: per sector, never names. */
export function BoardOptionsControl() {
  const { t } = useTranslation();
  const session = useSession();
  const command = useCommand();
  if (!session.may('setBoardOptions')) return null;
  const on = boardOptionsOf(session.state).consensusBySector;
  return (
    <div className="board-options">
      <label className="check">
        <input type="checkbox" checked={on} disabled={command.busy} onChange={(e) => void command.run(setConsensusBySector(e.currentTarget.checked))}
          data-testid="board-consensus-by-sector" />{' '}
        {t('board.consensusBySector')}
      </label>
      <RefusalNotice runner={command} />
    </div>
  );
}
