/**
 * A load-generator worker (worker_threads): owns a share of the simulated clients, drives
 * their edits and cursor moves on a 5 ms tick, and measures its own event-loop lag so a run
 * where the generator, not the server, was slow is flagged.
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { type ClientSpec, nowMicros, Samples, SimClient, type WorkerCounters } from './client';

export type WorkerRequest =
  | { cmd: 'connect'; clients: ClientSpec[]; concurrency: number; timeoutMs: number }
  | {
      cmd: 'run';
      /** hrtime µs at which to start (the same for every worker). */
      startAt: number;
      durationMs: number;
      /** Edits per second per writer and cursor moves per second per cursor client. */
      editRate: number;
      cursorRate: number;
      writers: number[];
      cursors: number[];
      /** Insert at random positions (document build) instead of appending. */
      randomPosition?: boolean;
      /** Stop a writer after this many edits. */
      editsPerWriter?: number;
    }
  | { cmd: 'measure'; on: boolean }
  | { cmd: 'collect' }
  | { cmd: 'progress' }
  | { cmd: 'verify'; sent: { idx: number; room: string; count: number }[] }
  | { cmd: 'join'; clients: ClientSpec[]; mode: 'sequential' | 'burst'; timeoutMs: number }
  | { cmd: 'close' };

export interface CollectResult {
  editLatency: Float64Array;
  awarenessLatency: Float64Array;
  editDeliveries: number;
  awarenessDeliveries: number;
  echoes: number;
  acks: number;
  lagP99: number;
  lagMax: number;
  /** Event-loop utilisation of this worker since `measure on` (0–1): lag with low ELU is bursty input, not a saturated generator. */
  elu: number;
  errors: string[];
}

const counters: WorkerCounters = {
  measuring: false,
  editLatency: new Samples(),
  awarenessLatency: new Samples(),
  editDeliveries: 0,
  awarenessDeliveries: 0,
  echoes: 0,
  acks: 0,
  uniqueSeen: 0,
  errors: [],
};
const clients = new Map<number, SimClient>();

