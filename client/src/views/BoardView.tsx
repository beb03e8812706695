import { useTranslation } from 'react-i18next';
import { roomName } from '../../../shared/protocol';
import { ReadOnlyDocument } from '../features/editor/ReadOnlyDocument';
import { DRAFT_FIELD } from '../features/editor/CollaborativeEditor';
import { ClosedNotice } from '../features/syncStatus/ClosedNotice';
import { paths } from '../router/routes';
import { connectionStatus } from '../sync/storedTracker';
import { useTrackerState, useWorkshopConnection } from '../sync/useWorkshopConnection';
import type { WorkshopConnection } from '../sync/WorkshopConnection';
import type { WorkshopInfo } from '../api/types';
import { Loading } from './Loading';
import { useDocumentTitle } from './useDocumentTitle';
import { useWorkshop } from './useWorkshop';
import { WorkshopProblem } from './WorkshopProblem';

/**
 * `/b/:workshopId#token=…`: the projected board, read from the back of the room. Read-only
 * (no editor, no presence, no offline copy); the join code is always visible.
 */
export function BoardView({ workshopId }: { workshopId: string }) {
  const load = useWorkshop(workshopId, 'board');
  const connection = useWorkshopConnection(roomName({ workshopId, kind: 'content' }), load.token, {
    offline: false,
    silent: true,
  });
  useDocumentTitle(load.info?.title);

  if (!load.token || load.error) return <WorkshopProblem workshopId={workshopId} error={load.error} onRetry={load.retry} />;
  if (!load.info || !connection) return <Loading />;
  return <Board info={load.info} connection={connection} />;
}

function Board({ info, connection }: { info: WorkshopInfo; connection: WorkshopConnection }) {
  const { t } = useTranslation();
  const state = useTrackerState(connection);
  const linkState = connectionStatus(state);
  return (
    <div className="board" data-testid="board-view">
      <header className="board__header">
        <div>
          <h1 className="board__title" data-testid="workshop-title">
            {info.title}
          </h1>
          <p className="board__service">{info.serviceName}</p>
        </div>
        <p className="board__join">
          <span className="board__join-label">{t('board.joinAt', { host: location.host })}</span>
          <span className="board__join-code" data-testid="join-code">
            {info.joinCode}
          </span>
        </p>
      </header>
      {state.refusedWith !== null && <ClosedNotice code={state.refusedWith} joinHref={paths.join(info.joinCode)} />}
      <p className={`board__connection is-${linkState}`} data-testid="connection-status" data-state={linkState}>
        {t(`status.connection.${linkState}`)}
      </p>
      <ReadOnlyDocument fragment={connection.doc.getXmlFragment(DRAFT_FIELD)} emptyText={t('board.empty')} />
    </div>
  );
}
