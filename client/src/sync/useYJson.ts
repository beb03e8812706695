import { useCallback, useRef, useSyncExternalStore } from 'react';

/** What a shared type (`Y.Map`, `Y.Array`, …) offers to watch it. */
export interface DeepObservable {
  observeDeep(handler: () => void): void;
  unobserveDeep(handler: () => void): void;
}

/**
 * A plain snapshot of a shared type, re-read after any deep change. Reading only: writes go
 * through `actions/`.
 */
export function useYJson<S extends DeepObservable, T>(type: S | null, read: (type: S) => T, empty: T): T {
  const cache = useRef<{ type: unknown; value: T; stale: boolean }>({ type: null, value: empty, stale: true });
  const readRef = useRef(read);
  readRef.current = read;
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!type) return () => {};
      const handler = () => {
        cache.current.stale = true;
        onChange();
      };
      type.observeDeep(handler);
      return () => type.unobserveDeep(handler);
    },
    [type],
  );
  const snapshot = useCallback(() => {
    const c = cache.current;
    if (c.type !== type || c.stale) cache.current = { type, value: type ? readRef.current(type) : empty, stale: false };
    return cache.current.value;
  }, [type, empty]);
  return useSyncExternalStore(subscribe, snapshot);
}
