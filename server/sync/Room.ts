/**
 * A loaded Yjs document with its sockets. The write path keeps "durable before visible":
 *
 *   message -> Y.applyUpdate (in memory) -> queued -> one storage transaction per batch
 *           -> broadcast to the other sockets, `stored` acks, deferred sync step 2 replies
 *
 * On a server, the batches of every room with updates in one event-loop turn share that
 * transaction (FlushScheduler, Storage.groupCommit); each room still broadcasts only after it
 * has committed.
 *
 * Nothing reaches another client (neither a broadcast nor a joiner's step 2) before the
 * batch that contains it is stored. If storing fails, the room closes every socket (4500)
 * and drops its memory: clients keep their edits and re-send them on reconnect.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode, parseRoomName } from '../../shared/protocol';
import { CONTENT_SCHEMA_VERSION } from '../../shared/schema/contentDoc';
import { recordedContentVersion, upgradeContentDoc } from '../../shared/schema/contentUpgrade';
import { type Bus, LocalBus } from '../cluster/Bus';
import { BusKind, encodeBusMessage, roomChannel } from '../cluster/messages';
import type { Logger } from '../log';
import type { Storage } from '../storage/Storage';
import { PresenceOwners } from './awarenessGuard';
import type { Connection } from './Connection';
import type { FlushScheduler } from './FlushScheduler';
import { PresenceBatcher } from './PresenceBatcher';
import { prepareFrame, storedMessage, syncStep2Message, syncUpdateMessage } from './encoding';
import { NewerDocument } from './errors';

/** Transaction origins, so every change says where it came from. */
export const ORIGIN_STORAGE = Symbol('storage');
export const ORIGIN_SERVER = Symbol('server');
/** Changes another server node stored and announced over the bus. */
export const ORIGIN_REMOTE = Symbol('remote');

interface QueueEntry {
  update?: Uint8Array;
  origin?: Connection;
  /** A `stored` ack for this socket, covering its first `ackCount` document messages. */
  ack?: Connection;
  ackCount?: number;
  /** Runs once everything queued before it is stored. */
  after?: () => void;
}

export interface RoomOptions {
  compactAfterUpdates: number;
  /** See Config.maxDocBytes. */
  maxDocBytes: number;
  /** See Config.maxAwarenessStateBytes. */
  maxAwarenessStateBytes: number;
  /** See Config.presenceIntervalMs. */
  presenceIntervalMs: number;
  /** Other server nodes; LocalBus when there are none. */
  bus?: Bus;
  /** The server's group commit; without it the room schedules its own flushes. */
  flushScheduler?: FlushScheduler;
  /** See Config.editHoldMs; 0 or absent: never hold. */
  editHoldMs?: number;
}

/** Rooms with at least this many sockets hold edits for `editHoldMs` (when it is set). */
export const EDIT_HOLD_MIN_SOCKETS = 100;

