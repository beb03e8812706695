/**
 * One simulated collaborator, run inside a load-generator worker. It speaks the y-websocket
 * protocol (or Hocuspocus' framing of it) over a raw `ws` socket, keeps a real Y.Doc unless it
 * is `light`, and records when each edit of another client reaches it.
 *
 * An edit is one Y.Text insert of a marker `[<writer>:<seq>@<send time µs>]`; the send time is
 * `process.hrtime` (CLOCK_MONOTONIC, shared by every thread of the process), so latencies are
 * comparable across workers.
 */
import { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
  AUTH_AUTHENTICATED,
  AUTH_PERMISSION_DENIED,
  decodeAwarenessUpdate,
  encodeAwarenessEntry,
  Framer,
  type Framing,
  MSG_AUTH,
  MSG_AWARENESS,
  MSG_CLOSE,
  MSG_STORED,
  MSG_SYNC,
  MSG_SYNC_STATUS,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
} from './protocol';

export interface ClientSpec {
  /** Unique per scenario; the writer id in edit markers. */
  idx: number;
  url: string;
  room: string;
  token: string;
  framing: Framing;
  /**
   * How received edits are observed: `doc` applies every update to a Y.Doc and reads the new
   * inserts from Y.Text events (latency = applied and read); `frame` only scans update frames for
   * markers (latency = frame received; used where the generator must stay cheap); `none` counts
   * nothing (joiners, document builders).
   */
  observe: 'doc' | 'frame' | 'none';
  /**
   * Do not apply what others write (no remote update, no step 2 goes into the Y.Doc; the doc
   * only produces this client's own edits, which stay valid Yjs updates). Keeps the generator
   * cheap where the server's throughput, not the client, is measured.
   */
  light?: boolean;
  /** Will this client edit? */
  writer?: boolean;
}

export const nowMicros = (): number => Number(process.hrtime.bigint() / 1000n);

const MARKER = /\[(\d+):(\d+)@(\d+)\]/g;
const LOCAL = Symbol('local');
const REMOTE = Symbol('remote');

/** Growable Float64 sample buffer. */
export class Samples {
  buf = new Float64Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = v;
  }
  take(): Float64Array {
    const out = this.buf.slice(0, this.n);
    this.n = 0;
    return out;
  }
}

/** What every client of one worker adds to. */
export interface WorkerCounters {
  measuring: boolean;
  /** Edit latency, ms, from send to observed at a receiver. */
  editLatency: Samples;
  /** Awareness latency, ms. */
  awarenessLatency: Samples;
  editDeliveries: number;
  awarenessDeliveries: number;
  /** Own edits echoed back (reference server and Hocuspocus send updates to the sender too). */
  echoes: number;
  /** `stored` (ours) or `SyncStatus` (Hocuspocus) confirmations. */
  acks: number;
  /** First-time edit receipts since the worker started (for drain polling; never reset). */
  uniqueSeen: number;
  errors: string[];
}

function bump(map: Map<number, Uint8Array>, writer: number, seq: number): number {
  let arr = map.get(writer);
  if (!arr || seq >= arr.length) {
    const next = new Uint8Array(Math.max(64, (seq + 1) * 2));
    if (arr) next.set(arr);
    arr = next;
    map.set(writer, arr);
  }
  const v = arr[seq]!;
  if (v < 255) arr[seq] = v + 1;
  return v + 1;
}

export class SimClient {
  ws: WebSocket | null = null;
  readonly doc: Y.Doc;
  readonly text: Y.Text;
  private readonly applyRemote: boolean;
  readonly framer: Framer;
  readonly awarenessId: number;
  seq = 0;
  private awarenessClock = 0;
  syncedAt = 0;
  step2Bytes = 0;
  closed = false;
  closeCode = 0;
  private onSynced: (() => void) | null = null;
  private onFailed: ((err: Error) => void) | null = null;
  /** Per writer, how often each seq was seen in an update frame / read from the Y.Doc. */
  readonly frameSeen = new Map<number, Uint8Array>();
  readonly docSeen = new Map<number, Uint8Array>();

