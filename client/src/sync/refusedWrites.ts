/**
 * What to do when the server refuses this device's changes to a document for good (close 4403
 * after a y-protocols/auth "permission denied": a read-only socket tried to write, e.g. edits
 * made offline before a freeze, or typed while it happened).
 *
 * The refused changes live in the in-memory document and its IndexedDB copy, and y-websocket's
 * sync step 2 would send them on every later connection, so each reload would be refused again
 * and the screen would stop following the room. They cannot be merged later either: a frozen
 * text is what gets signed. So the client drops its local copy, resyncs the document read-only
 * from the server, and says so plainly. Pure, so the decision is unit-tested; the wiring is in
 * WorkshopConnection and useWorkshopConnection.
 */
import { CloseCode } from '../../../shared/protocol';

export interface RefusedCloseFacts {
  /** The close code, or null when the socket closed without one. */
  code: number | null;
  /** The server said "permission denied" on this socket before closing it. */
  permissionDenied: boolean;
  /**
   * This connection was opened to resync after a discard and has not synced since: a second
   * refusal now cannot be about our old changes, so discarding again would only loop.
   */
  resyncingAfterDiscard: boolean;
}

export type RefusedCloseVerdict = 'discard_and_resync' | 'keep';

export function verdictOnClose(facts: RefusedCloseFacts): RefusedCloseVerdict {
  // Only a refused write carries the "permission denied" message; a token refused at connect
  // time (also 4403) has no changes of ours to blame, and other codes keep edits for a retry.
  if (facts.code !== CloseCode.forbidden || !facts.permissionDenied) return 'keep';
  return facts.resyncingAfterDiscard ? 'keep' : 'discard_and_resync';
}
