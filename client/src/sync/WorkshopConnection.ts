import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ACK_QUERY_PARAM, MessageType, TOKEN_QUERY_PARAM } from '../../../shared/protocol';
import { reconnectDelay } from './backoff';
import { countingWebSocketClass } from './CountingWebSocket';
import {
  initialTrackerState,
  reduceTracker,
  type StoredTrackerState,
  type TrackerEvent,
} from './storedTracker';
import { verdictOnClose } from './refusedWrites';
import { readUnsavedFlag, writeUnsavedFlag } from './unsavedFlag';
import * as decoding from 'lib0/decoding';

export interface WorkshopConnectionOptions {
  /** Room name on `/sync/<room>` (shared/protocol/rooms.ts). */
  room: string;
  token: string;
  /** Keep a local copy in IndexedDB so the document opens offline. Default true. */
  offline?: boolean;
  /** Longest wait for IndexedDB before connecting anyway, in ms. Default 2000. */
  offlineLoadTimeoutMs?: number;
  /** Publish no presence (the board): others do not list this client. Default false. */
  silent?: boolean;
  /**
   * Ask for `stored` acknowledgements (`?ack=1`). Default true; the read-only decisions room
   * has nothing of ours to store, so it connects without.
   */
  ack?: boolean;
  /** This connection replaces one whose refused changes were just discarded (see refusedWrites). */
  afterDiscard?: boolean;
  /** Called once the refused local changes are gone: open a fresh connection to resync. */
  onDiscarded?: () => void;
}

/** Longest wait for IndexedDB to delete the offline copy (another tab may hold it open). */
const CLEAR_OFFLINE_COPY_TIMEOUT_MS = 2000;

/**
 * One Yjs document synced to `/sync/<room>` with stored-acks, plus its offline copy. Owns the
 * stored tracker and exposes it as a tiny external store for `useSyncExternalStore`.
 */
