/**
 * WebSocket sync on `/sync/<room>?token=…`: authenticates each socket, loads rooms on demand,
 * routes frames, and unloads rooms that nobody has used for a grace period.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { ACK_QUERY_PARAM, CloseCode, parseRoomName, type RoomRef, roomName, TOKEN_QUERY_PARAM } from '../../shared/protocol';
import { canWriteContent } from '../../shared/commands/permissions';
import { entryOf } from '../../shared/schema/records';
import type { WorkshopState } from '../../shared/state/workshopState';
import { type Bus, LocalBus } from '../cluster/Bus';
import { decodeBusMessage, roomChannel } from '../cluster/messages';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { DocumentKind, WorkshopDocuments } from '../commands/WorkshopDocuments';
import type { Storage } from '../storage/Storage';
import { type Authenticator, isAuthFailure } from '../workshops/Authenticator';
import { Connection } from './Connection';
import { FlushScheduler } from './FlushScheduler';
import { awarenessMessage, KEEPALIVE_MESSAGE, permissionDeniedMessage, syncStep1Message } from './encoding';
import { NewerDocument, ProtocolError, TooLarge, WriteRefused } from './errors';
import { handleMessage } from './handleMessage';
import { ORIGIN_SERVER, Room } from './Room';

export const SYNC_PATH_PREFIX = '/sync/';

/**
 * Brings a freshly loaded document up to date before it serves anyone (the decisions
 * projection catching up with the log): returns the change to run on it as the server, or null.
 */
export type RoomPreparer = (ref: RoomRef) => Promise<((doc: Y.Doc) => void) | null>;

export class SyncServer implements WorkshopDocuments {
  private readonly wss: WebSocketServer;
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly roomOfConn = new Map<Connection, Room>();
  /** One storage transaction per event-loop turn for every room with updates. */
  private readonly flushScheduler: FlushScheduler;
  /** Open sockets per remote address, counted from the upgrade on (Config.connectionsPerAddress). */
  private readonly perAddress = new Map<string, number>();
  private closing = false;
  /** Config.keepaliveMs: sends an empty presence frame to every socket that heard nothing. */
  private readonly keepalive: NodeJS.Timeout | null;

  constructor(
    private readonly config: Config,
    private readonly storage: Storage,
    private readonly auth: Authenticator,
    private readonly log: Logger,
    private readonly bus: Bus = new LocalBus(),
    private readonly prepareRoom: RoomPreparer = async () => null,
  ) {
    // permessage-deflate stays off: it costs CPU per frame and opens the door to
    // decompression bombs (a small frame that inflates past maxPayload).
    this.wss = new WebSocketServer({ noServer: true, maxPayload: config.maxFrameBytes, perMessageDeflate: false });
    this.flushScheduler = new FlushScheduler(storage);
    this.keepalive = config.keepaliveMs > 0 ? setInterval(() => this.keepAlive(), config.keepaliveMs) : null;
    this.keepalive?.unref();
  }

  /**
   * One keepalive round: every socket that was sent nothing since the last round gets an empty
   * presence frame, so a stock provider's 30 s watchdog never fires on a quiet room.
   */
  private keepAlive(): void {
    for (const room of this.rooms.values()) {
      for (const c of room.conns) {
        if (!c.sentSinceKeepalive) c.send(KEEPALIVE_MESSAGE);
        c.sentSinceKeepalive = false;
      }
    }
  }

