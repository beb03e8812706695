import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, joinAs } from '../support/api';
import { AckingClient } from '../support/ackingClient';
import { connectClient, roundTrip, socketOf, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, startServer, tempDataDir } from '../support/server';

const running: RunningServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of running.splice(0)) await s.kill();
});
async function start(dataDir: string, env: Record<string, string> = {}) {
  const s = await startServer({ dataDir, demo: false, env });
  running.push(s);
  return s;
}
function client(s: RunningServer, room: string, token: string, ack = false) {
  const c = connectClient(s.ws, room, token, { ack });
  clients.push(c);
  return c;
}

/** Reads the document back as a fresh client would after a restart. */
async function readBack(s: RunningServer, room: string, token: string): Promise<string> {
  const c = client(s, room, token);
  await c.synced();
  return c.text.toString();
}

describe('durability', () => {
  it('an edit another client has seen survives SIGKILL of the server and a restart', async () => {
    const dataDir = tempDataDir();
    let s = await start(dataDir);
    const w = await createWorkshop(s.http);
    const p = await joinAs(s.http, w.joinCode, { name: 'Ana' });
    const writer = client(s, w.workshopId, p.participantToken);
    const watcher = client(s, w.workshopId, p.participantToken);
    await Promise.all([writer.synced(), watcher.synced()]);
    writer.text.insert(0, 'janji layanan');
    // Durable before visible: once the watcher sees it, it is on disk.
    await waitFor(() => watcher.text.toString() === 'janji layanan', 'watcher to see the edit');
    writer.provider.disconnect();
    watcher.provider.disconnect();
    await s.kill();

    s = await start(dataDir);
    expect(await readBack(s, w.workshopId, p.participantToken)).toBe('janji layanan');
  });

  it('every acknowledged edit survives SIGKILL right after the ack', async () => {
    const dataDir = tempDataDir();
    let s = await start(dataDir);
    const w = await createWorkshop(s.http);
    const p = await joinAs(s.http, w.joinCode, { name: 'Budi' });
    const c = client(s, w.workshopId, p.participantToken, true);
    await c.synced();
    for (let i = 0; i < 50; i++) c.text.insert(c.text.length, `${i},`);
    const expected = c.text.toString();
    // step 2 + 50 updates
    await waitFor(() => c.storedCount() >= 51, 'acks for all 50 edits');
    c.provider.disconnect();
    await s.kill();
    s = await start(dataDir);
    expect(await readBack(s, w.workshopId, p.participantToken)).toBe(expected);
  });

  it('SIGTERM stores pending work, closes sockets with 1001 and exits 0 promptly', async () => {
    const dataDir = tempDataDir();
    let s = await start(dataDir);
    const w = await createWorkshop(s.http);
    const p = await joinAs(s.http, w.joinCode, { name: 'Citra' });
    const c = client(s, w.workshopId, p.participantToken);
    await c.synced();
    c.text.insert(0, 'sebelum berhenti');
    // The server has the edit once it answers a later step 1 on the same socket.
    await roundTrip(socketOf(c));
    const started = Date.now();
    const code = await s.stop();
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(c.closes.some((e) => e.code === 1001)).toBe(true);
    c.provider.disconnect();
    s = await start(dataDir);
    expect(await readBack(s, w.workshopId, p.participantToken)).toBe('sebelum berhenti');
  });

  it('compacts the update log into a snapshot after N updates and keeps the content', async () => {
    const dataDir = tempDataDir();
    let s = await start(dataDir, { MUFAKAT_COMPACT_AFTER_UPDATES: '20' });
    const w = await createWorkshop(s.http);
    const p = await joinAs(s.http, w.joinCode, { name: 'Dewi' });
    const c = client(s, w.workshopId, p.participantToken, true);
    await c.synced();
    for (let i = 0; i < 45; i++) c.text.insert(c.text.length, 'x');
    await waitFor(() => c.storedCount() >= 46, 'acks');
    const db = new Database(path.join(dataDir, 'mufakat.sqlite'), { readonly: true });
    try {
      await waitFor(() => {
        const snap = db.prepare('SELECT upto_seq FROM doc_snapshots WHERE doc = ?').get(w.workshopId) as
          | { upto_seq: number }
          | undefined;
        return (snap?.upto_seq ?? 0) >= 20;
      }, 'a snapshot');
      const left = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?').get(w.workshopId) as { n: number };
      expect(left.n).toBeLessThan(45);
    } finally {
      db.close();
    }
    c.provider.disconnect();
    await s.kill();
    s = await start(dataDir);
    expect(await readBack(s, w.workshopId, p.participantToken)).toBe('x'.repeat(45));
  });

  it('a client that edited while the server was down converges after the restart without duplicates', async () => {
    const dataDir = tempDataDir();
    let s = await start(dataDir);
    const w = await createWorkshop(s.http);
    const p = await joinAs(s.http, w.joinCode, { name: 'Eko' });
    const a = client(s, w.workshopId, p.participantToken);
    await a.synced();
    a.text.insert(0, 'awal.');
    await waitFor(async () => (await readBack(s, w.workshopId, p.participantToken)) === 'awal.', 'stored');
    await s.kill();
    a.text.insert(a.text.length, ' luring.');
    s = await start(dataDir);
    // The provider reconnects to the same port only if it is the same; point it at the new one.
    a.provider.disconnect();
    const a2 = connectClient(s.ws, w.workshopId, p.participantToken, { doc: a.doc });
    clients.push({ ...a2, destroy: () => a2.provider.destroy() });
    await a2.synced();
    await waitFor(async () => (await readBack(s, w.workshopId, p.participantToken)) === 'awal. luring.', 'offline edit to arrive once');
  });

  it('with several busy rooms sharing commits (group commit), every acknowledged edit in every room survives SIGKILL', async () => {
    const dataDir = tempDataDir();
    let s = await start(dataDir);
    const rooms: { id: string; token: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const w = await createWorkshop(s.http);
      const p = await joinAs(s.http, w.joinCode, { name: `Peserta ${i}` });
      rooms.push({ id: w.workshopId, token: p.participantToken });
    }
    const writers = rooms.map((_, i) => new AckingClient(`r${i}-`));
    const url = (i: number) => `${s.ws}/${rooms[i]!.id}?token=${rooms[i]!.token}`;
    await Promise.all(writers.map((c, i) => c.connect(url(i))));
    // Every room writes in the same tick, so the server reads them in one turn and stores them together.
    for (let n = 0; n < 30; n++) {
      for (const c of writers) c.write(`${c.name}${n};`);
      // Pacing, not waiting for an outcome: 30 separate rounds of writes, each shared by four rooms.
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitFor(() => writers.every((c) => c.acked.size >= 30), 'acks in every room');
    // More in flight at the moment of the kill: only what was acknowledged must survive.
    for (let n = 30; n < 40; n++) for (const c of writers) c.write(`${c.name}${n};`);
    await s.kill();
    for (const c of writers) c.disconnect();
    s = await start(dataDir);
    for (const [i, c] of writers.entries()) {
      const stored = await readBack(s, rooms[i]!.id, rooms[i]!.token);
      for (const t of c.acked) expect(stored).toContain(t);
      expect(c.acked.size).toBeGreaterThanOrEqual(30);
    }
  });
});
