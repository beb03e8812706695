/**
 * Seeded hostile-input suite: each attack closes only the offending socket with a documented
 * code, the server answers /healthz within a second, another client keeps syncing, and the
 * stored document does not change. Replay a failing seed with MUFAKAT_FUZZ_SEED=<seed>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol';
import { createWorkshop, joinAs } from '../support/api';
import { connectClient, rawSocket, type TestClient, waitFor } from '../support/clients';
import {
  awarenessFrame,
  nestedJson,
  sendCompressedFrame,
  syncFrame,
  textUpdate,
  updateFrame,
  updateWithGap,
  updateWithMissingOrigin,
} from '../support/rawFrames';
import { type RunningServer, startServer } from '../support/server';
import { fuzzSeed, seededRandom } from '../support/random';

const SEED = fuzzSeed();

let server: RunningServer;
let workshopId: string;
let tokenA: string;
let tokenB: string;
let tokenHostile: string;
let a: TestClient;
let b: TestClient;

beforeAll(async () => {
  server = await startServer({
    demo: false,
    env: { MUFAKAT_MAX_FRAME_BYTES: String(256 * 1024), MUFAKAT_MAX_DOC_BYTES: String(64 * 1024) },
  });
  const w = await createWorkshop(server.http);
  workshopId = w.workshopId;
  tokenA = (await joinAs(server.http, w.joinCode, { name: 'Ana' })).participantToken;
  tokenB = (await joinAs(server.http, w.joinCode, { name: 'Budi' })).participantToken;
  tokenHostile = (await joinAs(server.http, w.joinCode, { name: 'Hostile' })).participantToken;
  a = connectClient(server.ws, workshopId, tokenA);
  b = connectClient(server.ws, workshopId, tokenB);
  await Promise.all([a.synced(), b.synced()]);
  a.text.insert(0, 'isi awal');
  await waitFor(() => b.text.toString() === 'isi awal', 'initial sync');
});
afterAll(async () => {
  if (process.env.MUFAKAT_DEBUG) console.log(server.output().split('\n').filter((l) => !l.includes('DEBUG')).slice(-60).join('\n'));
  a?.destroy();
  b?.destroy();
  await server?.stop();
});

/** What a brand-new client would load from the server now. */
async function storedState(): Promise<{ text: string; sv: string }> {
  const fresh = connectClient(server.ws, workshopId, tokenA);
  try {
    await fresh.synced();
    return { text: fresh.text.toString(), sv: Buffer.from(Y.encodeStateVector(fresh.doc)).toString('hex') };
  } finally {
    fresh.destroy();
  }
}

async function healthyWithin(ms: number): Promise<void> {
  const started = Date.now();
  const res = await fetch(`${server.http}/healthz`, { signal: AbortSignal.timeout(ms) });
  expect(res.status).toBe(200);
  expect(Date.now() - started).toBeLessThan(ms);
}

let marker = 0;
async function othersStillSync(): Promise<void> {
  const word = ` ok${++marker}`;
  a.text.insert(a.text.length, word);
  await waitFor(() => b.text.toString().endsWith(word), 'another client to keep syncing');
}

/** Sends `frames` on a fresh hostile socket and checks everything the suite promises. */
async function attack(frames: (Uint8Array | string)[], expected: number[]): Promise<void> {
  const before = await storedState();
  const s = rawSocket(server.ws, workshopId, tokenHostile);
  await s.opened;
  for (const f of frames) if (s.ws.readyState === s.ws.OPEN) s.ws.send(f);
  const { code } = await s.closed;
  expect(expected).toContain(code);
  await healthyWithin(1000);
  expect(await storedState()).toEqual(before);
  await othersStillSync();
}

