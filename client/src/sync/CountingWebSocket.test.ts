import * as encoding from 'lib0/encoding';
import { writeSyncStep1, writeSyncStep2, writeUpdate } from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

/** Node 20 has no WebSocket; a stub that records frames is all CountingWebSocket needs. */
class StubWebSocket {
  frames: unknown[] = [];
  constructor(
    readonly url: string | URL,
    readonly protocols?: string | string[],
  ) {}
  send(data: unknown) {
    this.frames.push(data);
  }
}

const original = globalThis.WebSocket;
beforeAll(() => {
  globalThis.WebSocket = StubWebSocket as unknown as typeof WebSocket;
});
afterAll(() => {
  globalThis.WebSocket = original;
});

function syncFrame(write: (e: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('CountingWebSocket', () => {
  it('reports its creation and each step 2 / update frame it sends, and nothing else', async () => {
    const { countingWebSocketClass } = await import('./CountingWebSocket');
    const events: string[] = [];
    const Socket = countingWebSocketClass({
      created: () => events.push('created'),
      docFrameSent: (socket) => events.push(`frame ${socket.docFramesSent}`),
    });
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    const socket = new Socket('ws://example.test/sync/room');
    socket.send(syncFrame((e) => writeSyncStep1(e, doc)));
    socket.send(syncFrame((e) => writeSyncStep2(e, doc)));
    socket.send(new Uint8Array([1, 0])); // awareness
    socket.send(syncFrame((e) => writeUpdate(e, Y.encodeStateAsUpdate(doc))));
    expect(events).toEqual(['created', 'frame 1', 'frame 2']);
    expect((socket as unknown as StubWebSocket).frames).toHaveLength(4);
  });
});
