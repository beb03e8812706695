import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopInfo } from '../api/types';
import { CollaborativeEditor } from '../features/editor/CollaborativeEditor';
import { colourFor } from '../features/editor/userColour';
import { OnlineList } from '../features/presence/OnlineList';
import { ClosedNotice } from '../features/syncStatus/ClosedNotice';
import { SyncStatusBar } from '../features/syncStatus/SyncStatusBar';
import { paths } from '../router/routes';
import { useTrackerState } from '../sync/useWorkshopConnection';
import type { WorkshopConnection } from '../sync/WorkshopConnection';

/** Status bar, refusal notice, the shared editor and who is online: participant and facilitator. */
export function DraftWorkspace({
  connection,
  info,
  offlineCopy,
}: {
  connection: WorkshopConnection;
  info: WorkshopInfo;
  offlineCopy: boolean;
}) {
  const { t } = useTranslation();
  const state = useTrackerState(connection);
  const { name, participantId } = info.me;
  const user = useMemo(() => ({ name, color: colourFor(participantId) }), [name, participantId]);
  return (
    <div className="workspace">
      <SyncStatusBar state={state} />
      {offlineCopy && (
        <p className="notice notice--info" data-testid="offline-copy">
          {t('workshop.fromCache')}
        </p>
      )}
      {state.refusedWith !== null && <ClosedNotice code={state.refusedWith} joinHref={paths.join(info.joinCode)} />}
      <div className="workspace__body">
        <div className="workspace__editor">
          <h2 className="visually-hidden">{t('editor.label')}</h2>
          <CollaborativeEditor connection={connection} user={user} />
        </div>
        <aside className="workspace__side">
          <OnlineList awareness={connection.provider.awareness} />
        </aside>
      </div>
    </div>
  );
}
