/**
 * Sync clients for tests: the stock y-websocket `WebsocketProvider` (as any Yjs app would
 * connect) and raw sockets for hand-made frames.
 */
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MessageType } from '../../shared/protocol';

export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  /** Close events this client's provider saw. */
  closes: { code: number; reason: string }[];
  /** Highest `stored` acknowledgement received (only with `ack: true`). */
  storedCount(): number;
  synced(): Promise<void>;
  destroy(): void;
}

/** A stock WebsocketProvider; BroadcastChannel off so only the server can sync clients. */
export function connectClient(
  wsBase: string,
  room: string,
  token: string,
  options: { ack?: boolean; doc?: Y.Doc } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const params: Record<string, string> = { token };
  if (options.ack) params.ack = '1';
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
    maxBackoffTime: 500,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  let stored = 0;
  if (options.ack) {
    provider.messageHandlers[MessageType.stored] = (_encoder, decoder) => {
      stored = Math.max(stored, decoding.readVarUint(decoder));
    };
  }
  return {
    doc,
    provider,
    text: doc.getText('t'),
    closes,
    storedCount: () => stored,
    synced: () => waitFor(() => provider.synced, `client of ${room} to sync`),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export interface RawSocket {
  ws: WebSocket;
  frames: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A raw WebSocket to `/sync/<room>`, for frames no well-behaved client would send. */
export function rawSocket(wsBase: string, room: string, token?: string): RawSocket {
  const url = `${wsBase}/${room}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  const ws = new WebSocket(url);
  const frames: Uint8Array[] = [];
  ws.on('message', (d: Buffer) => frames.push(new Uint8Array(d)));
  ws.on('error', () => {});
  return {
    ws,
    frames,
    opened: new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    }),
    closed: new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
  };
}
