import { useEffect, useState } from 'react';
import { listVersions, type VersionInfo } from '../../api/charter';

/** GET …/charter/versions, re-read when `refresh` changes (freeze, reopen, a new signature). */
export function useVersions(workshopId: string, token: string, refresh: unknown): { versions: VersionInfo[] | null; error: string | null } {
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` re-runs the request
  useEffect(() => {
    let cancelled = false;
    listVersions(workshopId, token).then(
      (list) => {
        if (cancelled) return;
        setVersions(list);
        setError(null);
      },
      (e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, token, refresh]);
  return { versions, error };
}
