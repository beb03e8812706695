import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { readDecisions } from '../../../shared/state/decisionsDoc';
import type { PublicWorkshopState } from '../../../shared/state/projection';
import { updateCount } from './updateCount';

/**
 * The decisions projection (`readDecisions`) of a read-only document, re-read after updates.
 *
 * A change re-renders in a task of its own, after the Yjs update, not inside it: the first
 * sync of a long workshop applies the whole document in one task, and with
 * `useSyncExternalStore` (always synchronous) the whole screen rendered in that same task, one
 * long task for both on a phone; updates that arrive together now render once. (A transition,
 * rendering in slices, cut the blocking time further on a busy machine but moved the largest
 * paint later in Lighthouse on a quiet one: docs/performance.md.) Nobody types into this
 * document (the server alone writes it), so no input waits for it.
 */
export function useDecisions(doc: Y.Doc | null): PublicWorkshopState | null {
  const [, setTick] = useState(0);
  // Read at render: a render for any reason shows the document as it is now.
  const seen = doc ? updateCount(doc) : 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `seen` changes with the document
  const value = useMemo(() => (doc ? readDecisions(doc) : null), [doc, seen]);
  const rendered = useRef(seen);
  rendered.current = seen;
  useLayoutEffect(() => {
    if (!doc) return;
    const changed = () => setTick((n) => n + 1);
    doc.on('update', changed);
    // An update between the render and this subscription.
    if (updateCount(doc) !== rendered.current) changed();
    return () => doc.off('update', changed);
  }, [doc]);
  return value;
}
