/**
 * Pure state machine behind the "saved on the server" indicator. It knows nothing about
 * sockets, Yjs or React: `bindStoredTracker.ts` feeds it events, the UI renders `status`.
 *
 * Protocol facts it relies on (shared/protocol/messages.ts, `MessageType.stored`):
 * - with `?ack=1` the server sends `stored N`: the first N document-changing sync frames
 *   (step 2 or update) this client sent *on this connection* are durably stored;
 * - the server sends its step 1 as soon as the socket opens, so our step 2 (which carries every
 *   local change the server lacks, including offline edits) goes out before we become `synced`.
 * Hence: connected + synced + every counted frame acked + no change waiting for a frame = saved.
 */

/** `data-state` of the status bar; also what tests assert on. */
export type StoredStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'connecting';
export type ConnectionStatus = 'connected' | 'connecting' | 'offline';

export interface StoredTrackerState {
  /** Transport state as the provider reports it. */
  socket: 'none' | 'connecting' | 'open';
  /** The provider received the server's step 2 on the current connection. */
  synced: boolean;
  /** Counted frames (sync step 2 / update) sent on the current connection. */
  sent: number;
  /** Highest `stored N` received on the current connection. */
  acked: number;
  /** A local change happened and no counted frame has been sent since. */
  uncovered: boolean;
  /** Local changes exist that no server has acknowledged; persisted across reloads. */
  dirty: boolean;
  /** Browser reports network access (`navigator.onLine`). */
  online: boolean;
  /** Connections closed in a row without ever syncing. */
  failedAttempts: number;
  /** The server refused us for good (close code 4400-4499); no more reconnects. */
  refusedWith: number | null;
}

/** After this many failed attempts in a row we say "offline" instead of "reconnecting". */
export const FAILED_ATTEMPTS_BEFORE_OFFLINE = 2;

export function initialTrackerState(dirty: boolean, online = true): StoredTrackerState {
  return {
    socket: 'none',
    synced: false,
    sent: 0,
    acked: 0,
    uncovered: false,
    dirty,
    online,
    failedAttempts: 0,
    refusedWith: null,
  };
}

export type TrackerEvent =
  /** A new socket was created (first attempt or a reconnect); counters start again. */
  | { type: 'socketCreated' }
  | { type: 'socketOpened' }
  | { type: 'synced'; synced: boolean }
  /** A sync step 2 or update frame left on the current socket. */
  | { type: 'frameSent' }
  /** The server's `stored N` on the current socket. */
  | { type: 'stored'; count: number }
  /** The document changed because of this client (typing, offline replay), not the server. */
  | { type: 'localChange' }
  /** The socket closed; `refused` when the close code forbids reconnecting. */
  | { type: 'socketClosed'; code: number | null; refused: boolean }
  | { type: 'network'; online: boolean };

export function reduceTracker(state: StoredTrackerState, event: TrackerEvent): StoredTrackerState {
  return settle(apply(state, event));
}

function apply(s: StoredTrackerState, event: TrackerEvent): StoredTrackerState {
  switch (event.type) {
    case 'socketCreated':
      return { ...s, socket: 'connecting', synced: false, sent: 0, acked: 0, refusedWith: null };
    case 'socketOpened':
      return { ...s, socket: 'open' };
    case 'synced':
      return event.synced
        ? { ...s, synced: true, failedAttempts: 0 }
        : { ...s, synced: false };
    case 'frameSent':
      return { ...s, sent: s.sent + 1, uncovered: false };
    case 'stored':
      // Acks only grow; a smaller N (reordering cannot happen on one socket) is ignored.
      return { ...s, acked: Math.max(s.acked, event.count) };
    case 'localChange':
      return { ...s, dirty: true, uncovered: true };
    case 'socketClosed':
      return {
        ...s,
        socket: 'none',
        synced: false,
        sent: 0,
        acked: 0,
        failedAttempts: s.synced ? 0 : s.failedAttempts + 1,
        refusedWith: event.refused ? event.code : null,
      };
    case 'network':
      return { ...s, online: event.online };
  }
}

/** Clears `dirty` once everything this client ever changed is acknowledged. */
function settle(s: StoredTrackerState): StoredTrackerState {
  if (s.dirty && isFullyAcked(s)) return { ...s, dirty: false };
  return s;
}

function isFullyAcked(s: StoredTrackerState): boolean {
  return s.socket === 'open' && s.synced && !s.uncovered && s.acked >= s.sent;
}

export function connectionStatus(s: StoredTrackerState): ConnectionStatus {
  if (s.socket === 'open') return 'connected';
  if (s.refusedWith !== null || !s.online) return 'offline';
  if (s.failedAttempts >= FAILED_ATTEMPTS_BEFORE_OFFLINE) return 'offline';
  return 'connecting';
}

export function storedStatus(s: StoredTrackerState): StoredStatus {
  const connection = connectionStatus(s);
  if (connection === 'connected') {
    if (s.synced && isFullyAcked(s) && !s.dirty) return 'saved';
    return s.dirty || s.synced ? 'saving' : 'connecting';
  }
  if (s.dirty) return 'unsaved';
  return connection;
}
