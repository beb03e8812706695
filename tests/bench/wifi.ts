/**
 * A room on weak Wi-Fi (issue 18): every client reaches the server through the impairment proxy
 * (proxy.ts) and syncs with the real client's provider (roomClient.ts).
 *
 * 1. `clients` join one room and sync; 2. everyone edits under the impairment for `impairedMs`
 *    (edit latency measured here); 3. the access point restarts: every connection is cut and
 *    refused for `cutMs`, every device's Wi-Fi is down (its browser fires `offline`), while
 *    `offlineEditors` keep editing; 4. it comes back: each device re-associates after its own
 *    `reassociateMinMs..MaxMs` (seeded, the same for every server; the browser fires `online`)
 *    and reconnects as its client does. Measured is the time from the access point's return
 *    until every client holds every edit ever made, the server's CPU and peak memory over that
 *    storm, and edits lost (missing, at the end, from a fresh client that syncs directly with
 *    the server).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ImpairmentProxy } from './proxy';
import { loadClientSync, RoomClient } from './roomClient';
import { type BenchServer, cpuMicros, rssBytes } from './servers';

export interface WifiPlan {
  clients: number;
  offlineEditors: number;
  delayMs: number;
  jitterMs: number;
  stallRate: number;
  stallMinMs: number;
  stallMaxMs: number;
  bandwidthBitsPerSec: number;
  cutMs: number;
  /** After the access point returns, each device is back on Wi-Fi after a delay in this range. */
  reassociateMinMs: number;
  reassociateMaxMs: number;
  impairedMs: number;
  /** Edits per second of each client while online, and of each offline editor during the cut. */
  editRate: number;
  offlineEditRate: number;
  /** Longest wait for everyone to converge after the access point is back. */
  convergeTimeoutMs: number;
}

export const WIFI_PLAN: WifiPlan = {
  clients: 80,
  offlineEditors: 20,
  delayMs: 40,
  jitterMs: 20,
  stallRate: 0.02,
  stallMinMs: 200,
  stallMaxMs: 600,
  bandwidthBitsPerSec: 20_000_000,
  cutMs: 10_000,
  reassociateMinMs: 300,
  reassociateMaxMs: 3000,
  impairedMs: 15_000,
  editRate: 0.5,
  offlineEditRate: 1,
  convergeTimeoutMs: 90_000,
};

export const WIFI_QUICK: WifiPlan = { ...WIFI_PLAN, clients: 20, offlineEditors: 6, cutMs: 3000, impairedMs: 4000, convergeTimeoutMs: 30_000 };

