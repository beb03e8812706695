import { useEffect, useState } from 'react';
import { serverNow } from '../../sync/serverClock';

/** The current time in server time (see serverClock), refreshed every `intervalMs` (default 1 s) while mounted. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