describe(`hostile frames (seed ${SEED})`, () => {
  it('random bytes close the socket with 4400', async () => {
    const random = seededRandom(SEED);
    for (let i = 0; i < 12; i++) {
      const length = 1 + Math.floor(random() * 200);
      const frame = new Uint8Array(length).map(() => Math.floor(random() * 256));
      frame[0] = Math.floor(random() * 4) === 0 ? 0 : frame[0]!; // often a sync message with garbage
      try {
        await attack([frame], [CloseCode.badMessage]);
      } catch (err) {
        console.error(`hostile frame failed: seed ${SEED}, iteration ${i}, frame ${Buffer.from(frame).toString('hex')}`);
        throw err;
      }
    }
  });

  it('text frames, huge and negative-looking varints, and truncated updates close with 4400', async () => {
    const valid = updateFrame(textUpdate('sah'));
    await attack(['{"type":"sync"}'], [CloseCode.badMessage]);
    await attack([new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])], [CloseCode.badMessage]);
    await attack([new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f])], [CloseCode.badMessage]);
    await attack([valid.slice(0, valid.length - 3)], [CloseCode.badMessage]);
    await attack([syncFrame(0, new Uint8Array([5, 1]))], [CloseCode.badMessage]); // state vector cut short
  });

  it('updates that depend on missing structs are refused and never stored', async () => {
    await attack([updateFrame(updateWithGap())], [CloseCode.badMessage]);
    await attack([updateFrame(updateWithMissingOrigin())], [CloseCode.badMessage]);
  });

  it('huge, deeply nested or malformed awareness states close the socket', async () => {
    await attack([awarenessFrame([{ clientId: 1, clock: 1, json: JSON.stringify({ user: { name: 'x'.repeat(20_000) } }) }])], [CloseCode.tooLarge]);
    await attack([awarenessFrame([{ clientId: 2, clock: 1, json: nestedJson(5000) }])], [CloseCode.tooLarge, CloseCode.badMessage]);
    await attack([awarenessFrame([{ clientId: 3, clock: 1, json: '{"user":' }])], [CloseCode.badMessage]);
    await attack([awarenessFrame(Array.from({ length: 100 }, (_, i) => ({ clientId: 10 + i, clock: 1, json: '{}' })))], [CloseCode.badMessage]);
  });

  it("a socket cannot take over another client's presence, and peers see the server's identity", async () => {
    a.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#123456' });
    await waitFor(() => [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Ana'), 'Ana on B');
    // Claim to be someone else: the server replaces the name with the authenticated one.
    const liar = connectClient(server.ws, workshopId, tokenHostile);
    await liar.synced();
    liar.provider.awareness.setLocalStateField('user', { name: 'Kepala Dinas', color: '#abcdef' });
    await waitFor(() => b.provider.awareness.getStates().get(liar.doc.clientID)?.user?.name === 'Hostile', 'rewritten identity');
    expect(b.provider.awareness.getStates().get(liar.doc.clientID)?.user?.color).toBe('#abcdef');
    liar.destroy();
    // Moving Ana's presence from another socket is ignored (stock clients echo states, so it is not an error).
    const s = rawSocket(server.ws, workshopId, tokenHostile);
    await s.opened;
    s.ws.send(awarenessFrame([{ clientId: a.doc.clientID, clock: 999, json: '{"user":{"name":"Penyusup","color":"#000000"}}' }]));
    // Then a state of its own: presence goes out in order, so once B sees it, the stolen one
    // would have arrived too.
    const own = 880_088;
    s.ws.send(awarenessFrame([{ clientId: own, clock: 1, json: '{"user":{"name":"x","color":"#000000"}}' }]));
    await waitFor(() => b.provider.awareness.getStates().has(own), "the socket's own presence on B");
    expect(b.provider.awareness.getStates().get(a.doc.clientID)?.user).toMatchObject({ name: 'Ana', color: '#123456' });
    s.ws.close();
  });

  it('a compressed frame (RSV1) without negotiated compression is a protocol error', async () => {
    const code = await sendCompressedFrame(server.port, `/sync/${workshopId}?token=${tokenHostile}`, new Uint8Array([120, 156, 3, 0]));
    expect([1002, null]).toContain(code);
    await healthyWithin(1000);
    await othersStillSync();
  });

  it('a write that would push the document past its size limit closes with 4413 and is not stored', async () => {
    await attack([updateFrame(textUpdate('x'.repeat(80 * 1024)))], [CloseCode.tooLarge]);
  });

  it('a flood of messages closes the socket with 4429, and another client keeps its latency', async () => {
    const before = await storedState();
    const s = rawSocket(server.ws, workshopId, tokenHostile);
    await s.opened;
    const ping = syncFrame(0, new Uint8Array([0]));
    for (let i = 0; i < 2000 && s.ws.readyState === s.ws.OPEN; i++) s.ws.send(ping);
    expect((await s.closed).code).toBe(CloseCode.tooMany);
    const started = Date.now();
    await othersStillSync();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await storedState()).toMatchObject({ text: expect.stringContaining(before.text) });
  });

  it('data sent before authentication is bounded', async () => {
    const s = rawSocket(server.ws, workshopId, tokenHostile);
    await s.opened;
    // The token check is fast; flood while it runs and right after.
    for (let i = 0; i < 500 && s.ws.readyState === s.ws.OPEN; i++) s.ws.send(new Uint8Array([0, 0, 1, 0]));
    const { code } = await s.closed;
    expect([CloseCode.tooMany]).toContain(code);
    await healthyWithin(1000);
  });
});
