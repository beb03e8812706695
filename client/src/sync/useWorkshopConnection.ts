import { useEffect, useState, useSyncExternalStore } from 'react';
import type { StoredTrackerState } from './storedTracker';
import { WorkshopConnection } from './WorkshopConnection';

/**
 * Opens the sync connection for `room` while the component is mounted. When the server refused
 * this device's changes for good, the connection discards them and a fresh one replaces it
 * (`discardedRefusedChanges` is then true, so the screen can say what happened).
 */
export function useWorkshopConnection(
  room: string | null,
  token: string | null,
  { offline = true, silent = false, ack = true }: { offline?: boolean; silent?: boolean; ack?: boolean } = {},
): WorkshopConnection | null {
  const [connection, setConnection] = useState<WorkshopConnection | null>(null);
  const [discards, setDiscards] = useState(0);
  useEffect(() => {
    if (!room || !token) return;
    const created = new WorkshopConnection({
      room,
      token,
      offline,
      silent,
      ack,
      afterDiscard: discards > 0,
      onDiscarded: () => setDiscards((n) => n + 1),
    });
    setConnection(created);
    return () => {
      created.destroy();
      setConnection(null);
    };
  }, [room, token, offline, silent, ack, discards]);
  return connection;
}

/** The stored tracker's state, re-rendering on every change. */
export function useTrackerState(connection: WorkshopConnection): StoredTrackerState {
  return useSyncExternalStore(connection.subscribe, connection.getState);
}