// Event-loop lag: how late a 10 ms timer fires.
const LAG_INTERVAL_MS = 10;
const lag = new Samples();
let eluStart = performance.eventLoopUtilization();
let lastTick = performance.now();
const lagTimer = setInterval(() => {
  const now = performance.now();
  lag.push(Math.max(0, now - lastTick - LAG_INTERVAL_MS));
  lastTick = now;
}, LAG_INTERVAL_MS);
lagTimer.unref();

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function connectAll(specs: ClientSpec[], concurrency: number, timeoutMs: number): Promise<{ connected: number; failed: string[] }> {
  const failed: string[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < specs.length) {
      const spec = specs[next++]!;
      const c = new SimClient(spec, counters);
      clients.set(spec.idx, c);
      try {
        await c.connect(timeoutMs);
      } catch (err) {
        failed.push((err as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return { connected: specs.length - failed.length, failed };
}

function run(req: Extract<WorkerRequest, { cmd: 'run' }>): Promise<{ sent: { idx: number; room: string; count: number }[] }> {
  type Due = { c: SimClient; next: number; left: number };
  const writerPeriod = req.editRate > 0 ? 1e6 / req.editRate : Number.POSITIVE_INFINITY;
  const cursorPeriod = req.cursorRate > 0 ? 1e6 / req.cursorRate : Number.POSITIVE_INFINITY;
  // Random phase so writers do not fire in lock step.
  const writers: Due[] = req.writers.map((i) => ({
    c: clients.get(i)!,
    next: req.startAt + Math.random() * writerPeriod,
    left: req.editsPerWriter ?? Number.POSITIVE_INFINITY,
  }));
  const cursors: Due[] = req.cursors.map((i) => ({ c: clients.get(i)!, next: req.startAt + Math.random() * cursorPeriod, left: Number.POSITIVE_INFINITY }));
  const endAt = req.startAt + req.durationMs * 1000;
  const MAX_PER_TICK = 20; // bounded catch-up per client and tick
  return new Promise((resolve) => {
    const tick = (): void => {
      const now = nowMicros();
      const until = Math.min(now, endAt);
      for (const w of writers) {
        let n = 0;
        while (w.next <= until && w.left > 0 && n++ < MAX_PER_TICK && !w.c.closed) {
          w.c.edit(req.randomPosition);
          w.next += writerPeriod;
          w.left--;
        }
      }
      for (const k of cursors) {
        let n = 0;
        while (k.next <= until && n++ < MAX_PER_TICK && !k.c.closed) {
          k.c.moveCursor();
          k.next += cursorPeriod;
        }
      }
      const allDone = writers.every((w) => w.left <= 0) && req.editsPerWriter !== undefined;
      if (now >= endAt || allDone) {
        clearInterval(timer);
        resolve({ sent: writers.map((w) => ({ idx: w.c.spec.idx, room: w.c.spec.room, count: w.c.seq })) });
      }
    };
    const timer = setInterval(tick, 5);
  });
}

async function join(req: Extract<WorkerRequest, { cmd: 'join' }>): Promise<{ ms: number[]; step2Bytes: number[]; failed: string[] }> {
  const ms: number[] = [];
  const step2Bytes: number[] = [];
  const failed: string[] = [];
  const one = async (spec: ClientSpec): Promise<void> => {
    const c = new SimClient(spec, counters);
    clients.set(spec.idx, c);
    const t0 = nowMicros();
    try {
      await c.connect(req.timeoutMs);
      ms.push((c.syncedAt - t0) / 1000);
      step2Bytes.push(c.step2Bytes);
    } catch (err) {
      failed.push((err as Error).message);
    }
  };
  if (req.mode === 'sequential') {
    for (const spec of req.clients) await one(spec);
  } else {
    await Promise.all(req.clients.map(one));
  }
  return { ms, step2Bytes, failed };
}

async function handle(req: WorkerRequest): Promise<unknown> {
  switch (req.cmd) {
    case 'connect':
      return connectAll(req.clients, req.concurrency, req.timeoutMs);
    case 'run':
      return run(req);
    case 'measure':
      if (req.on) {
        counters.editLatency.take();
        counters.awarenessLatency.take();
        lag.take();
        eluStart = performance.eventLoopUtilization();
        counters.editDeliveries = 0;
        counters.awarenessDeliveries = 0;
        counters.echoes = 0;
        counters.acks = 0;
      }
      counters.measuring = req.on;
      return {};
    case 'collect': {
      const lagSorted = lag.take().sort();
      const out: CollectResult = {
        editLatency: counters.editLatency.take(),
        awarenessLatency: counters.awarenessLatency.take(),
        editDeliveries: counters.editDeliveries,
        awarenessDeliveries: counters.awarenessDeliveries,
        echoes: counters.echoes,
        acks: counters.acks,
        lagP99: quantile(lagSorted, 0.99),
        lagMax: lagSorted.length ? lagSorted[lagSorted.length - 1]! : 0,
        elu: performance.eventLoopUtilization(eluStart).utilization,
        errors: counters.errors.splice(0),
      };
      counters.editDeliveries = 0;
      counters.awarenessDeliveries = 0;
      counters.echoes = 0;
      counters.acks = 0;
      return out;
    }
    case 'progress':
      return { uniqueSeen: counters.uniqueSeen };
    case 'verify': {
      let expected = 0;
      let lost = 0;
      let dup = 0;
      for (const c of clients.values()) {
        if (c.spec.observe === 'none') continue;
        const v = c.verify(req.sent);
        expected += v.expected;
        lost += v.lost;
        dup += v.dup;
      }
      return { expected, lost, dup };
    }
    case 'join':
      return join(req);
    case 'close': {
      const all = [...clients.values()];
      clients.clear();
      await Promise.all(all.map((c) => c.close()));
      counters.uniqueSeen = 0;
      return { closed: all.length };
    }
  }
}

parentPort!.on('message', (msg: { id: number; req: WorkerRequest }) => {
  handle(msg.req).then(
    (result) => parentPort!.postMessage({ id: msg.id, result }),
    (err: unknown) => parentPort!.postMessage({ id: msg.id, error: String((err as Error)?.stack ?? err) }),
  );
});