export interface WifiResult {
  clients: number;
  edits: number;
  offlineEdits: number;
  /** ms from the access point's return until every client held every edit (null: not within the timeout). */
  convergeMs: number | null;
  /** ms from the access point's return until the last device was back on its Wi-Fi (the same for every server). */
  lastReturnMs: number;
  /**
   * ms from the last device's return until every client held every edit: what the clients'
   * reconnect and the server's resync add to the re-association (null: not converged).
   */
  afterLastReturnMs: number | null;
  /**
   * Per client, ms from its own device's return until its provider was connected and synced
   * again (the client's reconnect policy and the server's handshake, without waiting for the
   * other devices): p50 and max (null: some client never resynced).
   */
  resyncP50Ms: number | null;
  resyncMaxMs: number | null;
  /** Edits missing from a fresh client that synced directly with the server at the end. */
  lost: number;
  /** Client-edit pairs still missing when the wait ended (0 when converged). */
  missingAtEnd: number;
  editP50: number;
  editP99: number;
  /** Server CPU from the return until convergence (or the timeout): ms, and as cores used. */
  stormCpuMs: number;
  stormCores: number;
  rssBeforeMiB: number;
  stormPeakRssMiB: number;
  reconnects: number;
  /** Clients still missing edits when the wait ended: what they missed and their transport state. */
  stragglers: string[];
  proxy: ImpairmentProxy['stats'];
  generatorLagP99: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`${what} within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Each of `editors` edits at `rate`/s (Poisson-ish: random phase, ±50 % spacing) until `stop()`. */
function editLoop(editors: RoomClient[], rate: number): { stop: () => void } {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  for (const c of editors) {
    const next = (): void => {
      if (stopped) return;
      const t = setTimeout(() => {
        timers.delete(t);
        if (stopped) return;
        c.edit();
        next();
      }, (1000 / rate) * (0.5 + Math.random()));
      timers.add(t);
    };
    next();
  }
  return {
    stop: () => {
      stopped = true;
      for (const t of timers) clearTimeout(t);
    },
  };
}

export async function wifi(server: BenchServer, plan: WifiPlan, log: (msg: string) => void): Promise<WifiResult> {
  await loadClientSync();
  // Every y-websocket provider adds a process `exit` listener.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 4 * plan.clients));
  const [room] = await server.provision(1, plan.clients + 1);
  const proxy = await ImpairmentProxy.start({
    targetPort: server.port,
    delayMs: plan.delayMs,
    jitterMs: plan.jitterMs,
    stallRate: plan.stallRate,
    stallMinMs: plan.stallMinMs,
    stallMaxMs: plan.stallMaxMs,
    bandwidthBitsPerSec: plan.bandwidthBitsPerSec,
    seed: 18,
  });
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let measuring = false;
  const latencies: number[] = [];
  const clients: RoomClient[] = [];
  let fresh: RoomClient | null = null;
  try {
    for (let i = 0; i < plan.clients; i++) {
      clients.push(
        new RoomClient({
          idx: i,
          kind: server.kind,
          base: `ws://127.0.0.1:${proxy.port}`,
          room: room!.name,
          token: room!.tokens[i]!,
          onLatency: (ms) => {
            if (measuring) latencies.push(ms);
          },
        }),
      );
      if (i % 10 === 9) await sleep(50); // people arrive over a few seconds, not in one tick
    }
    await waitUntil(() => clients.every((c) => c.synced), 60_000, 'every client synced');
    log(`    ${plan.clients} clients synced through the proxy`);

    measuring = true;
    const online = editLoop(clients, plan.editRate);
    await sleep(plan.impairedMs);
    online.stop();
    await sleep(1500); // the last edits arrive before the cut
    measuring = false;

    const offline = clients.slice(0, plan.offlineEditors);
    const editsBeforeCut = clients.reduce((n, c) => n + c.seq, 0);
    proxy.cut(plan.cutMs);
    for (const c of clients) c.network(false);
    log(`    access point down for ${plan.cutMs / 1000} s; ${offline.length} keep editing`);
    const offlineLoop = editLoop(offline, plan.offlineEditRate);
    const rssBefore = rssBytes(server.pid);
    await sleep(plan.cutMs);
    offlineLoop.stop();
    // Devices re-associate one by one (seeded: the same moments for every server).
    let seed = 1818;
    const rand = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const onlineAt: number[] = new Array(clients.length).fill(Number.NaN);
    const resyncedAt: number[] = new Array(clients.length).fill(Number.NaN);
    const rejoin = clients.map((c, i) =>
      setTimeout(
        () => {
          onlineAt[i] = performance.now();
          c.network(true);
        },
        plan.reassociateMinMs + rand() * (plan.reassociateMaxMs - plan.reassociateMinMs),
      ),
    );
    const edits = clients.reduce((n, c) => n + c.seq, 0);
    const offlineEdits = edits - editsBeforeCut;

    // The access point is back: the storm.
    const back = performance.now();
    const cpu0 = cpuMicros(server.pid);
    let peakRss = rssBefore;
    const expected = (c: RoomClient): number => edits - c.seq;
    const missing = (): number => clients.reduce((n, c) => n + Math.max(0, expected(c) - c.seen.size), 0);
    let convergeMs: number | null = null;
    const until = back + plan.convergeTimeoutMs;
    while (performance.now() < until) {
      peakRss = Math.max(peakRss, rssBytes(server.pid));
      const now = performance.now();
      for (const [i, c] of clients.entries()) if (Number.isNaN(resyncedAt[i]!) && !Number.isNaN(onlineAt[i]!) && c.synced) resyncedAt[i] = now;
      if (missing() === 0) {
        convergeMs = performance.now() - back;
        break;
      }
      await sleep(25);
    }
    for (const t of rejoin) clearTimeout(t);
    const stormCpuMs = (cpuMicros(server.pid) - cpu0) / 1000;
    const stormWall = performance.now() - back;
    const missingAtEnd = missing();
    for (const c of clients) if (c.seen.size < expected(c)) log(`      client ${c.spec.idx}: missing ${expected(c) - c.seen.size}, ${c.state}, closes ${c.closeCodes.join(',')}`);
    log(`    ${convergeMs === null ? `not converged after ${plan.convergeTimeoutMs / 1000} s (${missingAtEnd} missing)` : `converged in ${(convergeMs / 1000).toFixed(2)} s`}`);

    // Edits lost: what a fresh client, straight to the server, does not get.
    fresh = new RoomClient({ idx: 1_000_000, kind: server.kind, base: `ws://127.0.0.1:${server.port}`, room: room!.name, token: room!.tokens[plan.clients]! });
    await waitUntil(() => fresh!.synced, 20_000, 'fresh client synced');
    await sleep(200);
    const lost = edits - fresh.seen.size;

    latencies.sort((a, b) => a - b);
    const lastReturnMs = Math.max(...onlineAt) - back;
    const resync = clients.map((_, i) => resyncedAt[i]! - onlineAt[i]!).sort((a, b) => a - b);
    const resynced = resync.every((x) => Number.isFinite(x));
    return {
      resyncP50Ms: resynced ? percentile(resync, 50) : null,
      resyncMaxMs: resynced ? resync[resync.length - 1]! : null,
      lastReturnMs,
      afterLastReturnMs: convergeMs === null ? null : convergeMs - lastReturnMs,
      clients: plan.clients,
      edits,
      offlineEdits,
      convergeMs,
      lost,
      missingAtEnd,
      editP50: percentile(latencies, 50),
      editP99: percentile(latencies, 99),
      stormCpuMs,
      stormCores: stormCpuMs / stormWall,
      rssBeforeMiB: rssBefore / 2 ** 20,
      stormPeakRssMiB: peakRss / 2 ** 20,
      stragglers: clients
        .filter((c) => c.seen.size < expected(c))
        .slice(0, 10)
        .map((c) => `client ${c.spec.idx}: missing ${expected(c) - c.seen.size}, ${c.state}, closes ${c.closeCodes.join(',')}`),
      reconnects: clients.reduce((n, c) => n + c.reconnects, 0),
      proxy: { ...proxy.stats },
      generatorLagP99: lag.percentile(99) / 1e6,
    };
  } finally {
    lag.disable();
    for (const c of clients) c.destroy();
    fresh?.destroy();
    await proxy.close();
  }
}
