import { useCallback, useEffect, useState } from 'react';
import { type DotLedger, readLedger, reconcile, withDot, writeLedger } from './myDots';

/** This author's dots in a round (see myDots.ts for why the client keeps them). */
export function useMyDots(workshopId: string, roundId: string | undefined, participantId: string) {
  const [ledger, setLedger] = useState<DotLedger>(() => (roundId ? readLedger(workshopId, roundId, participantId) : {}));
  useEffect(() => {
    setLedger(roundId ? readLedger(workshopId, roundId, participantId) : {});
  }, [workshopId, roundId, participantId]);
  const update = useCallback(
    (next: (l: DotLedger) => DotLedger) =>
      setLedger((current) => {
        const value = next(current);
        if (roundId) writeLedger(workshopId, roundId, participantId, value);
        return value;
      }),
    [workshopId, roundId, participantId],
  );
  const applied = useCallback((optionId: string, delta: 1 | -1) => update((l) => withDot(l, optionId, delta)), [update]);
  const refused = useCallback((optionId: string, code: string) => update((l) => reconcile(l, optionId, code)), [update]);
  return { ledger, applied, refused };
}
