import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readDecisions } from '../../../shared/state/decisionsDoc';
import type { PublicWorkshopState } from '../../../shared/state/projection';

/**
 * The decisions projection (`readDecisions`) of a read-only document, re-read after every
 * update. The snapshot is cached per update so React sees a stable value between changes.
 */
export function useDecisions(doc: Y.Doc | null): PublicWorkshopState | null {
  const cache = useRef<{ doc: Y.Doc | null; value: PublicWorkshopState | null; stale: boolean }>({ doc: null, value: null, stale: true });
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!doc) return () => {};
      const handler = () => {
        cache.current.stale = true;
        onChange();
      };
      doc.on('update', handler);
      return () => doc.off('update', handler);
    },
    [doc],
  );
  const snapshot = useCallback(() => {
    const c = cache.current;
    if (c.doc !== doc || c.stale) {
      cache.current = { doc, value: doc ? readDecisions(doc) : null, stale: false };
    }
    return cache.current.value;
  }, [doc]);
  return useSyncExternalStore(subscribe, snapshot);
}
