import { useTranslation } from 'react-i18next';
import { ClosedNotice } from '../features/syncStatus/ClosedNotice';
import { DiscardedNotice } from '../features/syncStatus/DiscardedNotice';
import { SyncStatusBar } from '../features/syncStatus/SyncStatusBar';
import { paths } from '../router/routes';
import { useSession } from '../session/Session';
import { useTrackerState } from '../sync/useWorkshopConnection';

/** What is and is not stored on the server, the offline copy notice, refused changes, a refused connection. */
export function WorkshopStatus({ offlineCopy }: { offlineCopy: boolean }) {
  const { t } = useTranslation();
  const { content, info } = useSession();
  const state = useTrackerState(content);
  return (
    <>
      <SyncStatusBar state={state} />
      {offlineCopy && (
        <p className="notice notice--info" data-testid="offline-copy">
          {t('workshop.fromCache')}
        </p>
      )}
      {content.discardedRefusedChanges && <DiscardedNotice />}
      {state.refusedWith !== null && <ClosedNotice code={state.refusedWith} joinHref={paths.join(info.joinCode)} />}
    </>
  );
}