export class WorkshopConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly persistence: IndexeddbPersistence | null;
  private state: StoredTrackerState;
  private readonly listeners = new Set<() => void>();
  private currentSocket: WebSocket | null = null;
  private destroyed = false;
  /** The server said "permission denied" on the current socket. */
  private permissionDenied = false;
  /** Still resyncing after a discard: set from the options, cleared by the first sync. */
  private resyncingAfterDiscard: boolean;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly options: WorkshopConnectionOptions) {
    const { room, token } = options;
    const online = typeof navigator === 'undefined' ? true : navigator.onLine;
    this.resyncingAfterDiscard = options.afterDiscard === true;
    this.state = initialTrackerState(readUnsavedFlag(room), online);

    this.persistence = options.offline === false ? null : new IndexeddbPersistence(`mufakat:${room}`, this.doc);
    // Registered before the provider exists; 'afterTransaction' fires before 'update', so the
    // change is recorded before the provider sends its frame.
    const onTransaction = (tr: Y.Transaction) => {
      if (tr.origin === this.provider || tr.origin === this.persistence) return;
      if (changedSomething(tr)) this.dispatch({ type: 'localChange' });
    };
    this.doc.on('afterTransaction', onTransaction);

    const wsProto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.provider = new WebsocketProvider(`${wsProto}//${location.host}/sync`, room, this.doc, {
      connect: false,
      params: { [TOKEN_QUERY_PARAM]: token, ...(options.ack === false ? {} : { [ACK_QUERY_PARAM]: '1' }) },
      WebSocketPolyfill: countingWebSocketClass({
        created: (socket) => {
          this.currentSocket = socket;
          this.permissionDenied = false;
          this.dispatch({ type: 'socketCreated' });
        },
        docFrameSent: (socket) => {
          if (socket === this.currentSocket) this.dispatch({ type: 'frameSent' });
        },
      }),
    });
    // The handler only reads: writing to the encoder would send a reply frame.
    this.provider.messageHandlers[MessageType.stored] = (_encoder, decoder) => {
      this.dispatch({ type: 'stored', count: decoding.readVarUint(decoder) });
    };
    // The server sends y-protocols/auth "permission denied" right before closing a socket that
    // tried to write without the right to; remember it, then let the stock handler log it.
    const onAuth = this.provider.messageHandlers[MessageType.auth];
    this.provider.messageHandlers[MessageType.auth] = (...args) => {
      this.permissionDenied = true;
      onAuth?.(...args);
    };
    if (options.silent) this.provider.awareness.setLocalState(null);
    this.listenToProvider();
    this.listenToNetwork();
    this.connectAfterOfflineCopy();
  }

  getState = (): StoredTrackerState => this.state;

  /** Whether this connection was opened after refused local changes were discarded. */
  get discardedRefusedChanges(): boolean {
    return this.options.afterDiscard === true;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.destroyed = true;
    for (const cleanup of this.cleanups) cleanup();
    this.provider.destroy();
    this.doc.destroy(); // also destroys the IndexedDB persistence
    this.listeners.clear();
  }

  private dispatch(event: TrackerEvent): void {
    if (this.destroyed) return;
    const next = reduceTracker(this.state, event);
    if (next === this.state) return;
    if (next.dirty !== this.state.dirty) writeUnsavedFlag(this.options.room, next.dirty);
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private listenToProvider(): void {
    const p = this.provider;
    p.on('status', ({ status }) => {
      if (status === 'connected') this.dispatch({ type: 'socketOpened' });
    });
    p.on('sync', (synced: boolean) => {
      if (synced) this.resyncingAfterDiscard = false;
      this.dispatch({ type: 'synced', synced });
    });
    p.on('connection-close', (event) => {
      this.currentSocket = null;
      // The provider waits min(100 ms × 2^attempts, maxBackoffTime) after this event and counts
      // the attempt afterwards; a cap at or below its step is the wait itself, so it jitters.
      p.maxBackoffTime = reconnectDelay(p.wsUnsuccessfulReconnects + 1);
      const refused = event !== null && !p.shouldReconnect(event, p);
      this.dispatch({ type: 'socketClosed', code: event?.code ?? null, refused });
      const verdict = verdictOnClose({
        code: event?.code ?? null,
        permissionDenied: this.permissionDenied,
        resyncingAfterDiscard: this.resyncingAfterDiscard,
      });
      if (verdict === 'discard_and_resync') void this.discardLocalChanges();
    });
  }

  /**
   * Forgets every local change the server has not stored: the offline copy (so a reload cannot
   * replay it) and the "unsaved" flag. The in-memory document still holds them, so the owner
   * opens a fresh connection (`onDiscarded`), which syncs the server's version read-only.
   */
  private async discardLocalChanges(): Promise<void> {
    const room = this.options.room;
    writeUnsavedFlag(room, false);
    if (this.persistence) {
      const name = this.persistence.name;
      const cleared = this.persistence.destroy().then(() => clearDocument(name));
      const timeout = new Promise((resolve) => setTimeout(resolve, CLEAR_OFFLINE_COPY_TIMEOUT_MS));
      await Promise.race([cleared, timeout]).catch(() => undefined);
    }
    writeUnsavedFlag(room, false);
    if (!this.destroyed) this.options.onDiscarded?.();
  }

  /**
   * The browser's offline event is our best early signal: a socket on dead Wi-Fi can stay
   * "open" for a long time (y-websocket's own watchdog waits 30 s), during which edits would
   * read as "saving" instead of "unsaved". So drop the socket at once and reconnect when the
   * network returns, unless the server refused us for good.
   */
  private listenToNetwork(): void {
    let pausedForOffline = false;
    const onOffline = () => {
      this.dispatch({ type: 'network', online: false });
      if (this.provider.shouldConnect) {
        pausedForOffline = true;
        this.provider.disconnect();
      }
    };
    const onOnline = () => {
      this.dispatch({ type: 'network', online: true });
      if (pausedForOffline && this.state.refusedWith === null) this.provider.connect();
      pausedForOffline = false;
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    this.cleanups.push(() => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    });
  }

  /**
   * Connect only once the IndexedDB copy is loaded, so our first step 2 already carries the
   * edits made offline in an earlier session. Broken IndexedDB (private mode) must not keep us
   * offline, hence the timeout.
   */
  private connectAfterOfflineCopy(): void {
    const timeout = this.options.offlineLoadTimeoutMs ?? 2000;
    const loaded = this.persistence ? this.persistence.whenSynced : Promise.resolve();
    const timer = new Promise((resolve) => setTimeout(resolve, timeout));
    Promise.race([loaded, timer]).then(
      () => {
        if (!this.destroyed) this.provider.connect();
      },
      () => {
        if (!this.destroyed) this.provider.connect();
      },
    );
  }
}

/** Same test Yjs uses before emitting 'update': new structs or deletions. */
function changedSomething(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of tr.afterState) {
    if (tr.beforeState.get(client) !== clock) return true;
  }
  return false;
}
