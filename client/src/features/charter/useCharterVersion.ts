import { useCallback, useEffect, useState } from 'react';
import { canonicalHash } from '../../../../shared/charter/canonical';
import { loadVersion, type VersionView } from '../../api/charter';
import { ApiError } from '../../api/http';

export interface CharterVersionLoad {
  view: VersionView | null;
  /** This browser's own SHA-256 of the charter it shows equals the version's (and the expected) hash. */
  hashOk: boolean | null;
  error: ApiError | null;
  retry: () => void;
}

/**
 * GET …/charter/versions/:n, re-read whenever `refresh` changes (e.g. a new signature arrived in
 * the decisions document). The charter is hashed here, so what is shown is what is signed.
 */
export function useCharterVersion(workshopId: string, token: string, version: number | null, expectedSha256: string | undefined, refresh: unknown): CharterVersionLoad {
  const [view, setView] = useState<VersionView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` and `attempt` re-run the request
  useEffect(() => {
    if (version === null) return;
    let cancelled = false;
    loadVersion(workshopId, token, version).then(
      (loaded) => {
        if (cancelled) return;
        setView(loaded);
        setError(null);
      },
      (e: unknown) => {
        if (!cancelled) setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, token, version, refresh, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = view && view.version === version ? view : null;
  const hashOk = current ? canonicalHash(current.charter) === current.sha256 && (!expectedSha256 || expectedSha256 === current.sha256) : null;
  return { view: current, hashOk, error, retry };
}
