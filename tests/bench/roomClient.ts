/**
 * A collaborator with a whole Y.Doc and a reconnecting provider, for the scenarios where the
 * client's own reconnect and resync are part of what is measured (weak Wi-Fi, the whole day).
 *
 * Each client is one device with a network state (`network(online)`): while its Wi-Fi is down
 * every socket it opens is refused at once, and the change fires the browser's `offline`/`online`
 * event on the device's own `window`.
 *
 * - ours: the real client, `WorkshopConnection` (client/src/sync/WorkshopConnection.ts) as the
 *   browser runs it: y-websocket's provider with the token and `ack=1`, the `stored` handler, its
 *   backoff (100 ms doubling to 2.5 s, each wait drawn between half and all of the step:
 *   client/src/sync/backoff.ts) and its `offline`/`online` handling (drop the
 *   socket when the network goes, reconnect at once when it returns). Node has no browser: the
 *   constructor finds `location`, a per-device `window` (an EventTarget) and `WebSocket` (`ws`)
 *   as globals, the offline copy is off (no IndexedDB), and BroadcastChannel is off (one
 *   process, many devices).
 * - the reference server: the stock `WebsocketProvider` as any Yjs app uses it (same backoff;
 *   it does not listen to the network events).
 * - Hocuspocus: its wire protocol (token first, then sync) over `ws`, with HocuspocusProvider's
 *   default reconnect policy (first retry at once, then 1 s doubling up to 30 s with jitter,
 *   never under 1 s); @hocuspocus/provider itself is not a dependency, and this model reacts to
 *   no network event.
 *
 * Every edit is a marker `[<writer>:<seq>@<ms>]` appended to Y.Text `t`; `seen` collects the
 * markers of the others as they arrive, read from exactly the structs each remote transaction
 * added (not `event.delta`, which walks the whole text).
 */
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { WorkshopConnection } from '../../client/src/sync/WorkshopConnection';
import { AUTH_AUTHENTICATED, Framer, MSG_AUTH, MSG_SYNC, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE } from './protocol';

const MARKER = /\[(\d+):(\d+)@(\d+(?:\.\d+)?)\]/g;
const LOCAL = Symbol('local');

export interface RoomClientSpec {
  idx: number;
  kind: 'ours' | 'ref' | 'hocus';
  /** ws://host:port of the server or of the proxy in front of it. */
  base: string;
  room: string;
  token: string;
  /** Called with the latency (ms) of each first receipt of another client's edit. */
  onLatency?: (ms: number) => void;
}

export class RoomClient {
  readonly doc: Y.Doc;
  readonly text: Y.Text;
  /** Markers of other writers seen: `writer:seq`. */
  readonly seen = new Set<string>();
  seq = 0;
  reconnects = 0;
  /** Close codes this client's sockets ended with (diagnosis). */
  readonly closeCodes: number[] = [];
  /** The device's Wi-Fi. */
  online = true;
  /** The device's `window`: where the browser fires `online` and `offline`. */
  readonly window = new EventTarget();
  private readonly transport: YTransport | HocusTransport | OursTransport;

