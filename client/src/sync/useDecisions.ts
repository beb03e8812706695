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
  // The document's update count as of the last render this hook asked for. A render for another
  // reason (a sync-status change inside the same socket frame) still shows this version, so the
  // screen never renders from the decisions inside the frame that brought them.
  const [version, setVersion] = useState(() => (doc ? updateCount(doc) : 0));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes with the document
  const value = useMemo(() => (doc ? readDecisions(doc) : null), [doc, version]);
  const rendered = useRef(version);
  rendered.current = version;
  useLayoutEffect(() => {
    if (!doc) return;
    // A task of its own (a message, not a timer: timers are slowed in a background tab), once for
    // every update that arrives before it runs.
    const channel = new MessageChannel();
    let pending = false;
    channel.port1.onmessage = () => {
      pending = false;
      setVersion(updateCount(doc));
    };
    const changed = () => {
      if (pending) return;
      pending = true;
      channel.port2.postMessage(null);
    };
    doc.on('update', changed);
    // An update between the render and this subscription.
    if (updateCount(doc) !== rendered.current) changed();
    return () => {
      doc.off('update', changed);
      channel.port1.close();
    };
  }, [doc]);
  return value;
}