export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly conns = new Set<Connection>();
  /** Which socket introduced each awareness client id (see awarenessGuard.ts). */
  readonly awarenessOwners = new PresenceOwners();
  /** Approximate stored size: the snapshot plus the updates since, as they were accepted. */
  docBytes: number;
  private queue: QueueEntry[] = [];
  private flushScheduled = false;
  /** The running edit hold (Config.editHoldMs), if any. */
  private holdTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private updatesSinceSnapshot: number;
  /** Sequence number of the last update stored for this document (Storage.appendUpdates). */
  private lastStoredSeq: number;
  private compacting: Promise<void> | null = null;
  private failed = false;
  destroyed = false;
  private readonly bus: Bus;
  /** Held-back presence changes (see PresenceBatcher). */
  private readonly presence: PresenceBatcher;
  /** Cached step 2 of the whole document; dropped on every change. */
  private fullStateFrame: Uint8Array | null = null;

  private constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly log: Logger,
    readonly options: RoomOptions,
    doc: Y.Doc,
    storedUpdates: number,
    lastStoredSeq: number,
    storedBytes: number,
  ) {
    this.doc = doc;
    this.docBytes = storedBytes;
    this.bus = options.bus ?? new LocalBus();
    this.updatesSinceSnapshot = storedUpdates;
    this.lastStoredSeq = lastStoredSeq;
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.presence = new PresenceBatcher(this.awareness, options.presenceIntervalMs, () => this.conns.size, (frame) => {
      for (const c of this.conns) c.sendPrepared(frame);
    });
    this.awareness.on('update', this.onAwarenessUpdate);
    doc.on('update', this.onDocUpdate);
  }

  static async load(name: string, storage: Storage, log: Logger, options: RoomOptions): Promise<Room> {
    const started = performance.now();
    const stored = await storage.loadDoc(name);
    const doc = new Y.Doc({ gc: true });
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, ORIGIN_STORAGE);
      for (const u of stored.updates) Y.applyUpdate(doc, u, ORIGIN_STORAGE);
    }, ORIGIN_STORAGE);
    const bytes = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((n, u) => n + u.byteLength, 0);
    const isContent = parseRoomName(name)?.kind === 'content';
    // Refuse a newer layout before the room exists, so nothing is written or served.
    if (isContent) refuseNewerLayout(name, doc, log);
    const room = new Room(name, storage, log, options, doc, stored.updates.length, stored.lastSeq, bytes);
    // An older layout is upgraded through the room, so the change is stored like any server write.
    if (isContent) {
      try {
        room.upgradeLayout();
      } catch (err) {
        await room.unload();
        throw err;
      }
    }
    log.debug('room.loaded', { room: name, updates: stored.updates.length, ms: Math.round(performance.now() - started) });
    return room;
  }

  private upgradeLayout(): void {
    const result = upgradeContentDoc(this.doc, ORIGIN_SERVER);
    if (!result.ok) throw new NewerDocument(`content document ${this.name}: ${result.code}`);
    if (result.from < result.to) this.log.info('room.layout_upgraded', { room: this.name, from: result.from, to: result.to });
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === ORIGIN_STORAGE) return;
    this.fullStateFrame = null;
    this.docBytes += update.byteLength;
    if (origin === ORIGIN_REMOTE) {
      // Stored by the node that accepted it: only make it visible here.
      const frame = prepareFrame(syncUpdateMessage(update));
      for (const c of this.conns) c.sendPrepared(frame);
      return;
    }
    this.enqueue({ update, origin: isConnection(origin, this.conns) ? origin : undefined });
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = added.concat(updated, removed);
    if (isConnection(origin, this.conns)) {
      for (const id of added) origin.awarenessClients.add(id);
      for (const id of removed) origin.awarenessClients.delete(id);
    } else if (origin === ORIGIN_REMOTE) {
      for (const id of added) {
        const participantId = (this.awareness.getStates().get(id) as { user?: { participantId?: unknown } } | undefined)?.user?.participantId;
        if (typeof participantId === 'string') this.awarenessOwners.noteRemote(id, participantId);
      }
    }
    if (origin !== ORIGIN_REMOTE && this.bus.active) {
      const update = this.relaying ?? awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
      this.bus.publish(roomChannel(this.name), encodeBusMessage(this.bus.nodeId, BusKind.awareness, update));
    }
    this.presence.changed(changed);
  };

  /** The checked awareness update being applied, so the bus can reuse its bytes. */
  private relaying: Uint8Array | null = null;

  /** Applies a socket's checked awareness update; it reaches every socket with the next presence frame. */
  applyAwareness(update: Uint8Array, conn: Connection): void {
    this.relaying = update;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
    } finally {
      this.relaying = null;
    }
  }

  /** A message from another node about this room. */
  async applyRemote(kind: number, data: Uint8Array): Promise<void> {
    if (this.destroyed) return;
    if (kind === BusKind.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, data, ORIGIN_REMOTE);
      return;
    }
    if (kind !== BusKind.docUpdate) return;
    const meta = Y.parseUpdateMeta(data);
    for (const [client, from] of meta.from) {
      if (from > Y.getState(this.doc.store, client)) {
        // We missed something (a message lost, or reordered between senders): read it back.
        await this.catchUpFromStorage();
        return;
      }
    }
    Y.applyUpdate(this.doc, data, ORIGIN_REMOTE);
  }

  private async catchUpFromStorage(): Promise<void> {
    const stored = await this.storage.loadDoc(this.name);
    if (this.destroyed) return;
    this.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, ORIGIN_REMOTE);
      for (const u of stored.updates) Y.applyUpdate(this.doc, u, ORIGIN_REMOTE);
    }, ORIGIN_REMOTE);
  }

  /** Queues work behind the writes already queued; `after` runs once they are stored. */
  enqueue(entry: QueueEntry): void {
    if (this.failed) return;
    if (!entry.update && entry.after && this.queue.length === 0 && !this.flushing) {
      entry.after(); // nothing pending: already durable
      return;
    }
    this.queue.push(entry);
    // A hold running flushes everything queued when it ends.
    if (this.holdTimer) return;
    const hold = this.options.editHoldMs ?? 0;
    if (hold > 0 && entry.update && this.conns.size >= EDIT_HOLD_MIN_SOCKETS) {
      this.holdTimer = setTimeout(() => {
        this.holdTimer = null;
        this.scheduleFlush();
      }, hold);
      return;
    }
    this.scheduleFlush();
  }

  /** Flushes at the end of this event-loop turn (with the server's other rooms, if any). */
  private scheduleFlush(): void {
    if (this.options.flushScheduler) {
      this.options.flushScheduler.schedule(this);
      return;
    }
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        void this.flush();
      });
    }
  }

  /**
   * Runs `send` once the in-memory document holds nothing unstored, so what it reads (e.g. a
   * joiner's sync step 2) is durable. With SQLite the queue is always drained by then; with a
   * networked store, writes that arrived during the await push it behind them.
   */
  whenDurable(send: () => void): void {
    const attempt = (): void => {
      if (this.queue.some((e) => e.update)) this.enqueue({ after: attempt });
      else send();
    };
    this.enqueue({ after: attempt });
  }

  /** Acknowledges, once stored and on disk, everything `conn` has sent so far. */
  ackAfterStored(conn: Connection): void {
    if (!conn.wantsAck) return;
    if (this.queue.length === 0 && !this.flushing) {
      this.ackWhenOnDisk(new Map([[conn, conn.receivedUpdates]])); // nothing pending: committed
      return;
    }
    this.enqueue({ ack: conn, ackCount: conn.receivedUpdates });
  }

  /**
   * Sends `stored` acks once what they cover survives power loss (Storage.whenOnDisk). The
   * fsync runs off the event loop, and broadcasts do not wait for it: a commit already
   * survives a crash of this process, which is what "durable before visible" promises.
   */
  private ackWhenOnDisk(acks: Map<Connection, number>): void {
    this.storage.whenOnDisk().then(
      () => {
        for (const [conn, count] of acks) conn.sendPrepared(prepareFrame(storedMessage(count)));
      },
      (err: unknown) => this.fail(err),
    );
  }

  /**
   * The sync step 2 for a joiner with state vector `sv`. A fresh joiner (empty state vector)
   * gets the whole document, encoded once per change and shared by every such joiner.
   */
  stepTwoFrame(sv: Uint8Array): Uint8Array {
    const empty = sv.length === 1 && sv[0] === 0;
    if (!empty) return syncStep2Message(Y.encodeStateAsUpdate(this.doc, sv));
    this.fullStateFrame ??= syncStep2Message(Y.encodeStateAsUpdate(this.doc));
    return this.fullStateFrame;
  }

  /** Does the queue hold document updates not yet stored? (FlushScheduler) */
  get hasQueuedUpdates(): boolean {
    return this.queue.some((e) => e.update !== undefined);
  }

  /** Stores the queue as one transaction, then makes it visible. Never runs twice at once. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.queue.length ? this.flush() : undefined));
    if (this.queue.length === 0) return Promise.resolve();
    this.flushing = this.flushBatch().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushBatch(): Promise<void> {
    while (this.queue.length > 0 && !this.failed) {
      const batch = this.queue;
      this.queue = [];
      const updates = batch.flatMap((e) => (e.update ? [e.update] : []));
      if (updates.length > 0) {
        try {
          this.lastStoredSeq = await this.storage.appendUpdates(this.name, updates);
        } catch (err) {
          this.fail(err);
          return;
        }
        this.updatesSinceSnapshot += updates.length;
      }
      this.deliver(batch);
    }
    if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) void this.compact();
  }

  /**
   * Makes a stored batch visible. Each update is framed once; the batch's frames are joined
   * into one buffer and every socket gets it in a single write (a socket that sent some of the
   * batch's updates gets only the others: its own would echo). `stored` acks follow once the
   * batch is on disk.
   */
  private deliver(batch: QueueEntry[]): void {
    const frames: Buffer[] = [];
    const origins: (Connection | undefined)[] = [];
    const acks = new Map<Connection, number>();
    for (const entry of batch) {
      if (entry.update) {
        frames.push(prepareFrame(syncUpdateMessage(entry.update)));
        origins.push(entry.origin);
        if (this.bus.active) this.bus.publish(roomChannel(this.name), encodeBusMessage(this.bus.nodeId, BusKind.docUpdate, entry.update));
      }
      if (entry.ack) acks.set(entry.ack, Math.max(acks.get(entry.ack) ?? 0, entry.ackCount ?? 0));
    }
    if (frames.length > 0) {
      // Pending presence rides along: one write per socket for both.
      const presence = this.presence.take();
      const tail = presence ? [presence] : [];
      const all = frames.length === 1 && !presence ? frames[0]! : Buffer.concat([...frames, ...tail]);
      for (const c of this.conns) {
        if (!origins.includes(c)) {
          c.sendPrepared(all);
          continue;
        }
        const others = [...frames.filter((_, i) => origins[i] !== c), ...tail];
        if (others.length > 0) c.sendPrepared(Buffer.concat(others));
      }
    }
    for (const entry of batch) entry.after?.();
    if (acks.size > 0) this.ackWhenOnDisk(acks);
  }

  /**
   * Folds the stored update log into one snapshot. When this process is the store's only
   * writer and nothing is waiting to be stored, memory holds exactly what is stored, so the
   * snapshot is the document's own encoding (about a millisecond); otherwise the fold works
   * from what is stored (Storage.compactDoc), so no update another node stored is dropped.
   */
  compact(): Promise<void> {
    if (this.compacting || this.failed) return this.compacting ?? Promise.resolve();
    this.compacting = (async () => {
      await this.flush();
      if (this.updatesSinceSnapshot === 0 || this.failed) return;
      const covered = this.updatesSinceSnapshot;
      try {
        const bytesBefore = this.docBytes;
        let result: { uptoSeq: number; bytes: number } | null;
        if (this.storage.soleWriter && this.queue.length === 0 && !this.flushing) {
          const state = Y.encodeStateAsUpdate(this.doc);
          const uptoSeq = this.lastStoredSeq;
          await this.storage.putSnapshot(this.name, state, uptoSeq);
          result = { uptoSeq, bytes: state.byteLength };
        } else {
          result = await this.storage.compactDoc(this.name, mergeUpdates);
        }
        this.updatesSinceSnapshot = Math.max(0, this.updatesSinceSnapshot - covered);
        if (!result) return;
        // Updates accepted during the fold stay counted on top of the new snapshot.
        this.docBytes = result.bytes + (this.docBytes - bytesBefore);
        this.log.debug('room.compacted', { room: this.name, uptoSeq: result.uptoSeq, bytes: result.bytes });
      } catch (err) {
        // The update log is intact; compaction is retried later.
        this.log.warn('room.compact_failed', { room: this.name, error: String(err) });
      }
    })().finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  private fail(err: unknown): void {
    this.failed = true;
    this.queue = [];
    this.log.error('room.store_failed', { room: this.name, error: String(err) });
    for (const c of this.conns) c.close(CloseCode.storageFailed, 'storage failed; your edits are kept locally');
  }

  get hasFailed(): boolean {
    return this.failed;
  }

  removeConnection(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    this.awarenessOwners.release(conn);
    if (conn.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClients], null);
    }
  }

  /** Stores what is pending, compacts, and frees the document. */
  async unload(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    this.presence.stop();
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = null;
    await this.flush();
    await this.compact();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
  }
}

/** Merges a snapshot and updates into one update, with deleted content garbage-collected. */
export function mergeUpdates(snapshot: Uint8Array | null, updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const u of updates) Y.applyUpdate(doc, u);
  });
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}

/** Throws NewerDocument (close code 4426) for a content document from a newer build. */
function refuseNewerLayout(name: string, doc: Y.Doc, log: Logger): void {
  const recorded = recordedContentVersion(doc);
  if (recorded === null || recorded <= CONTENT_SCHEMA_VERSION) return;
  log.error('room.schema_newer', { room: name, recorded, supported: CONTENT_SCHEMA_VERSION });
  throw new NewerDocument(`content document ${name} has layout v${recorded}; this server knows v${CONTENT_SCHEMA_VERSION}`);
}

function isConnection(origin: unknown, conns: Set<Connection>): origin is Connection {
  return conns.has(origin as Connection);
}
