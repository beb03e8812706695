/**
 * Sync clients for tests: the stock y-websocket `WebsocketProvider` (as any Yjs app would
 * connect) and raw sockets for hand-made frames.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MessageType, SyncMessageType } from '../../shared/protocol';

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

/** A sync step 1 asking for nothing: any state vector will do, the answer is what matters. */
function emptyStepOne(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, SyncMessageType.step1);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(e);
}

const isStepTwo = (frame: Uint8Array) => {
  const d = decoding.createDecoder(frame);
  return decoding.readVarUint(d) === MessageType.sync && decoding.readVarUint(d) === SyncMessageType.step2;
};

/**
 * Sends a sync step 1 on `ws` and resolves when the server's step 2 answers it. The server
 * handles one socket's messages in order and answers a step 1 only once everything queued
 * before it is stored, so by then every frame sent earlier on this socket was handled and
 * anything it caused was stored and broadcast: "nothing happened" can be checked right away,
 * without sleeping. Rejects if the socket closes first.
 */
export function roundTrip(ws: WebSocket, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      ws.off('message', onMessage);
      ws.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = (data: Buffer | ArrayBuffer) => {
      if (isStepTwo(new Uint8Array(data as ArrayBuffer))) done();
    };
    const onClose = (code: number) => done(new Error(`socket closed (${code}) before the server answered`));
    const timer = setTimeout(() => done(new Error('no answer to sync step 1')), timeoutMs);
    ws.on('message', onMessage);
    ws.on('close', onClose);
    ws.send(emptyStepOne());
  });
}

/** The socket under a stock provider (the `ws` polyfill), for `roundTrip`. */
export function socketOf(client: TestClient): WebSocket {
  const ws = client.provider.ws as unknown as WebSocket | null;
  if (!ws) throw new Error('client is not connected');
  return ws;
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
