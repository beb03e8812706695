import { useTranslation } from 'react-i18next';
import {
  type ConnectionStatus,
  connectionStatus,
  type StoredStatus,
  type StoredTrackerState,
  storedStatus,
} from '../../sync/storedTracker';

const CONNECTION_ICON: Record<ConnectionStatus, string> = { connected: '●', connecting: '◌', offline: '○' };
const STORAGE_ICON: Record<StoredStatus, string> = {
  saved: '✓',
  saving: '↻',
  unsaved: '!',
  offline: '–',
  connecting: '…',
};

const STORAGE_TEXT = {
  saved: 'status.storage.saved',
  saving: 'status.storage.saving',
  unsaved: 'status.storage.unsaved',
  offline: 'status.storage.nothingPending',
  connecting: 'status.storage.waiting',
} as const satisfies Record<StoredStatus, string>;

/**
 * Connection and storage state, each as an icon plus words (never colour alone).
 * `data-state` is the combined StoredStatus that tests assert on.
 */
export function SyncStatusBar({ state }: { state: StoredTrackerState }) {
  const { t } = useTranslation();
  const connection = connectionStatus(state);
  const stored = storedStatus(state);
  const storageText = t(STORAGE_TEXT[stored]);
  return (
    <section
      className="sync-status"
      data-testid="sync-status"
      data-state={stored}
      data-connection={connection}
      aria-label={t('status.label')}
    >
      <p className={`sync-status__item sync-status__connection is-${connection}`} data-testid="connection-status">
        <span className="sync-status__icon" aria-hidden="true">
          {CONNECTION_ICON[connection]}
        </span>
        {t(`status.connection.${connection}`)}
      </p>
      <p className={`sync-status__item sync-status__storage is-${stored}`} role="status" data-testid="storage-status">
        <span className="sync-status__icon" aria-hidden="true">
          {STORAGE_ICON[stored]}
        </span>
        {storageText}
      </p>
    </section>
  );
}
