import { useCallback, useEffect, useState } from 'react';
import { fetchJson } from '../../api/http';
import { readToken } from '../../api/tokens';
import { type DotLedger, readLedger, reconcile, withDot, writeLedger } from './myDots';

/**
 * This author's dots in a round. The server is the truth (`GET …/rounds/:id/mine`, read on
 * open and after every change, so a second device or a reload shows the same dots); the
 * localStorage ledger (myDots.ts) covers the moments the server cannot be reached.
 */
export function useMyDots(workshopId: string, roundId: string | undefined, participantId: string) {
  const [ledger, setLedger] = useState<DotLedger>(() => (roundId ? readLedger(workshopId, roundId, participantId) : {}));
  const store = useCallback(
    (value: DotLedger) => {
      if (roundId) writeLedger(workshopId, roundId, participantId, value);
      setLedger(value);
    },
    [workshopId, roundId, participantId],
  );
  const refresh = useCallback(async () => {
    const token = readToken(workshopId);
    if (!roundId || !token) return;
    try {
      const mine = await fetchJson<{ myDots: DotLedger }>(
        `/api/workshops/${workshopId}/rounds/${encodeURIComponent(roundId)}/mine?for=${encodeURIComponent(participantId)}`,
        { headers: { Authorization: `Bearer ${token}` } },
      );
      store(mine.myDots);
    } catch {
      // Offline or not allowed: keep the local ledger.
    }
  }, [workshopId, roundId, participantId, store]);
  useEffect(() => {
    setLedger(roundId ? readLedger(workshopId, roundId, participantId) : {});
    void refresh();
  }, [workshopId, roundId, participantId, refresh]);
  const update = useCallback(
    (next: (l: DotLedger) => DotLedger) =>
      setLedger((current) => {
        const value = next(current);
        if (roundId) writeLedger(workshopId, roundId, participantId, value);
        return value;
      }),
    [workshopId, roundId, participantId],
  );
  const applied = useCallback(
    (optionId: string, delta: 1 | -1) => {
      update((l) => withDot(l, optionId, delta));
      void refresh();
    },
    [update, refresh],
  );
  const refused = useCallback(
    (optionId: string, code: string) => {
      update((l) => reconcile(l, optionId, code));
      void refresh();
    },
    [update, refresh],
  );
  return { ledger, applied, refused };
}
