/**
 * A minimal y-websocket-protocol client that asks for `stored` acks and remembers exactly which
 * of its edits the server acknowledged, so a test can check that none of them is ever lost.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { MessageType, SyncMessageType } from '../../shared/protocol';

const REMOTE = Symbol('remote');

export class AckingClient {
  readonly doc = new Y.Doc();
  readonly text = this.doc.getText('t');
  /** Tokens the server acknowledged as stored. */
  readonly acked = new Set<string>();
  /** Tokens written locally, in order. */
  readonly written: string[] = [];
  private ws: WebSocket | null = null;
  /** Labels of the document-changing frames sent on the current socket, in order. */
  private sent: string[][] = [];
  private synced = false;

  constructor(readonly name: string) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || !this.ws || this.ws.readyState !== WebSocket.OPEN || !this.synced) return;
      this.send(SyncMessageType.update, update, [this.written.at(-1)!]);
    });
  }

  get connected(): boolean {
    return this.ws?.readyState === WebSocket.OPEN && this.synced;
  }

  connect(url: string): Promise<void> {
    this.disconnect();
    this.sent = [];
    this.synced = false;
    const ws = new WebSocket(`${url}${url.includes('?') ? '&' : '?'}ack=1`);
    this.ws = ws;
    ws.on('error', () => {});
    ws.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data)));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not sync`)), 10_000);
      ws.once('open', () => {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, MessageType.sync);
        encoding.writeVarUint(e, SyncMessageType.step1);
        encoding.writeVarUint8Array(e, Y.encodeStateVector(this.doc));
        ws.send(encoding.toUint8Array(e));
      });
      const check = setInterval(() => {
        if (this.synced) {
          clearInterval(check);
          clearTimeout(timer);
          resolve();
        }
      }, 5);
      ws.once('close', () => {
        clearInterval(check);
        clearTimeout(timer);
        if (!this.synced) reject(new Error(`${this.name} closed before syncing`));
      });
    });
  }

  disconnect(): void {
    this.ws?.terminate();
    this.ws = null;
    this.synced = false;
  }

  write(token: string): void {
    this.written.push(token);
    this.text.insert(this.text.length, token);
  }

  private send(subtype: number, update: Uint8Array, labels: string[]): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, subtype);
    encoding.writeVarUint8Array(e, update);
    this.sent.push(labels);
    this.ws!.send(encoding.toUint8Array(e));
  }

  private onMessage(frame: Uint8Array): void {
    const d = decoding.createDecoder(frame);
    const type = decoding.readVarUint(d);
    if (type === MessageType.stored) {
      const n = decoding.readVarUint(d);
      for (const labels of this.sent.slice(0, n)) for (const l of labels) this.acked.add(l);
      return;
    }
    if (type !== MessageType.sync) return;
    const sub = decoding.readVarUint(d);
    const payload = decoding.readVarUint8Array(d);
    if (sub === SyncMessageType.step1) {
      // Our step 2 carries every local edit the server lacks: all tokens not yet acknowledged.
      this.send(SyncMessageType.step2, Y.encodeStateAsUpdate(this.doc, payload), this.written.filter((t) => !this.acked.has(t)));
    } else {
      Y.applyUpdate(this.doc, payload, REMOTE);
      if (sub === SyncMessageType.step2) this.synced = true;
    }
  }
}
