import { useEffect, useState, useSyncExternalStore } from 'react';
import type { StoredTrackerState } from './storedTracker';
import { WorkshopConnection } from './WorkshopConnection';

/** Opens the sync connection for `room` while the component is mounted. */
export function useWorkshopConnection(
  room: string | null,
  token: string | null,
  { offline = true, silent = false, ack = true }: { offline?: boolean; silent?: boolean; ack?: boolean } = {},
): WorkshopConnection | null {
  const [connection, setConnection] = useState<WorkshopConnection | null>(null);
  useEffect(() => {
    if (!room || !token) return;
    const created = new WorkshopConnection({ room, token, offline, silent, ack });
    setConnection(created);
    return () => {
      created.destroy();
      setConnection(null);
    };
  }, [room, token, offline, silent, ack]);
  return connection;
}

/** The stored tracker's state, re-rendering on every change. */
export function useTrackerState(connection: WorkshopConnection): StoredTrackerState {
  return useSyncExternalStore(connection.subscribe, connection.getState);
}
