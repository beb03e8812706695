import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MessageType, SyncMessageType } from '../../shared/protocol';
import { createWorkshop, joinAs } from '../support/api';
import { connectClient, rawSocket, roundTrip, socketOf, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
const clients: TestClient[] = [];
const client = (room: string, token: string, options?: { ack?: boolean }) => {
  const c = connectClient(server.ws, room, token, options);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startServer({ env: { MUFAKAT_MAX_FRAME_BYTES: String(64 * 1024) } });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, SyncMessageType.update);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

async function healthz(): Promise<{ rooms: number; connections: number }> {
  return (await fetch(`${server.http}/healthz`)).json() as Promise<{ rooms: number; connections: number }>;
}

describe('sync with stock y-websocket clients', () => {
  it('two stock WebsocketProvider clients converge on the same text', async () => {
    const w = await createWorkshop(server.http);
    const ana = await joinAs(server.http, w.joinCode, { name: 'Ana' });
    const budi = await joinAs(server.http, w.joinCode, { name: 'Budi', sector: 'government', category: 'provider_unit' });
    const a = client(w.workshopId, ana.participantToken);
    const b = client(w.workshopId, budi.participantToken);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'Akta selesai 3 hari kerja. ');
    b.text.insert(0, 'Gratis. ');
    await waitFor(() => a.text.toString() === b.text.toString() && a.text.length > 30, 'convergence');
    expect(a.text.toString()).toContain('Akta selesai 3 hari kerja.');
    expect(b.text.toString()).toContain('Gratis.');
  });

  it('a client that asked for acks learns that its edits are stored, a stock client gets no extra frames', async () => {
    const w = await createWorkshop(server.http);
    const p = await joinAs(server.http, w.joinCode, { name: 'Citra' });
    const acked = client(w.workshopId, p.participantToken, { ack: true });
    await acked.synced();
    const before = acked.storedCount();
    acked.text.insert(0, 'satu');
    acked.text.insert(4, ' dua');
    // The step 2 reply to the server's step 1 plus two updates: at least 3 messages.
    await waitFor(() => acked.storedCount() >= before + 2, 'stored ack');
    expect(acked.storedCount()).toBeGreaterThanOrEqual(3);

    const stock = client(w.workshopId, p.participantToken);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await stock.synced();
      stock.text.insert(0, 'x');
      await waitFor(() => acked.text.toString().startsWith('x'), 'relay to the acked client');
    } finally {
      console.error = original;
    }
    // y-websocket logs "Unable to compute message" for any unknown message type.
    expect(errors).toEqual([]);
  });

  it('a garbage frame closes only its own socket while another client keeps syncing', async () => {
    const w = await createWorkshop(server.http);
    const p = await joinAs(server.http, w.joinCode, { name: 'Dewi' });
    const q = await joinAs(server.http, w.joinCode, { name: 'Eko' });
    const a = client(w.workshopId, p.participantToken);
    const b = client(w.workshopId, q.participantToken);
    await Promise.all([a.synced(), b.synced()]);

    const bad = rawSocket(server.ws, w.workshopId, p.participantToken);
    await bad.opened;
    bad.ws.send(new Uint8Array([0, 2, 200, 1, 2, 3])); // an update whose length runs past the frame
    expect((await bad.closed).code).toBe(CloseCode.badMessage);

    a.text.insert(0, 'masih jalan');
    await waitFor(() => b.text.toString() === 'masih jalan', 'sync after the garbage frame');
    expect((await fetch(`${server.http}/healthz`)).status).toBe(200);
  });

  it.each([
    ['random bytes', new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1])],
    ['an unknown message type', new Uint8Array([42, 0])],
    ['an empty frame', new Uint8Array([])],
    ['a sync message with trailing bytes', new Uint8Array([0, 0, 0, 9, 9])],
    ['an update that is not a Yjs update', syncUpdateFrame(new Uint8Array([1, 2, 3, 4, 5, 6, 7]))],
  ])('%s closes the socket with 4400', async (_name, frame) => {
    const w = await createWorkshop(server.http);
    const p = await joinAs(server.http, w.joinCode, { name: 'Fajar' });
    const bad = rawSocket(server.ws, w.workshopId, p.participantToken);
    await bad.opened;
    bad.ws.send(frame);
    expect((await bad.closed).code).toBe(CloseCode.badMessage);
    expect(server.output()).toMatch(/sync\.closed_socket code=4400/);
  });

  it('a text frame closes the socket with 4400', async () => {
    const w = await createWorkshop(server.http);
    const p = await joinAs(server.http, w.joinCode, { name: 'Gita' });
    const bad = rawSocket(server.ws, w.workshopId, p.participantToken);
    await bad.opened;
    bad.ws.send('hello');
    expect((await bad.closed).code).toBe(CloseCode.badMessage);
  });

  it('a frame over the size limit closes the socket with 1009 and the server goes on', async () => {
    const w = await createWorkshop(server.http);
    const p = await joinAs(server.http, w.joinCode, { name: 'Hadi' });
    const bad = rawSocket(server.ws, w.workshopId, p.participantToken);
    await bad.opened;
    bad.ws.send(new Uint8Array(65 * 1024));
    expect((await bad.closed).code).toBe(CloseCode.tooBig);
    expect((await fetch(`${server.http}/healthz`)).status).toBe(200);
  });

  it('refuses bad room names, unknown workshops, missing tokens and tokens of another workshop', async () => {
    const w1 = await createWorkshop(server.http);
    const w2 = await createWorkshop(server.http);
    const p2 = await joinAs(server.http, w2.joinCode, { name: 'Indah' });
    const cases: [string, string | undefined, number][] = [
      ['..%2F..%2Fetc', p2.participantToken, CloseCode.badMessage],
      ['UPPERCASE!', p2.participantToken, CloseCode.badMessage],
      ['zzzzzzzzzzzzzzzz', p2.participantToken, CloseCode.notFound],
      [w1.workshopId, undefined, CloseCode.unauthorized],
      [w1.workshopId, 'not-a-real-token', CloseCode.unauthorized],
      [w1.workshopId, p2.participantToken, CloseCode.forbidden],
    ];
    for (const [room, token, code] of cases) {
      const s = rawSocket(server.ws, room, token);
      expect({ room, code: (await s.closed).code }).toEqual({ room, code });
    }
  });

  it("an observer's update is not applied and the socket closes with 4403, while its empty step 2 is accepted", async () => {
    const demo = server.demo!;
    const writer = client(demo.workshopId, demo.facilitatorToken);
    const observer = client(demo.workshopId, demo.boardToken);
    await Promise.all([writer.synced(), observer.synced()]);
    const draftBefore = writer.doc.getXmlFragment('draft').toString();
    expect(draftBefore).toContain('Catatan bersama');
    // The stock provider stays connected (its empty step 2 changed nothing): the server answers
    // a later step 1 on the same socket instead of closing it.
    await roundTrip(socketOf(observer));
    expect(observer.closes).toEqual([]);

    observer.doc.getText('t').insert(0, 'tulisan pengamat');
    await waitFor(() => observer.closes.length > 0, 'observer socket to close');
    expect(observer.closes[0]!.code).toBe(CloseCode.forbidden);
    // Had the update been taken, it would be stored and broadcast before the writer's next
    // step 1 is answered.
    await roundTrip(socketOf(writer));
    expect(writer.doc.getText('t').toString()).toBe('');
    expect(writer.doc.getXmlFragment('draft').toString()).toBe(draftBefore);
  });

  it('a room with no clients is unloaded after the grace period', async () => {
    const s = await startServer({ demo: false, env: { MUFAKAT_ROOM_UNLOAD_GRACE_MS: '150' } });
    try {
      const w = await createWorkshop(s.http);
      const p = await joinAs(s.http, w.joinCode, { name: 'Joko' });
      const c = connectClient(s.ws, w.workshopId, p.participantToken);
      await c.synced();
      const h = async () => (await fetch(`${s.http}/healthz`)).json() as Promise<{ rooms: number }>;
      expect((await h()).rooms).toBeGreaterThanOrEqual(1);
      c.destroy();
      await waitFor(async () => (await h()).rooms === 0, 'room unload');
      expect(s.output()).toMatch(/room\.unloaded/);
    } finally {
      await s.stop();
    }
  });

  it('reports rooms and connections on /healthz', async () => {
    const h = await healthz();
    expect(h.rooms).toBeGreaterThanOrEqual(0);
    expect(typeof h.connections).toBe('number');
  });
});

describe('Y.Doc sanity', () => {
  it('a doc built from the demo text round-trips', () => {
    const d = new Y.Doc();
    d.getText('t').insert(0, 'a');
    expect(Y.encodeStateAsUpdate(d).length).toBeGreaterThan(0);
  });
});