  get stats(): { rooms: number; connections: number } {
    let connections = 0;
    for (const r of this.rooms.values()) connections += r.conns.size;
    return { rooms: this.rooms.size, connections };
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closing) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => void this.onSocket(ws, req));
  }

  private async onSocket(ws: WebSocket, req: IncomingMessage): Promise<void> {
    const remoteAddress = req.socket.remoteAddress ?? 'unknown';
    const early: Buffer[] = [];
    let earlyBytes = 0;
    let deliver: ((frame: Uint8Array) => void) | null = null;
    let conn: Connection | null = null;
    const refuse = (code: number, reason: string): void => {
      this.log.warn('sync.refused', { code, reason, remote: remoteAddress });
      ws.close(code, reason);
    };
    ws.on('error', (err) => this.log.warn('sync.socket_error', { error: err.message, remote: remoteAddress }));
    const open = (this.perAddress.get(remoteAddress) ?? 0) + 1;
    this.perAddress.set(remoteAddress, open);
    ws.once('close', () => {
      const left = (this.perAddress.get(remoteAddress) ?? 1) - 1;
      if (left <= 0) this.perAddress.delete(remoteAddress);
      else this.perAddress.set(remoteAddress, left);
    });
    if (open > this.config.connectionsPerAddress) {
      this.log.warn('sync.refused', { code: CloseCode.tooMany, reason: 'too many connections from this address', remote: remoteAddress });
      ws.close(CloseCode.tooMany, 'too many connections from this address');
      return;
    }
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return conn ? this.reject(conn, CloseCode.badMessage, 'text frames are not part of the protocol') : refuse(CloseCode.badMessage, 'text frame');
      const frame = toUint8(data);
      if (deliver) return deliver(frame);
      earlyBytes += frame.byteLength;
      if (early.length >= this.config.maxPreAuthMessages || earlyBytes > this.config.maxPreAuthBytes) {
        return refuse(CloseCode.tooMany, 'too much data before authentication');
      }
      early.push(Buffer.from(frame));
    });
    ws.on('close', () => {
      if (conn) this.onClose(conn);
    });

    const url = new URL(req.url ?? '/', 'http://localhost');
    const name = safeDecode(url.pathname.slice(SYNC_PATH_PREFIX.length));
    const ref = name === null ? null : parseRoomName(name);
    if (!ref || name === null) return refuse(CloseCode.badMessage, 'bad room name');
    let auth: Awaited<ReturnType<Authenticator['authenticate']>>;
    try {
      if (!(await this.storage.getWorkshop(ref.workshopId))) return refuse(CloseCode.notFound, 'no such workshop');
      auth = await this.auth.authenticate(url.searchParams.get(TOKEN_QUERY_PARAM), ref.workshopId);
    } catch (err) {
      this.log.error('sync.auth_failed', { error: String(err) });
      return refuse(CloseCode.storageFailed, 'server error');
    }
    if (isAuthFailure(auth)) return refuse(auth.status === 401 ? CloseCode.unauthorized : CloseCode.forbidden, auth.message);
    const { participant } = auth;

    let room: Room;
    try {
      room = await this.getRoom(name);
    } catch (err) {
      this.log.error('room.load_failed', { room: name, error: String(err) });
      if (err instanceof NewerDocument) return refuse(CloseCode.newerSchema, 'document written by a newer version of Mufakat');
      return refuse(CloseCode.storageFailed, 'could not load the document');
    }
    if (ws.readyState !== ws.OPEN) return this.scheduleUnloadIfIdle(room);
    // Read the rights again now that the room is here: a freeze, role change or revocation
    // may have happened while it loaded, and `applyAccess` only reaches attached sockets.
    auth = await this.auth.authenticate(url.searchParams.get(TOKEN_QUERY_PARAM), ref.workshopId).catch(() => auth);
    if (isAuthFailure(auth)) {
      this.scheduleUnloadIfIdle(room);
      return refuse(auth.status === 401 ? CloseCode.unauthorized : CloseCode.forbidden, auth.message);
    }
    if (ws.readyState !== ws.OPEN) return this.scheduleUnloadIfIdle(room);

    const c = new Connection(
      ws,
      { participantId: auth.participant.id, workshopId: ref.workshopId, name: auth.participant.displayName, role: auth.participant.role, sector: auth.participant.sector },
      ref.kind === 'content' && canWriteContent(auth.participant.role, auth.frozen),
      url.searchParams.get(ACK_QUERY_PARAM) === '1',
      remoteAddress,
      { perSecond: this.config.messagesPerSecond, burst: this.config.messageBurst },
    );
    conn = c;
    room.conns.add(c);
    this.roomOfConn.set(c, room);
    this.cancelUnload(name);
    this.log.debug('sync.connected', { room: name, participant: participant.id, role: participant.role, write: c.canWrite });
    c.send(syncStep1Message(room.doc));
    const present = [...room.awareness.getStates().keys()];
    if (present.length > 0) c.send(awarenessMessage(room.awareness, present));
    deliver = (frame) => this.onFrame(room, c, frame);
    for (const frame of early.splice(0)) deliver(frame);
  }

  private onFrame(room: Room, conn: Connection, frame: Uint8Array): void {
    if (conn.closed) return;
    if (!conn.takeMessage()) {
      this.reject(conn, CloseCode.tooMany, `over ${this.config.messagesPerSecond} messages per second`);
      return;
    }
    try {
      handleMessage(room, conn, frame);
    } catch (err) {
      if (err instanceof WriteRefused) {
        conn.send(permissionDeniedMessage(err.message));
        this.reject(conn, CloseCode.forbidden, err.message);
        return;
      }
      if (err instanceof TooLarge) {
        this.reject(conn, CloseCode.tooLarge, err.message);
        return;
      }
      if (!(err instanceof ProtocolError)) this.log.error('sync.handler_failed', { room: room.name, error: String(err) });
      this.reject(conn, CloseCode.badMessage, err instanceof ProtocolError ? err.message : 'malformed message');
    }
  }

  private reject(conn: Connection, code: number, reason: string): void {
    this.log.warn('sync.closed_socket', {
      code,
      reason,
      participant: conn.identity.participantId,
      remote: conn.remoteAddress,
    });
    conn.close(code, reason);
  }

  private onClose(conn: Connection): void {
    conn.closed = true;
    const room = this.roomOfConn.get(conn);
    if (!room) return;
    this.roomOfConn.delete(conn);
    room.removeConnection(conn);
    this.scheduleUnloadIfIdle(room);
  }

  private async getRoom(name: string): Promise<Room> {
    const existing = this.rooms.get(name);
    if (existing && !existing.hasFailed) return existing;
    if (existing?.hasFailed) this.rooms.delete(name);
    const pendingUnload = this.unloading.get(name);
    if (pendingUnload) await pendingUnload;
    let loading = this.loading.get(name);
    if (!loading) {
      loading = this.loadRoom(name);
      this.loading.set(name, loading);
      loading
        .then((room) => this.rooms.set(name, room))
        .catch(() => {})
        .finally(() => this.loading.delete(name));
    }
    return loading;
  }

  private async loadRoom(name: string): Promise<Room> {
    const { compactAfterUpdates, maxDocBytes, maxAwarenessStateBytes, presenceIntervalMs, editHoldMs } = this.config;
    // Subscribe before reading storage, so nothing stored elsewhere in between is missed;
    // what arrives before the room exists is replayed (Yjs ignores what it already has).
    const early: Uint8Array[] = [];
    let room: Room | null = null;
    await this.bus.subscribe(roomChannel(name), (payload) => {
      const message = decodeBusMessage(payload);
      if (message.nodeId === this.bus.nodeId) return;
      if (room) void room.applyRemote(message.kind, message.data).catch((err) => this.log.warn('bus.apply_failed', { room: name, error: String(err) }));
      else early.push(payload);
    });
    try {
      room = await Room.load(name, this.storage, this.log, {
        compactAfterUpdates,
        maxDocBytes,
        maxAwarenessStateBytes,
        presenceIntervalMs,
        editHoldMs,
        bus: this.bus,
        flushScheduler: this.flushScheduler,
      });
      for (const payload of early) {
        const m = decodeBusMessage(payload);
        await room.applyRemote(m.kind, m.data);
      }
      const ref = parseRoomName(name);
      const prepare = ref ? await this.prepareRoom(ref) : null;
      if (prepare) {
        const doc = room.doc;
        doc.transact(() => prepare(doc), ORIGIN_SERVER);
      }
    } catch (err) {
      await this.bus.unsubscribe(roomChannel(name)).catch(() => {});
      await room?.unload();
      throw err;
    }
    return room;
  }

  private scheduleUnloadIfIdle(room: Room): void {
    if (room.conns.size > 0 || this.closing || this.unloadTimers.has(room.name)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.name);
      if (room.conns.size === 0) void this.unloadRoom(room);
    }, this.config.roomUnloadGraceMs);
    timer.unref();
    this.unloadTimers.set(room.name, timer);
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(name);
  }

  private unloadRoom(room: Room): Promise<void> {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    const done = Promise.all([room.unload(), this.bus.unsubscribe(roomChannel(room.name))])
      .then(() => {})
      .catch((err) => this.log.error('room.unload_failed', { room: room.name, error: String(err) }))
      .finally(() => {
        this.unloading.delete(room.name);
        if (this.rooms.size === 0 && this.loading.size === 0 && this.unloading.size === 0 && !this.closing) {
          this.storage.releaseMemory?.();
          releaseIdleMemory();
        }
      });
    this.unloading.set(room.name, done);
    this.log.debug('room.unloaded', { room: room.name });
    return done;
  }

  /**
   * Applies a workshop's current decisions to its live sockets: a revoked person is closed
   * with 4401 at once, a changed role is closed with a reconnect code so the client comes
   * back with its new rights, and a freeze makes every content socket read-only.
   */
  applyAccess(state: WorkshopState): void {
    const frozen = state.freeze !== null;
    for (const room of this.rooms.values()) {
      for (const c of room.conns) {
        if (c.identity.workshopId !== state.workshopId) continue;
        const p = entryOf(state.participants, c.identity.participantId);
        if (!p || p.revoked) {
          this.reject(c, CloseCode.unauthorized, 'access revoked');
        } else if (p.role !== c.identity.role) {
          this.reject(c, CloseCode.reconnect, 'role changed; reconnect');
        } else if (room.name === state.workshopId) {
          c.canWrite = canWriteContent(p.role, frozen);
        }
      }
    }
  }

  /**
   * Closes every socket of one person on this node with 4401 (their tokens were just replaced):
   * a socket opened with a token read off the Wi-Fi must not outlive it. The person's own
   * device reconnects with its new token.
   */
  closePerson(workshopId: string, participantId: string): void {
    for (const room of this.rooms.values()) {
      for (const c of room.conns) {
        if (c.identity.workshopId === workshopId && c.identity.participantId === participantId) this.reject(c, CloseCode.unauthorized, 'tokens replaced');
      }
    }
  }

  /** WorkshopDocuments: changes a document as the server (ORIGIN_SERVER), stored before it is visible. */
  async changeDocument(workshopId: string, kind: DocumentKind, change: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.getRoom(roomName({ workshopId, kind }));
    room.doc.transact(() => change(room.doc), ORIGIN_SERVER);
    await room.flush();
    this.scheduleUnloadIfIdle(room);
  }

  /** Graceful stop: store everything pending, close sockets with 1001, unload every room. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.keepalive) clearInterval(this.keepalive);
    for (const t of this.unloadTimers.values()) clearTimeout(t);
    this.unloadTimers.clear();
    await Promise.all([...this.loading.values()].map((p) => p.catch(() => null)));
    const rooms = [...this.rooms.values()];
    await Promise.all(rooms.map((r) => r.flush()));
    const sockets = rooms.flatMap((r) => [...r.conns].map((c) => c.ws));
    for (const r of rooms) for (const c of r.conns) c.close(CloseCode.goingAway, 'server shutting down');
    await Promise.all(rooms.map((r) => this.unloadRoom(r)));
    await Promise.all([...this.unloading.values()]);
    // Give clients a moment to answer the close handshake, then cut whoever did not.
    await closedWithin(sockets, 1000);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}

function closedWithin(sockets: WebSocket[], ms: number): Promise<void> {
  const open = sockets.filter((ws) => ws.readyState !== ws.CLOSED);
  if (open.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    let left = open.length;
    for (const ws of open) {
      ws.once('close', () => {
        if (--left === 0) {
          clearTimeout(timer);
          resolve();
        }
      });
    }
  });
}

function toUint8(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/**
 * When the last room has unloaded, the server is idle: a full garbage collection, and a
 * second one once the first one's sweeping is done (only then does V8 hand its empty pages
 * back), returns the heap that the busy period grew to the operating system instead of
 * keeping it for the next peak (measured: 39 → ~22 MiB of heap after a saturation run). The
 * facilitator's laptop is also their working machine. `npm run serve` passes `--expose-gc`;
 * without it this does nothing.
 */
function releaseIdleMemory(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  setImmediate(gc);
  setTimeout(gc, 500).unref();
}
