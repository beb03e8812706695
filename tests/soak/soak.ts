/**
 * Soak: the real app in this process (so its heap and timers can be inspected) and N cycles of
 * connect → edit → acknowledged → disconnect spread over several workshops, with presence.
 * Prints one JSON line. Run with `node --expose-gc --import tsx tests/soak/soak.ts [cycles]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import { MessageType } from '../../shared/protocol';
import { createApp } from '../../server/app';
import { configFromEnv } from '../../server/config';
import { createLogger } from '../../server/log';
import { AckingClient } from '../support/ackingClient';

const cycles = Number(process.argv[2] ?? 2000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-soak-'));
const config = configFromEnv({}, { port: 0, host: '127.0.0.1', dataDir, demo: false, roomUnloadGraceMs: 20, logLevel: 'error', sqliteSynchronous: process.env.MUFAKAT_SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL' });
const app = await createApp(config, createLogger('error'));
const { port } = await app.listen();

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
async function settle(): Promise<void> {
  for (let i = 0; i < 100 && app.sync.stats.rooms > 0; i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
  gc!();
  await new Promise((r) => setImmediate(r));
  gc!();
}

const workshops: { id: string; token: string }[] = [];
for (let i = 0; i < 10; i++) {
  const w = await app.workshops.createWorkshop({ title: `Soak ${i}`, serviceName: 'KTP' });
  const { token } = await app.workshops.issue(w.id, 'participant', { name: `P${i}`, sector: 'civil_society' });
  workshops.push({ id: w.id, token });
}

async function cycle(i: number): Promise<void> {
  const w = workshops[i % workshops.length]!;
  const c = new AckingClient(`s${i}`);
  await c.connect(`ws://127.0.0.1:${port}/sync/${w.id}?token=${w.token}`);
  c.write(`e${i};`);
  // Presence too: the server's Awareness must forget this client when it leaves.
  const awareness = new awarenessProtocol.Awareness(c.doc);
  awareness.setLocalState({ user: { name: 'x', color: '#123456' } });
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.awareness);
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [c.doc.clientID]));
  (c as unknown as { ws: { send(d: Uint8Array): void } }).ws.send(encoding.toUint8Array(e));
  const until = Date.now() + 5000;
  while (!c.acked.has(`e${i};`) && Date.now() < until) await new Promise((r) => setTimeout(r, 1));
  if (!c.acked.has(`e${i};`)) throw new Error(`cycle ${i}: edit not acknowledged`);
  awareness.destroy();
  c.disconnect();
  c.doc.destroy();
}

// Warm up, then measure from a settled baseline.
for (let i = 0; i < 100; i++) await cycle(i);
await settle();
const baseline = { heap: process.memoryUsage().heapUsed, timers: timers() };
const started = Date.now();
for (let i = 100; i < cycles + 100; i++) await cycle(i);
await settle();
const after = { heap: process.memoryUsage().heapUsed, timers: timers(), rooms: app.sync.stats.rooms, connections: app.sync.stats.connections };
console.log(
  JSON.stringify({
    cycles,
    seconds: (Date.now() - started) / 1000,
    baselineHeapMB: +(baseline.heap / 2 ** 20).toFixed(2),
    afterHeapMB: +(after.heap / 2 ** 20).toFixed(2),
    heapGrowthMB: +((after.heap - baseline.heap) / 2 ** 20).toFixed(2),
    baselineTimers: baseline.timers,
    afterTimers: after.timers,
    rooms: after.rooms,
    connections: after.connections,
  }),
);
await app.close();
process.exit(0);