  constructor(
    readonly spec: ClientSpec,
    private readonly counters: WorkerCounters,
  ) {
    this.framer = new Framer(spec.framing, spec.room);
    this.doc = new Y.Doc();
    this.text = this.doc.getText('t');
    this.applyRemote = !spec.light;
    this.awarenessId = this.doc.clientID;
    // Only writers listen for updates: with a listener, Yjs encodes an update for every
    // transaction, remote ones too, which would double the receivers' work.
    if (spec.writer) {
      this.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === LOCAL) this.send(this.framer.sync(SYNC_UPDATE, update));
      });
    }
    if (spec.observe === 'doc') {
      // Reads exactly the structs this transaction added (per client, clocks before..after).
      // Not `event.delta`/`event.changes`: those walk the whole Y.Text on every event, which
      // makes the generator quadratic in the document length.
      const doc = this.doc;
      doc.on('afterTransaction', (tr: Y.Transaction) => {
        if (tr.origin !== REMOTE) return;
        for (const [client, after] of tr.afterState) {
          const before = tr.beforeState.get(client) ?? 0;
          if (after <= before) continue;
          const structs = doc.store.clients.get(client);
          if (!structs) continue;
          for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
            const struct = structs[i]!;
            if (struct.id.clock >= after) break;
            if (struct instanceof Y.Item && !struct.deleted && struct.content instanceof Y.ContentString) {
              this.readMarkers(struct.content.str, 'doc');
            }
          }
        }
      });
    }
  }

  /** Opens the socket; resolves once the server's sync step 2 has been applied. */
  connect(timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`client ${this.spec.idx}: not synced within ${timeoutMs} ms`)), timeoutMs);
      const fail = (err: Error): void => {
        clearTimeout(timer);
        this.onSynced = null;
        this.onFailed = null;
        reject(err);
      };
      this.onSynced = () => {
        clearTimeout(timer);
        this.onSynced = null;
        this.onFailed = null;
        resolve();
      };
      this.onFailed = fail;
      const ws = new WebSocket(this.spec.url, { perMessageDeflate: false });
      ws.binaryType = 'nodebuffer';
      this.ws = ws;
      ws.on('open', () => {
        if (this.spec.framing === 'hocus') {
          // As HocuspocusProvider: the token first, the rest once authenticated.
          this.send(this.framer.auth(this.spec.token));
        } else {
          this.sendHello();
        }
      });
      ws.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
      ws.on('error', (err) => {
        this.counters.errors.push(`client ${this.spec.idx}: ${err.message}`);
        this.onFailed?.(err);
      });
      ws.on('close', (code) => {
        this.closed = true;
        this.closeCode = code;
        if (this.onFailed) this.onFailed(new Error(`client ${this.spec.idx}: closed ${code} before sync`));
        else if (!this.closing) this.counters.errors.push(`client ${this.spec.idx}: closed by server with ${code}`);
      });
    });
  }

  private closing = false;

  close(): Promise<void> {
    this.closing = true;
    const ws = this.ws;
    if (!ws || ws.readyState === ws.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        ws.terminate();
        resolve();
      }, 2000);
      ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      ws.close(1000);
    });
  }

  /** Sync step 1 and our presence, like a provider on open. */
  private sendHello(): void {
    const sv = Y.encodeStateVector(this.doc);
    this.send(this.framer.sync(SYNC_STEP1, sv));
    this.sendAwareness({ user: { name: `c${this.spec.idx}` }, cursor: null });
  }

  send(frame: Uint8Array): void {
    const ws = this.ws;
    if (ws && ws.readyState === ws.OPEN) ws.send(frame);
  }

  sendAwareness(state: Record<string, unknown>): void {
    this.send(this.framer.awareness(encodeAwarenessEntry(this.awarenessId, ++this.awarenessClock, state)));
  }

  /** A cursor move: presence with a send timestamp. */
  moveCursor(): void {
    const at = Math.floor(Math.random() * 1000);
    this.sendAwareness({ user: { name: `c${this.spec.idx}` }, cursor: { anchor: at, head: at + 3 }, t: nowMicros() });
  }

  /** One edit: a marker appended (or, when `randomPosition`, inserted anywhere, sometimes with a deletion). */
  edit(randomPosition = false): void {
    const text = this.text;
    const marker = `[${this.spec.idx}:${this.seq++}@${nowMicros()}]`;
    this.doc.transact(() => {
      if (!randomPosition) {
        text.insert(text.length, marker);
        return;
      }
      const len = text.length;
      if (len > 20 && this.seq % 10 === 0) text.delete(Math.floor(Math.random() * (len - 5)), 3);
      text.insert(Math.floor(Math.random() * (text.length + 1)), marker);
    }, LOCAL);
  }

  private readMarkers(s: string, source: 'doc' | 'frame'): void {
    const c = this.counters;
    const own = this.spec.idx;
    for (const m of s.matchAll(MARKER)) {
      const writer = Number(m[1]);
      if (writer === own) {
        if (source === 'frame') c.echoes++;
        continue;
      }
      const seq = Number(m[2]);
      const first = bump(source === 'doc' ? this.docSeen : this.frameSeen, writer, seq) === 1;
      if (!first || source !== this.spec.observe) continue;
      c.uniqueSeen++;
      if (c.measuring) {
        c.editDeliveries++;
        c.editLatency.push((nowMicros() - Number(m[3])) / 1000);
      }
    }
  }

  private onMessage(data: Uint8Array): void {
    try {
      this.handle(data);
    } catch (err) {
      this.counters.errors.push(`client ${this.spec.idx}: ${(err as Error).message}`);
    }
  }

  private handle(data: Uint8Array): void {
    const { type, decoder } = this.framer.open(data);
    switch (type) {
      case MSG_SYNC: {
        const subtype = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (subtype === SYNC_STEP1) {
          const reply = Y.encodeStateAsUpdate(this.doc, payload);
          this.send(this.framer.sync(SYNC_STEP2, reply));
        } else if (subtype === SYNC_STEP2) {
          if (this.applyRemote) Y.applyUpdate(this.doc, payload, REMOTE);
          if (!this.syncedAt) {
            this.syncedAt = nowMicros();
            this.step2Bytes = payload.byteLength;
          }
          this.onSynced?.();
        } else if (subtype === SYNC_UPDATE) {
          if (this.spec.observe !== 'none') {
            this.readMarkers(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('latin1'), 'frame');
          }
          if (this.applyRemote) Y.applyUpdate(this.doc, payload, REMOTE);
        }
        break;
      }
      case MSG_AWARENESS: {
        const entries = decodeAwarenessUpdate(decoding.readVarUint8Array(decoder));
        const c = this.counters;
        if (!c.measuring) break;
        for (const e of entries) {
          if (e.clientId === this.awarenessId || e.state === null) continue;
          c.awarenessDeliveries++;
          const t = (e.state as { t?: number }).t;
          if (typeof t === 'number') c.awarenessLatency.push((nowMicros() - t) / 1000);
        }
        break;
      }
      case MSG_AUTH: {
        const sub = decoding.readVarUint(decoder);
        if (sub === AUTH_AUTHENTICATED) this.sendHello();
        else if (sub === AUTH_PERMISSION_DENIED) throw new Error(`permission denied: ${decoding.readVarString(decoder)}`);
        break;
      }
      case MSG_SYNC_STATUS:
      case MSG_STORED:
        this.counters.acks++;
        break;
      case MSG_CLOSE:
        throw new Error('server closed the document');
      default:
        break;
    }
  }

  /** Edits of `sent` writers (same room, not itself) this client missed, and saw more than once. */
  verify(sent: { idx: number; room: string; count: number }[]): { expected: number; lost: number; dup: number } {
    let expected = 0;
    let lost = 0;
    let dup = 0;
    const seen = this.spec.observe === 'doc' ? this.docSeen : this.frameSeen;
    for (const w of sent) {
      if (w.room !== this.spec.room || w.idx === this.spec.idx) continue;
      const docArr = seen.get(w.idx);
      const frameArr = this.frameSeen.get(w.idx);
      for (let s = 0; s < w.count; s++) {
        expected++;
        const n = docArr?.[s] ?? 0;
        const f = frameArr?.[s] ?? 0;
        if (n === 0) lost++;
        else if (n > 1 || f > 1) dup++;
      }
    }
    return { expected, lost, dup };
  }
}
