import '../i18n/workshopStrings';
import { useTranslation } from 'react-i18next';
import { StepBanner } from '../features/agenda/StepBanner';
import { BoardJoin } from '../features/board/BoardJoin';
import { BoardStage } from '../features/board/BoardStage';
import { FitToStage } from '../features/board/FitToStage';
import { DRAFT_FIELD } from '../features/editor/fields';
import { ReadOnlyDocument } from '../features/editor/ReadOnlyDocument';
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
 * no editor, no presence, no offline copy; the join code is always visible, and everything fits
 * the window (1920x1080 down to 1280x720): long content pages or shrinks, nothing scrolls.
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

/**
 * The connection line and the closed notice follow the sync tracker, which changes several
 * times while the documents load: only they re-render then, not the whole board.
 */
function BoardConnection() {
  const { t } = useTranslation();
  const { content } = useSession();
  const linkState = connectionStatus(useTrackerState(content));
  return (
    <p className={`board__connection is-${linkState}`} data-testid="connection-status" data-state={linkState}>
      {t(`status.connection.${linkState}`)}
    </p>
  );
}

function BoardClosedNotice() {
  const { content, info } = useSession();
  const tracker = useTrackerState(content);
  return tracker.refusedWith !== null ? <ClosedNotice code={tracker.refusedWith} joinHref={paths.join(info.joinCode)} /> : null;
}

/** Steps in which people are still arriving: the join header stays large. */
const JOINING_METHODS: ReadonlySet<string> = new Set(['promotion']);

function Board() {
  const { t } = useTranslation();
  const { info, content, step, state } = useSession();
  // The header's size and the stage follow the decisions (the step, the focus, the freeze):
  // drawn before they arrive, the whole wall would move a moment later (on a narrow window
  // the step's name pushes everything down). A refused connection still says so.
  if (!state) {
    return (
      <>
        <BoardClosedNotice />
        <Loading />
      </>
    );
  }
  const joining = !step || JOINING_METHODS.has(step.method);
  return (
    <div className={`board${joining ? ' board--joining' : ''}`} data-testid="board-view">
      <header className="board__header">
        <div className="board__heading">
          <h1 className="board__title" data-testid="workshop-title">{info.title}</h1>
          <StepBanner />
        </div>
        <BoardConnection />
        <BoardJoin joinCode={info.joinCode} compact={!joining} />
      </header>
      <BoardClosedNotice />
      <div className="board__body">
        <section className="board__stage" aria-label={t('board.stage')} data-testid="board-stage">
          <BoardStage />
        </section>
        <aside className="board__notes" aria-label={t('notes.title')}>
          <FitToStage>
            <h2>{t('notes.title')}</h2>
            <ReadOnlyDocument fragment={content.doc.getXmlFragment(DRAFT_FIELD)} emptyText={t('board.empty')} />
          </FitToStage>
        </aside>
      </div>
    </div>
  );
}
