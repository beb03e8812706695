import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/http';
import { adoptTokenFromUrl, readToken, type TokenSlot } from '../api/tokens';
import type { WorkshopInfo } from '../api/types';
import { loadWorkshop, readCachedWorkshop } from '../api/workshop';

export interface WorkshopLoad {
  token: string | null;
  /** The workshop, possibly from the offline cache; null while loading or after a refusal. */
  info: WorkshopInfo | null;
  /** The server could not be reached and `info` is the copy saved on this device. */
  offlineCopy: boolean;
  error: ApiError | null;
  retry: () => void;
}

/**
 * Token (from the URL fragment or storage) plus GET /api/workshops/:id. Renders from the
 * cached copy at once and replaces it with the server's answer when that arrives.
 * The board slot falls back to the member token so a facilitator can open /b/<id> directly.
 */
export function useWorkshop(workshopId: string, slot: TokenSlot = 'member'): WorkshopLoad {
  const [token] = useState(() => adoptTokenFromUrl(workshopId, slot) ?? (slot === 'board' ? readToken(workshopId) : null));
  const [info, setInfo] = useState<WorkshopInfo | null>(() => (token ? readCachedWorkshop(workshopId) : null));
  const [offlineCopy, setOfflineCopy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request on retry
  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    loadWorkshop(workshopId, token).then(
      (loaded) => {
        if (cancelled) return;
        setInfo(loaded.info);
        setOfflineCopy(loaded.fromCache);
        setError(null);
      },
      (failure: unknown) => {
        if (cancelled) return;
        const apiError = failure instanceof ApiError ? failure : new ApiError(0, 'unknown', String(failure));
        if (!apiError.isNetwork) setInfo(null); // refused: do not keep showing the cached copy
        setError(apiError);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, token, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { token, info, offlineCopy, error: info ? null : error, retry };
}
