import { useTranslation } from 'react-i18next';
import { StepBanner } from '../features/agenda/StepBanner';
import { BoardJoin } from '../features/board/BoardJoin';
import { BoardStage } from '../features/board/BoardStage';
import { DRAFT_FIELD } from '../features/editor/CollaborativeEditor';
import { ReadOnlyDocument } from '../features/editor/ReadOnlyDocument';
import { ServiceFlowChart } from '../features/serviceFlow/ServiceFlowChart';
import { useFlowSteps } from '../features/serviceFlow/useFlowSteps';
import { ClosedNotice } from '../features/syncStatus/ClosedNotice';
import { paths } from '../router/routes';
import { SessionContext, useSession } from '../session/Session';
import { useSessionSetup } from '../session/useSessionSetup';
import { connectionStatus } from '../sync/storedTracker';
import { useTrackerState } from '../sync/useWorkshopConnection';
import { Loading } from './Loading';
import { useDocumentTitle } from './useDocumentTitle';
import { WorkshopProblem } from './WorkshopProblem';

/**
 * `/b/:workshopId#token=…`: the projected board, read from the back of the room. No controls,
 * no editor, no presence, no offline copy; the join code is always visible.
 */
export function BoardView({ workshopId }: { workshopId: string }) {
  const { load, session } = useSessionSetup(workshopId, 'board');
  useDocumentTitle(load.info?.title);
  if (!load.token || load.error) return <WorkshopProblem workshopId={workshopId} error={load.error} onRetry={load.retry} />;
  if (!session) return <Loading />;
  return (
    <SessionContext.Provider value={session}>
      <Board />
    </SessionContext.Provider>
  );
}

function Board() {
  const { t } = useTranslation();
  const { info, content } = useSession();
  const tracker = useTrackerState(content);
  const linkState = connectionStatus(tracker);
  const flow = useFlowSteps();
  return (
    <div className="board" data-testid="board-view">
      <header className="board__header">
        <div className="board__heading">
          <h1 className="board__title" data-testid="workshop-title">{info.title}</h1>
          <StepBanner />
        </div>
        <BoardJoin joinCode={info.joinCode} />
      </header>
      {tracker.refusedWith !== null && <ClosedNotice code={tracker.refusedWith} joinHref={paths.join(info.joinCode)} />}
      <p className={`board__connection is-${linkState}`} data-testid="connection-status" data-state={linkState}>
        {t(`status.connection.${linkState}`)}
      </p>
      <div className="board__body">
        <section className="board__stage" aria-label={t('board.stage')}>
          <BoardStage />
          {flow.length > 0 && (
            <section className="board__flow">
              <h2>{t('flow.title')}</h2>
              <ServiceFlowChart steps={flow} big />
            </section>
          )}
        </section>
        <aside className="board__notes">
          <h2>{t('notes.title')}</h2>
          <ReadOnlyDocument fragment={content.doc.getXmlFragment(DRAFT_FIELD)} emptyText={t('board.empty')} />
        </aside>
      </div>
    </div>
  );
}