  constructor(readonly spec: RoomClientSpec) {
    if (spec.kind === 'ours') {
      const t = new OursTransport(this);
      this.transport = t;
      this.doc = t.connection.doc;
    } else {
      this.doc = new Y.Doc();
      this.transport = spec.kind === 'hocus' ? new HocusTransport(this) : new YTransport(this);
    }
    this.text = this.doc.getText('t');
    this.doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin === LOCAL) return;
      for (const [client, after] of tr.afterState) {
        const before = tr.beforeState.get(client) ?? 0;
        if (after <= before) continue;
        const structs = this.doc.store.clients.get(client);
        if (!structs) continue;
        for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
          const s = structs[i]!;
          if (s.id.clock >= after) break;
          if (s instanceof Y.Item && s.content instanceof Y.ContentString) this.read(s.content.str);
        }
      }
    });
  }

  /** The device's Wi-Fi goes or returns; the browser tells the page. */
  network(online: boolean): void {
    if (this.online === online) return;
    this.online = online;
    this.window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  }

  /** The URL a socket of this device may reach: the real one, or (Wi-Fi down) a port that refuses. */
  reachable(url: string): string {
    return this.online ? url : url.replace(/^ws:\/\/[^/]+/, `ws://127.0.0.1:${REFUSING_PORT}`);
  }

  private read(str: string): void {
    for (const m of str.matchAll(MARKER)) {
      if (Number(m[1]) === this.spec.idx) continue;
      const key = `${m[1]}:${m[2]}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.spec.onLatency?.(performance.now() - Number(m[3]));
    }
  }

  get synced(): boolean {
    return this.transport.synced;
  }

  /** Transport state, for diagnosis. */
  get state(): string {
    return 'state' in this.transport ? this.transport.state : `synced=${this.transport.synced}`;
  }

  /** Appends one marker; works offline too (sent on the next sync). */
  edit(): void {
    const marker = `[${this.spec.idx}:${this.seq++}@${performance.now().toFixed(1)}]`;
    this.doc.transact(() => this.text.insert(this.text.length, marker), LOCAL);
  }

  destroy(): void {
    this.transport.destroy();
    this.doc.destroy();
  }
}

/** Port 1 on loopback: nothing listens, a connection is refused at once (a device without network). */
const REFUSING_PORT = 1;

/** A `ws` WebSocket that goes nowhere while its device is offline. */
function deviceWebSocket(c: RoomClient): typeof globalThis.WebSocket {
  return class DeviceWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(c.reachable(String(url)), protocols);
    }
  } as unknown as typeof globalThis.WebSocket;
}

let WorkshopConnectionClass: typeof WorkshopConnection | null = null;

/**
 * Loads the client's WorkshopConnection once, with what it expects of a browser: `WebSocket`
 * (its CountingWebSocket extends the global when the module loads).
 */
export async function loadClientSync(): Promise<void> {
  if (WorkshopConnectionClass) return;
  const g = globalThis as Record<string, unknown>;
  g.WebSocket ??= WebSocket;
  WorkshopConnectionClass = (await import('../../client/src/sync/WorkshopConnection')).WorkshopConnection;
}

class OursTransport {
  readonly connection: WorkshopConnection;

  constructor(c: RoomClient) {
    if (!WorkshopConnectionClass) throw new Error('call loadClientSync() first');
    const { base, room, token } = c.spec;
    const g = globalThis as Record<string, unknown>;
    // What the constructor reads from the page: where it was served from and its window.
    g.location = { protocol: 'http:', host: base.replace(/^ws:\/\//, '') };
    g.window = c.window;
    this.connection = new WorkshopConnectionClass({ room, token, offline: false });
    const p = this.connection.provider;
    p.disableBc = true; // before it connects (a microtask later): one process holds every device
    // The device's network: its sockets reach the server only while its Wi-Fi is up.
    const Counting = p._WS;
    p._WS = class extends Counting {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(c.reachable(String(url)), protocols);
      }
    };
    p.on('connection-close', (event: { code: number } | null) => {
      if (event) c.closeCodes.push(event.code);
    });
    let opened = 0;
    p.on('status', ({ status }: { status: string }) => {
      if (status === 'connected' && opened++ > 0) c.reconnects++;
    });
  }

  get synced(): boolean {
    return this.connection.provider.synced && this.connection.provider.wsconnected;
  }

  get state(): string {
    const p = this.connection.provider;
    return `should=${p.shouldConnect} conn=${p.wsconnected} connecting=${p.wsconnecting} synced=${p.synced} refused=${this.connection.getState().refusedWith}`;
  }

  destroy(): void {
    this.connection.destroy();
  }
}

class YTransport {
  readonly provider: WebsocketProvider;

  constructor(c: RoomClient) {
    const { base, room } = c.spec;
    this.provider = new WebsocketProvider(base, room, c.doc, {
      WebSocketPolyfill: deviceWebSocket(c),
      disableBc: true,
    });
    let opened = 0;
    this.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected' && opened++ > 0) c.reconnects++;
    });
  }

  get synced(): boolean {
    return this.provider.synced && this.provider.wsconnected;
  }

  destroy(): void {
    this.provider.destroy();
  }
}

/** HocuspocusProvider's defaults: delay 1 s, factor 2, min 1 s, max 30 s, jitter, first try at once. */
function hocusBackoff(attempt: number): number {
  if (attempt === 0) return 0;
  const d = Math.min(30_000, 1000 * 2 ** (attempt - 1));
  return Math.max(1000, Math.round(Math.random() * d));
}

class HocusTransport {
  private ws: WebSocket | null = null;
  private readonly framer: Framer;
  private attempt = 0;
  private destroyed = false;
  private timer: NodeJS.Timeout | null = null;
  private opened = 0;
  synced = false;

  constructor(private readonly c: RoomClient) {
    this.framer = new Framer('hocus', c.spec.room);
    c.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL) this.send(this.framer.sync(SYNC_UPDATE, update));
    });
    this.connect();
  }

  private send(frame: Uint8Array): void {
    const ws = this.ws;
    if (ws && ws.readyState === ws.OPEN && this.authenticated) ws.send(frame);
  }

  private authenticated = false;

  private connect(): void {
    if (this.destroyed) return;
    const ws = new WebSocket(this.c.reachable(`${this.c.spec.base}/`), { perMessageDeflate: false });
    ws.binaryType = 'nodebuffer';
    this.ws = ws;
    this.authenticated = false;
    ws.on('open', () => {
      this.attempt = 0;
      if (this.opened++ > 0) this.c.reconnects++;
      ws.send(this.framer.auth(this.c.spec.token));
    });
    ws.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    ws.on('error', () => {});
    ws.on('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.synced = false;
      this.authenticated = false;
      if (this.destroyed) return;
      this.timer = setTimeout(() => this.connect(), hocusBackoff(++this.attempt));
    });
  }

  private onMessage(data: Uint8Array): void {
    const { type, decoder } = this.framer.open(data);
    if (type === MSG_AUTH) {
      if (decoding.readVarUint(decoder) === AUTH_AUTHENTICATED) {
        this.authenticated = true;
        this.send(this.framer.sync(SYNC_STEP1, Y.encodeStateVector(this.c.doc)));
      }
      return;
    }
    if (type !== MSG_SYNC) return;
    const sub = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (sub === SYNC_STEP1) this.send(this.framer.sync(SYNC_STEP2, Y.encodeStateAsUpdate(this.c.doc, payload)));
    else {
      Y.applyUpdate(this.c.doc, payload, this);
      if (sub === SYNC_STEP2) this.synced = true;
    }
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.terminate();
  }
}
