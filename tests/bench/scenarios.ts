/**
 * The workloads, identical for every server. Each returns plain numbers; `run.ts` repeats them
 * and builds the table.
 */
import type { ClientSpec } from './client';
import { nowMicros } from './client';
import type { Generator } from './generator';
import { type BenchServer, cpuMicros, kernelCpuMicros, mainThreadCpuMicros, rssBytes, threadCpuMicros, writeSyscalls } from './servers';
import type { CollectResult } from './worker';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const CONNECT_TIMEOUT_MS = 20_000;
const DRAIN_TIMEOUT_MS = 5_000;

export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function concat(arrays: Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

type Sent = { idx: number; room: string; count: number };

/** Splits specs round-robin over the workers. */
function spread<T>(items: T[], workers: number): T[][] {
  const out: T[][] = Array.from({ length: workers }, () => []);
  items.forEach((item, i) => {
    out[i % workers]!.push(item);
  });
  return out;
}

async function connect(gen: Generator, perWorker: ClientSpec[][]): Promise<void> {
  const results = await gen.all<{ connected: number; failed: string[] }>((i) => ({
    cmd: 'connect',
    clients: perWorker[i]!,
    concurrency: 16,
    timeoutMs: CONNECT_TIMEOUT_MS,
  }));
  const failed = results.flatMap((r) => r.failed);
  if (failed.length) throw new Error(`${failed.length} clients failed to connect, e.g. ${failed.slice(0, 3).join('; ')}`);
}

async function collect(gen: Generator): Promise<{
  editLatency: Float64Array;
  awarenessLatency: Float64Array;
  deliveries: number;
  editDeliveries: number;
  lagP99: number;
  elu: number;
  errors: string[];
}> {
  const parts = await gen.all<CollectResult>({ cmd: 'collect' });
  return {
    editLatency: concat(parts.map((p) => p.editLatency)),
    awarenessLatency: concat(parts.map((p) => p.awarenessLatency)),
    deliveries: parts.reduce((n, p) => n + p.editDeliveries + p.awarenessDeliveries, 0),
    editDeliveries: parts.reduce((n, p) => n + p.editDeliveries, 0),
    lagP99: Math.max(...parts.map((p) => p.lagP99)),
    elu: Math.max(...parts.map((p) => p.elu)),
    errors: parts.flatMap((p) => p.errors),
  };
}

/** Waits until the receivers have seen `expected` edits in total, or the drain timeout. */
async function drain(gen: Generator, expected: number): Promise<void> {
  const until = Date.now() + DRAIN_TIMEOUT_MS;
  while (Date.now() < until) {
    const seen = (await gen.all<{ uniqueSeen: number }>({ cmd: 'progress' })).reduce((n, p) => n + p.uniqueSeen, 0);
    if (seen >= expected) return;
    await sleep(50);
  }
}

function expectedDeliveries(sent: Sent[], roomSize: Map<string, number>): number {
  return sent.reduce((n, w) => n + w.count * ((roomSize.get(w.room) ?? 1) - 1), 0);
}

export interface FanoutShape {
  rooms: number;
  perRoom: number;
  writersPerRoom: number;
  cursorsPerRoom: number;
  /**
   * Clients per room (writers and cursor clients first) that keep a real Y.Doc and read the
   * inserts from it; the others only scan update frames. Default: all.
   */
  fullDocsPerRoom?: number;
}

export interface FanoutResult {
  p50: number;
  p95: number;
  p99: number;
  awarenessP99: number;
  deliveredPerSec: number;
  cpuMicrosPerMsg: number;
  /** Part of that CPU spent in the kernel (stime), 0–1: mostly socket writes. */
  kernelCpuShare: number;
  /** Part of that CPU on the main thread (the event loop), 0–1; the rest is GC helpers, fsync, workers. */
  mainThreadShare: number;
  /** CPU µs of each thread in the window (thread id, µs); the main thread's id is the pid. */
  threadMicros: [number, number][];
  /** Write system calls per delivered message: below 1 means messages share socket writes. */
  writesPerMsg: number;
  memKiBPerConn: number;
  lost: number;
  dup: number;
  expected: number;
  genLagP99: number;
  /** Highest event-loop utilisation of a generator worker in the window (0–1). */
  genElu: number;
  errors: string[];
  /** The measured window, on the monotonic clock in µs (as `node --cpu-prof` timestamps). */
  windowMicros: [number, number];
}

/**
 * N clients per room, all connected and synced first; then writers append edits and cursor
 * clients move their cursors for `durationMs` (after `warmupMs` unmeasured); then a drain until
 * every receiver has every edit. Every client keeps a real Y.Doc and reads the inserts.
 */
export async function fanout(
  server: BenchServer,
  gen: Generator,
  shape: FanoutShape,
  opts: { editRate: number; cursorRate: number; warmupMs: number; durationMs: number },
): Promise<FanoutResult> {
  const rooms = await server.provision(shape.rooms, shape.perRoom);
  const specs: ClientSpec[] = [];
  const writers: number[] = [];
  const cursors: number[] = [];
  const roomSize = new Map<string, number>();
  rooms.forEach((room, r) => {
    roomSize.set(room.name, shape.perRoom);
    for (let i = 0; i < shape.perRoom; i++) {
      const idx = r * shape.perRoom + i;
      const writer = i < shape.writersPerRoom;
      const full = i < (shape.fullDocsPerRoom ?? shape.perRoom);
      specs.push({
        idx,
        url: server.url(room.name, room.tokens[i]!),
        room: room.name,
        token: room.tokens[i]!,
        framing: server.framing,
        observe: full ? 'doc' : 'frame',
        light: !full,
        writer,
      });
      if (i < shape.writersPerRoom) writers.push(idx);
      else if (i < shape.writersPerRoom + shape.cursorsPerRoom) cursors.push(idx);
    }
  });
  const perWorker = spread(specs, gen.size);
  const idxWorker = new Map<number, number>();
  perWorker.forEach((list, w) => {
    for (const s of list) idxWorker.set(s.idx, w);
  });

  await sleep(300);
  const rssBefore = rssBytes(server.pid);
  await connect(gen, perWorker);
  await sleep(1000);
  const rssAfter = rssBytes(server.pid);

  const startAt = nowMicros() + 200_000;
  const running = gen.all<{ sent: Sent[] }>((w) => ({
    cmd: 'run',
    startAt,
    durationMs: opts.warmupMs + opts.durationMs,
    editRate: opts.editRate,
    cursorRate: opts.cursorRate,
    writers: writers.filter((i) => idxWorker.get(i) === w),
    cursors: cursors.filter((i) => idxWorker.get(i) === w),
  }));
  await sleep(200 + opts.warmupMs);
  await gen.all({ cmd: 'measure', on: true });
  const cpu0 = cpuMicros(server.pid);
  const kernel0 = kernelCpuMicros(server.pid);
  const main0 = mainThreadCpuMicros(server.pid);
  const threads0 = threadCpuMicros(server.pid);
  const writes0 = writeSyscalls(server.pid);
  const window0 = nowMicros();
  const sent = (await running).flatMap((r) => r.sent);
  await drain(gen, expectedDeliveries(sent, roomSize));
  const window1 = nowMicros();
  const cpu1 = cpuMicros(server.pid);
  const kernel1 = kernelCpuMicros(server.pid);
  const main1 = mainThreadCpuMicros(server.pid);
  const threads1 = threadCpuMicros(server.pid);
  const writes1 = writeSyscalls(server.pid);
  await gen.all({ cmd: 'measure', on: false });
  const c = await collect(gen);
  const v = (await gen.all<{ expected: number; lost: number; dup: number }>({ cmd: 'verify', sent })).reduce(
    (a, b) => ({ expected: a.expected + b.expected, lost: a.lost + b.lost, dup: a.dup + b.dup }),
    { expected: 0, lost: 0, dup: 0 },
  );
  await gen.all({ cmd: 'close' });
  return {
    p50: quantile(c.editLatency, 0.5),
    p95: quantile(c.editLatency, 0.95),
    p99: quantile(c.editLatency, 0.99),
    awarenessP99: quantile(c.awarenessLatency, 0.99),
    deliveredPerSec: c.deliveries / (opts.durationMs / 1000),
    cpuMicrosPerMsg: (cpu1 - cpu0) / Math.max(1, c.deliveries),
    kernelCpuShare: (kernel1 - kernel0) / Math.max(1, cpu1 - cpu0),
    mainThreadShare: (main1 - main0) / Math.max(1, cpu1 - cpu0),
    threadMicros: [...threads1].map(([tid, us]) => [tid, us - (threads0.get(tid) ?? 0)] as [number, number]).filter(([, us]) => us > 0),
    writesPerMsg: (writes1 - writes0) / Math.max(1, c.deliveries),
    memKiBPerConn: (rssAfter - rssBefore) / 1024 / specs.length,
    lost: v.lost,
    dup: v.dup,
    expected: v.expected,
    genLagP99: c.lagP99,
    genElu: c.elu,
    errors: c.errors,
    windowMicros: [window0, window1],
  };
}

export interface JoinResult {
  edits: number;
  docBytes: number;
  sequentialP50: number;
  sequentialMax: number;
  burstP50: number;
  burstMax: number;
  buildSeconds: number;
  genLagP99: number;
  errors: string[];
}

/**
 * A document built from `builders × editsPerBuilder` edits (inserts at random positions, every
 * tenth with a small deletion, by clients that apply each other's edits), kept loaded by one
 * connected client; then 5 joiners one after another and a burst of 20 at once. A joiner's time
 * is from opening the socket to receiving the server's sync step 2 (the joiner does not apply it,
 * so the burst's times do not queue behind the generator's own Yjs work).
 */
export async function join(
  server: BenchServer,
  gen: Generator,
  opts: { builders: number; editsPerBuilder: number; buildRate: number },
): Promise<JoinResult> {
  const SEQUENTIAL = 5;
  const BURST = 20;
  const [room] = await server.provision(1, 1 + opts.builders + SEQUENTIAL + BURST);
  const r = room!;
  let next = 0;
  const spec = (observe: ClientSpec['observe'], light: boolean): ClientSpec => {
    const i = next++;
    return { idx: i, url: server.url(r.name, r.tokens[i]!), room: r.name, token: r.tokens[i]!, framing: server.framing, observe, light };
  };
  const keeper = spec('frame', true);
  // Builders do not apply each other's edits (light): 50 full docs applying 10k updates each
  // would take the generator tens of seconds. Each inserts at random positions of what it sees.
  const builders = Array.from({ length: opts.builders }, () => ({ ...spec('none', true), writer: true }));
  const perWorker = spread([keeper, ...builders], gen.size);
  await connect(gen, perWorker);
  const idxWorker = new Map<number, number>();
  perWorker.forEach((list, w) => {
    for (const s of list) idxWorker.set(s.idx, w);
  });
  const t0 = performance.now();
  await gen.all({ cmd: 'measure', on: true });
  const sent = (
    await gen.all<{ sent: Sent[] }>((w) => ({
      cmd: 'run',
      startAt: nowMicros() + 50_000,
      durationMs: 120_000,
      editRate: opts.buildRate,
      cursorRate: 0,
      writers: builders.map((b) => b.idx).filter((i) => idxWorker.get(i) === w),
      cursors: [],
      randomPosition: true,
      editsPerWriter: opts.editsPerBuilder,
    }))
  ).flatMap((x) => x.sent);
  const edits = sent.reduce((n, s) => n + s.count, 0);
  // The keeper has every edit: the server's document holds them all.
  const until = Date.now() + 30_000;
  for (;;) {
    const seen = (await gen.all<{ uniqueSeen: number }>({ cmd: 'progress' })).reduce((n, p) => n + p.uniqueSeen, 0);
    if (seen >= edits) break;
    if (Date.now() > until) throw new Error(`document build: keeper saw ${seen} of ${edits} edits`);
    await sleep(50);
  }
  const buildSeconds = (performance.now() - t0) / 1000;
  const joinerSpecs = (n: number): ClientSpec[] => Array.from({ length: n }, () => spec('none', true));
  const seq = await gen.call<{ ms: number[]; step2Bytes: number[]; failed: string[] }>(0, {
    cmd: 'join',
    clients: joinerSpecs(SEQUENTIAL),
    mode: 'sequential',
    timeoutMs: CONNECT_TIMEOUT_MS,
  });
  await sleep(300);
  const burstSpecs = spread(joinerSpecs(BURST), gen.size);
  const burstParts = await gen.all<{ ms: number[]; step2Bytes: number[]; failed: string[] }>((w) => ({
    cmd: 'join',
    clients: burstSpecs[w]!,
    mode: 'burst',
    timeoutMs: CONNECT_TIMEOUT_MS,
  }));
  const c = await collect(gen);
  await gen.all({ cmd: 'measure', on: false });
  await gen.all({ cmd: 'close' });
  const failed = [...seq.failed, ...burstParts.flatMap((p) => p.failed)];
  const burst = burstParts.flatMap((p) => p.ms);
  return {
    edits,
    docBytes: Math.max(0, ...seq.step2Bytes),
    sequentialP50: quantile(seq.ms, 0.5),
    sequentialMax: Math.max(...seq.ms),
    burstP50: quantile(burst, 0.5),
    burstMax: Math.max(...burst),
    buildSeconds,
    genLagP99: c.lagP99,
    errors: [...c.errors, ...failed],
  };
}

export interface SaturationStep {
  offeredEditsPerSec: number;
  deliveredPerSec: number;
  p99: number;
  genLagP99: number;
  genElu: number;
}

export interface SaturationResult {
  /** Highest delivered rate of a step whose p99 stayed ≤ the limit. */
  sustainedPerSec: number;
  sustainedEditsPerSec: number;
  /** The first step past the limit (or the last step when none was). */
  passedAt: SaturationStep | null;
  steps: SaturationStep[];
  lost: number;
  dup: number;
  /** The generator lagged (> 20 ms p99) at the deciding step: the figure may be the generator's. */
  generatorBound: boolean;
  errors: string[];
}

/**
 * One room; every client writes (at most 40 edits/s each, under our per-connection message rate
 * limit) and 10 move cursors at 5/s; the total edit rate is raised step by step until edit p99
 * passes `p99LimitMs`. Receivers here scan frames instead of applying them (`light`), so the
 * generator stays cheap; latency = frame received.
 */
export async function saturation(
  server: BenchServer,
  gen: Generator,
  opts: { clients: number; rates: number[]; stepMs: number; warmupMs: number; p99LimitMs: number },
): Promise<SaturationResult> {
  const [room] = await server.provision(1, opts.clients);
  const r = room!;
  const specs: ClientSpec[] = r.tokens.map((token, i) => ({
    idx: i,
    url: server.url(r.name, token),
    room: r.name,
    token,
    framing: server.framing,
    observe: 'frame',
    light: true,
    writer: true,
  }));
  const perWorker = spread(specs, gen.size);
  await connect(gen, perWorker);
  await sleep(500);
  const steps: SaturationStep[] = [];
  const totalSent = new Map<number, Sent>();
  let passedAt: SaturationStep | null = null;
  const errors: string[] = [];
  for (const rate of opts.rates) {
    const perWriter = rate / opts.clients;
    const startAt = nowMicros() + 100_000;
    const running = gen.all<{ sent: Sent[] }>((w) => ({
      cmd: 'run',
      startAt,
      durationMs: opts.warmupMs + opts.stepMs,
      editRate: perWriter,
      cursorRate: 5,
      writers: perWorker[w]!.map((s) => s.idx),
      cursors: perWorker[w]!.filter((s) => s.idx < 10).map((s) => s.idx),
    }));
    await sleep(100 + opts.warmupMs);
    await gen.all({ cmd: 'measure', on: true });
    const sent = (await running).flatMap((x) => x.sent);
    for (const s of sent) totalSent.set(s.idx, s);
    await drain(gen, expectedDeliveries([...totalSent.values()], new Map([[r.name, opts.clients]])));
    await gen.all({ cmd: 'measure', on: false });
    const c = await collect(gen);
    errors.push(...c.errors);
    const step: SaturationStep = {
      offeredEditsPerSec: rate,
      deliveredPerSec: c.deliveries / (opts.stepMs / 1000),
      p99: quantile(c.editLatency, 0.99),
      genLagP99: c.lagP99,
      genElu: c.elu,
    };
    steps.push(step);
    if (!(step.p99 <= opts.p99LimitMs) || c.errors.length > 0) {
      passedAt = step;
      break;
    }
  }
  const v = (await gen.all<{ expected: number; lost: number; dup: number }>({ cmd: 'verify', sent: [...totalSent.values()] })).reduce(
    (a, b) => ({ expected: a.expected + b.expected, lost: a.lost + b.lost, dup: a.dup + b.dup }),
    { expected: 0, lost: 0, dup: 0 },
  );
  await gen.all({ cmd: 'close' });
  const ok = steps.filter((s) => s.p99 <= opts.p99LimitMs);
  const best = ok.reduce<SaturationStep | null>((b, s) => (!b || s.deliveredPerSec > b.deliveredPerSec ? s : b), null);
  const deciding = passedAt ?? steps[steps.length - 1] ?? null;
  return {
    sustainedPerSec: best?.deliveredPerSec ?? 0,
    sustainedEditsPerSec: best?.offeredEditsPerSec ?? 0,
    passedAt,
    steps,
    lost: v.lost,
    dup: v.dup,
    generatorBound: (deciding?.genLagP99 ?? 0) > 20,
    errors,
  };
}

export interface AfterLeaveResult {
  rssStartMiB: number;
  rssEndMiB: number;
  ratio: number;
  roomsLoaded: number | null;
  unloadSeconds: number | null;
}

/** After every client has left: ours must unload its rooms (polled on /healthz); then RSS after a settle. */
export async function afterLeave(server: BenchServer, rssStart: number, settleMs: number): Promise<AfterLeaveResult> {
  const t0 = performance.now();
  let rooms = await server.loadedRooms();
  let unloadSeconds: number | null = null;
  if (rooms !== null) {
    const until = Date.now() + 20_000;
    while (rooms !== null && rooms > 0 && Date.now() < until) {
      await sleep(100);
      rooms = await server.loadedRooms();
    }
    if (rooms === 0) unloadSeconds = (performance.now() - t0) / 1000;
  }
  await sleep(settleMs);
  const end = rssBytes(server.pid);
  return { rssStartMiB: rssStart / 2 ** 20, rssEndMiB: end / 2 ** 20, ratio: end / rssStart, roomsLoaded: rooms, unloadSeconds };
}
