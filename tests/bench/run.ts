/**
 * `npm run bench [-- options]`: Mufakat's sync server against the reference y-websocket server
 * and Hocuspocus on identical workloads; prints one table (median and min–max over repeats,
 * ratio ours/peer), the target verdicts, and writes everything as JSON.
 *
 * Options:
 *   --quick                 ~1 minute smoke run (1 repeat, short phases, smaller document)
 *   --repeats N             repeats per server (default 3; 1 with --quick)
 *   --servers a,b           subset of ours,ref,hocus
 *   --only a,b              subset of fanout200,fanout50,rooms20,join,saturation,wifi,day
 *   wifi | day | …          scenario names without `--only` select the same way
 *                           (`npm run bench -- wifi --quick`: the weak Wi-Fi room alone, small)
 *   --day-speed N           the scripted day's speed-up (default 120: a 6-hour day in 3 min;
 *                           10 is the issue's "10x", 36 min; with --quick 600)
 *   --workers N             load-generator worker threads (default 2)
 *   --out FILE              JSON output (default tests/bench/results/bench-<timestamp>.json)
 *   --ours-node-arg ARG     extra node argument for our server (repeatable)
 *   --ours-env KEY=VALUE    extra environment for our server (repeatable; diagnosis only)
 *   --profile [SHAPE]       only ours, one fan-out shape (fanout200 by default, or fanout50 /
 *                           rooms20) once, under --cpu-prof; prints top self time
 *   --server-output FILE    also append every server's stdout and stderr to FILE (diagnosis,
 *                           e.g. with --ours-node-arg --trace-gc)
 *   --all-full-docs         1×200 with every client applying updates to a Y.Doc (default: 50 of 200)
 *   --pin                   servers on CPU 0, this process (the load generator) on the others
 *                           (`taskset`), so latency measures the server rather than contention
 *
 * `npm run bench -- lighthouse [--runs N]` runs only the phone scenario (tests/bench/lighthouse.ts:
 * Lighthouse's mobile profile on the join page, the participant view and the board); the full
 * run ends with it (`--only` without `lighthouse` leaves it out; 1 run with --quick, else 3).
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Generator } from './generator';
import { lighthouseMain, type LighthouseResult, printLighthouse, runLighthouse } from './lighthouse';
import { summarizeProfile } from './profile';
import {
  type AfterLeaveResult,
  afterLeave,
  type FanoutResult,
  type FanoutShape,
  fanout,
  type JoinResult,
  join,
  type SaturationResult,
  saturation,
} from './scenarios';
import { type DayResult, DAY_PLAN, DAY_QUICK, day, printDay } from './day';
import { WIFI_PLAN, WIFI_QUICK, type WifiResult, wifi } from './wifi';
import { type BenchServer, copyServerOutputTo, killAllChildren, pinServers, ROOT, rssBytes, SERVER_LABEL, type ServerKind, startServer } from './servers';

// ---------------------------------------------------------------- options

interface Options {
  quick: boolean;
  repeats: number;
  servers: ServerKind[];
  only: Set<string>;
  workers: number;
  out: string;
  oursNodeArgs: string[];
  oursEnv: Record<string, string>;
  /** The fan-out shape to profile, or null for a normal run. */
  profile: keyof typeof SHAPES | null;
  pin: boolean;
  daySpeed: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    quick: false,
    repeats: 0,
    servers: ['ours', 'ref', 'hocus'],
    only: new Set([...SERVER_SCENARIOS, 'wifi', 'day', 'lighthouse']),
    workers: 2,
    out: '',
    oursNodeArgs: [],
    oursEnv: {},
    profile: null,
    pin: false,
    daySpeed: 0,
  };
  const named = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--repeats') o.repeats = Number(value());
    else if (a === '--servers') o.servers = value().split(',') as ServerKind[];
    else if (a === '--only') o.only = new Set(value().split(','));
    else if (a === '--workers') o.workers = Number(value());
    else if (a === '--out') o.out = value();
    else if (a === '--ours-node-arg') o.oursNodeArgs.push(value());
    else if (a === '--ours-env') {
      const [k, ...v] = value().split('=');
      o.oursEnv[k!] = v.join('=');
    }
    else if (a === '--profile') {
      const next = argv[i + 1];
      o.profile = next !== undefined && next in SHAPES ? (value() as keyof typeof SHAPES) : 'fanout200';
    }
    else if (a === '--pin') o.pin = true;
    else if (a === '--day-speed') o.daySpeed = Number(value());
    else if (ALL_SCENARIOS.includes(a)) named.add(a);
    else if (a === '--server-output') copyServerOutputTo(path.resolve(value()));
    else if (a === '--all-full-docs') SHAPES.fanout200.fullDocsPerRoom = undefined;
    else throw new Error(`unknown option ${a}`);
  }
  if (named.size) o.only = named;
  if (!o.repeats) o.repeats = o.quick ? 1 : 3;
  if (!o.daySpeed) o.daySpeed = o.quick ? 600 : 120;
  for (const s of o.servers) if (!(s in SERVER_LABEL)) throw new Error(`unknown server ${s}`);
  if (!o.out) o.out = path.join(ROOT, 'tests/bench/results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  return o;
}

// ---------------------------------------------------------------- workloads

const SERVER_SCENARIOS = ['fanout200', 'fanout50', 'rooms20', 'join', 'saturation'];
const ALL_SCENARIOS = [...SERVER_SCENARIOS, 'wifi', 'day', 'lighthouse'];

const SHAPES: Record<'fanout200' | 'fanout50' | 'rooms20', FanoutShape> = {
  // 50 of the 200 keep a real Y.Doc (writers, cursor clients, 30 readers); the other 150 scan
  // frames. With all 200 applying ~20k updates/s, the generator (2 cores shared with the server)
  // lagged by 0.8–1.4 s and measured itself; `--all-full-docs` runs it that way anyway.
  fanout200: { rooms: 1, perRoom: 200, writersPerRoom: 10, cursorsPerRoom: 10, fullDocsPerRoom: 50 },
  fanout50: { rooms: 1, perRoom: 50, writersPerRoom: 10, cursorsPerRoom: 10 },
  rooms20: { rooms: 20, perRoom: 10, writersPerRoom: 2, cursorsPerRoom: 2 },
};

function plan(quick: boolean) {
  return {
    fanout: {
      fanout200: { editRate: 10, cursorRate: 5, warmupMs: quick ? 500 : 1000, durationMs: quick ? 2000 : 5000 },
      fanout50: { editRate: 10, cursorRate: 5, warmupMs: 500, durationMs: quick ? 1500 : 4000 },
      rooms20: { editRate: 10, cursorRate: 5, warmupMs: 500, durationMs: quick ? 1500 : 4000 },
    },
    // 50 builders (each under the per-connection message rate limit) make the document.
    join: { builders: 50, editsPerBuilder: quick ? 40 : 200, buildRate: 45 },
    saturation: {
      clients: 100,
      rates: quick ? [400, 1600, 3200] : [600, 1000, 1400, 1800, 2200, 2800, 3600, 4400, 5600],
      stepMs: quick ? 1000 : 2000,
      warmupMs: 500,
      p99LimitMs: 50,
    },
    settleMs: quick ? 1000 : 2000,
  };
}

interface RunResult {
  repeat: number;
  server: ServerKind;
  rssStartMiB: number;
  /** 1-minute load average of the machine when this server's run started and ended. */
  loadStart: number;
  loadEnd?: number;
  fanout200?: FanoutResult;
  fanout50?: FanoutResult;
  rooms20?: FanoutResult;
  join?: JoinResult;
  saturation?: SaturationResult;
  afterLeave?: AfterLeaveResult;
  wifi?: WifiResult;
}

async function runServer(kind: ServerKind, repeat: number, o: Options, gen: Generator): Promise<RunResult> {
  const p = plan(o.quick);
  const server = await startServer(kind, kind === 'ours' ? o.oursNodeArgs : [], kind === 'ours' ? o.oursEnv : {});
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const rssStart = rssBytes(server.pid);
    const result: RunResult = { repeat, server: kind, rssStartMiB: rssStart / 2 ** 20, loadStart: os.loadavg()[0]! };
    for (const key of ['fanout200', 'fanout50', 'rooms20'] as const) {
      if (!o.only.has(key)) continue;
      log(`  ${SERVER_LABEL[kind]}: ${key}`);
      const r = await fanout(server, gen, SHAPES[key], p.fanout[key]);
      result[key] = r;
      const perMsg = (us: number): string => fmt(us / Math.max(1, r.deliveredPerSec * (p.fanout[key].durationMs / 1000)), 2);
      const threads = [...r.threadMicros].sort((a, b) => b[1] - a[1]);
      log(`    CPU µs/msg by thread: ${threads.map(([tid, us]) => `${tid === server.pid ? 'main' : tid} ${perMsg(us)}`).join(', ')}`);
    }
    if (o.only.has('join')) {
      log(`  ${SERVER_LABEL[kind]}: join`);
      result.join = await join(server, gen, p.join);
    }
    if (o.only.has('saturation')) {
      log(`  ${SERVER_LABEL[kind]}: saturation`);
      result.saturation = await saturation(server, gen, p.saturation);
    }
    log(`  ${SERVER_LABEL[kind]}: after leave`);
    result.afterLeave = await afterLeave(server, rssStart, p.settleMs);
    result.loadEnd = os.loadavg()[0]!;
    return result;
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------- table

interface Row {
  section: string;
  label: string;
  get: (r: RunResult) => number | undefined;
  digits: number;
  /** The generator lagged in this figure's phase. */
  lagged?: (r: RunResult) => boolean;
}

const LAG_LIMIT_MS = 20;
const fan = (key: 'fanout200' | 'fanout50' | 'rooms20', title: string): Row[] => {
  const lagged = (r: RunResult): boolean => (r[key]?.genLagP99 ?? 0) > LAG_LIMIT_MS;
  return [
    { section: title, label: 'edit latency p50 (ms)', get: (r) => r[key]?.p50, digits: 1, lagged },
    { section: title, label: 'edit latency p95 (ms)', get: (r) => r[key]?.p95, digits: 1, lagged },
    { section: title, label: 'edit latency p99 (ms)', get: (r) => r[key]?.p99, digits: 1, lagged },
    { section: title, label: 'cursor latency p99 (ms)', get: (r) => r[key]?.awarenessP99, digits: 1, lagged },
    { section: title, label: 'delivered msgs/s', get: (r) => r[key]?.deliveredPerSec, digits: 0, lagged },
    { section: title, label: 'server CPU µs / delivered msg', get: (r) => r[key]?.cpuMicrosPerMsg, digits: 2, lagged },
    { section: title, label: 'server CPU: kernel share (stime / total)', get: (r) => r[key]?.kernelCpuShare, digits: 2, lagged },
    { section: title, label: 'server CPU: main thread share', get: (r) => r[key]?.mainThreadShare, digits: 2, lagged },
    { section: title, label: 'server write syscalls / delivered msg', get: (r) => r[key]?.writesPerMsg, digits: 2, lagged },
    { section: title, label: 'server RSS KiB / connection', get: (r) => r[key]?.memKiBPerConn, digits: 1 },
    { section: title, label: 'lost + duplicated edits', get: (r) => (r[key] ? r[key].lost + r[key].dup : undefined), digits: 0 },
    { section: title, label: 'generator lag p99 (ms)', get: (r) => r[key]?.genLagP99, digits: 1 },
    { section: title, label: 'generator busiest worker ELU', get: (r) => r[key]?.genElu, digits: 2 },
  ];
};

const ROWS: Row[] = [
  ...fan('fanout200', 'fan-out 1 room × 200'),
  ...fan('fanout50', 'fan-out 1 room × 50'),
  ...fan('rooms20', 'fan-out 20 rooms × 10'),
  { section: 'join 10k-edit doc', label: 'edits in document', get: (r) => r.join?.edits, digits: 0 },
  { section: 'join 10k-edit doc', label: 'sync step 2 size (KiB)', get: (r) => (r.join ? r.join.docBytes / 1024 : undefined), digits: 1 },
  { section: 'join 10k-edit doc', label: 'sequential ×5: synced p50 (ms)', get: (r) => r.join?.sequentialP50, digits: 1 },
  { section: 'join 10k-edit doc', label: 'burst ×20: synced p50 (ms)', get: (r) => r.join?.burstP50, digits: 1 },
  { section: 'join 10k-edit doc', label: 'burst ×20: synced max (ms)', get: (r) => r.join?.burstMax, digits: 1 },
  {
    section: 'saturation 1 room × 100',
    label: 'delivered msgs/s at p99 ≤ 50 ms',
    get: (r) => r.saturation?.sustainedPerSec,
    digits: 0,
    lagged: (r) => r.saturation?.generatorBound ?? false,
  },
  { section: 'saturation 1 room × 100', label: 'offered edits/s there', get: (r) => r.saturation?.sustainedEditsPerSec, digits: 0 },
  { section: 'saturation 1 room × 100', label: 'lost + duplicated edits', get: (r) => (r.saturation ? r.saturation.lost + r.saturation.dup : undefined), digits: 0 },
  { section: 'after all leave', label: 'RSS at start (MiB)', get: (r) => r.afterLeave?.rssStartMiB, digits: 1 },
  { section: 'after all leave', label: 'RSS after leave (MiB)', get: (r) => r.afterLeave?.rssEndMiB, digits: 1 },
  { section: 'after all leave', label: 'RSS after / start', get: (r) => r.afterLeave?.ratio, digits: 2 },
  { section: 'after all leave', label: 'rooms still loaded (ours)', get: (r) => r.afterLeave?.roomsLoaded ?? undefined, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'clients', get: (r) => r.wifi?.clients, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'edits made', get: (r) => r.wifi?.edits, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'edits made offline during the cut', get: (r) => r.wifi?.offlineEdits, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'every client has every edit, after AP return (s)', get: (r) => (r.wifi ? (r.wifi.convergeMs ?? Number.NaN) / 1000 : undefined), digits: 2 },
  { section: 'weak Wi-Fi room', label: 'of which: until the last device re-associated (s)', get: (r) => (r.wifi ? r.wifi.lastReturnMs / 1000 : undefined), digits: 2 },
  { section: 'weak Wi-Fi room', label: 'of which: reconnect and resync after that (s)', get: (r) => (r.wifi ? (r.wifi.afterLastReturnMs ?? Number.NaN) / 1000 : undefined), digits: 2 },
  { section: 'weak Wi-Fi room', label: 'per client, own Wi-Fi back → connected and synced, p50 (s)', get: (r) => (r.wifi ? (r.wifi.resyncP50Ms ?? Number.NaN) / 1000 : undefined), digits: 2 },
  { section: 'weak Wi-Fi room', label: 'per client, own Wi-Fi back → connected and synced, max (s)', get: (r) => (r.wifi ? (r.wifi.resyncMaxMs ?? Number.NaN) / 1000 : undefined), digits: 2 },
  { section: 'weak Wi-Fi room', label: 'edits lost (fresh direct client)', get: (r) => r.wifi?.lost, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'client-edit pairs missing at the end', get: (r) => r.wifi?.missingAtEnd, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'edit latency p50 under impairment (ms)', get: (r) => r.wifi?.editP50, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'edit latency p99 under impairment (ms)', get: (r) => r.wifi?.editP99, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'server CPU during the storm (ms)', get: (r) => r.wifi?.stormCpuMs, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'server CPU during the storm (cores)', get: (r) => r.wifi?.stormCores, digits: 2 },
  { section: 'weak Wi-Fi room', label: 'server RSS before the cut (MiB)', get: (r) => r.wifi?.rssBeforeMiB, digits: 1 },
  { section: 'weak Wi-Fi room', label: 'server RSS peak in the storm (MiB)', get: (r) => r.wifi?.stormPeakRssMiB, digits: 1 },
  { section: 'weak Wi-Fi room', label: 'client reconnects', get: (r) => r.wifi?.reconnects, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'chunks stalled by the proxy', get: (r) => r.wifi?.proxy.stalls, digits: 0 },
  { section: 'weak Wi-Fi room', label: 'generator event-loop lag p99 (ms)', get: (r) => r.wifi?.generatorLagP99, digits: 0 },
  { section: 'machine', label: 'load average (1 min) during the run', get: (r) => Math.max(r.loadStart, r.loadEnd ?? 0), digits: 1 },
];

interface Cell {
  median: number;
  min: number;
  max: number;
  n: number;
  lagged: number;
}

function cell(runs: RunResult[], row: Row): Cell | null {
  const values = runs.map((r) => row.get(r)).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: values.length, lagged: row.lagged ? runs.filter(row.lagged).length : 0 };
}

function fmt(v: number, digits: number): string {
  return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function fmtCell(c: Cell | null, digits: number): string {
  if (!c) return '–';
  const spread = c.n > 1 ? ` (${fmt(c.min, digits)}–${fmt(c.max, digits)})` : '';
  return `${fmt(c.median, digits)}${spread}${c.lagged ? ` !${c.lagged}` : ''}`;
}

function ratio(a: Cell | null, b: Cell | null): number | null {
  if (!a || !b || b.median === 0) return null;
  return a.median / b.median;
}

interface TableRow {
  section: string;
  label: string;
  cells: Partial<Record<ServerKind, Cell | null>>;
  ratios: Partial<Record<'ref' | 'hocus', number | null>>;
  text: string[];
}

function buildTable(runs: RunResult[], servers: ServerKind[]): { rows: TableRow[]; markdown: string } {
  const peers = servers.filter((s) => s !== 'ours') as ('ref' | 'hocus')[];
  const header = ['figure', ...servers.map((s) => SERVER_LABEL[s]), ...(servers.includes('ours') ? peers.map((p) => `ours/${p}`) : [])];
  const rows: TableRow[] = [];
  for (const row of ROWS) {
    const cells: TableRow['cells'] = {};
    for (const s of servers) cells[s] = cell(runs.filter((r) => r.server === s), row);
    if (servers.every((s) => !cells[s])) continue;
    const ratios: TableRow['ratios'] = {};
    if (servers.includes('ours')) for (const p of peers) ratios[p] = ratio(cells.ours ?? null, cells[p] ?? null);
    const text = [
      `${row.section}: ${row.label}`,
      ...servers.map((s) => fmtCell(cells[s] ?? null, row.digits)),
      ...(servers.includes('ours') ? peers.map((p) => (ratios[p] == null ? '–' : `${fmt(ratios[p]!, 2)}×`)) : []),
    ];
    rows.push({ section: row.section, label: row.label, cells, ratios, text });
  }
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.text.join(' | ')} |`)];
  return { rows, markdown: lines.join('\n') };
}

// ---------------------------------------------------------------- targets

/**
 * Regression guards on the server (issue 18's decision): medians of the repeats against the peers
 * measured in the same run. The fan-out p99 lines are informative: on 2 shared cores they move
 * with the load generator.
 */

interface Verdict {
  target: string;
  value: string;
  verdict: 'PASS' | 'MISS' | 'n/a';
}

function verdicts(runs: RunResult[]): Verdict[] {
  const med = (server: ServerKind, get: (r: RunResult) => number | undefined): number | null => {
    const c = cell(runs.filter((r) => r.server === server), { section: '', label: '', get, digits: 0 });
    return c ? c.median : null;
  };
  const out: Verdict[] = [];
  const check = (target: string, a: number | null, b: number | null, pass: (ratio: number) => boolean): void => {
    if (a === null || b === null || b === 0) {
      out.push({ target, value: '–', verdict: 'n/a' });
      return;
    }
    const r = a / b;
    out.push({ target, value: `${fmt(r, 2)}×`, verdict: pass(r) ? 'PASS' : 'MISS' });
  };
  const cpu = (r: RunResult): number | undefined => r.fanout200?.cpuMicrosPerMsg;
  check('CPU per delivered msg, 1×200 ≤ 0.75× reference', med('ours', cpu), med('ref', cpu), (x) => x <= 0.75);
  check('CPU per delivered msg, 1×200 ≤ 0.65× Hocuspocus', med('ours', cpu), med('hocus', cpu), (x) => x <= 0.65);
  const mem = (r: RunResult): number | undefined => r.fanout200?.memKiBPerConn;
  check('memory per connection, 1×200 ≤ 0.5× reference', med('ours', mem), med('ref', mem), (x) => x <= 0.5);
  for (const [key, name] of [
    ['fanout200', '1×200'],
    ['fanout50', '1×50'],
    ['rooms20', '20×10'],
  ] as const) {
    const p99 = (r: RunResult): number | undefined => r[key]?.p99;
    check(`fan-out p99 ${name} ≤ reference`, med('ours', p99), med('ref', p99), (x) => x <= 1);
  }
  const sat = (r: RunResult): number | undefined => r.saturation?.sustainedPerSec;
  check('saturation delivered rate ≥ 3× reference', med('ours', sat), med('ref', sat), (x) => x >= 3);
  const burst = (r: RunResult): number | undefined => r.join?.burstP50;
  check('burst of 20 joiners, 10k-edit doc: synced p50 ≤ 0.35× reference', med('ours', burst), med('ref', burst), (x) => x <= 0.35);
  const ours = runs.filter((r) => r.server === 'ours' && r.afterLeave);
  if (ours.length) {
    const unloaded = ours.every((r) => r.afterLeave!.roomsLoaded === 0);
    const rss = med('ours', (r) => r.afterLeave?.ratio);
    out.push({
      target: 'after all leave: rooms unloaded and RSS within 10% of start',
      value: `rooms ${unloaded ? '0' : 'left loaded'}, RSS ${rss === null ? '–' : `${fmt(rss, 2)}×`} start`,
      verdict: unloaded && rss !== null && rss <= 1.1 ? 'PASS' : 'MISS',
    });
  }
  // Not converged within the wait counts as infinitely slow (cell() drops non-finite values).
  const converge = (server: ServerKind): number | null => {
    const v = runs.filter((r) => r.server === server && r.wifi).map((r) => r.wifi!.convergeMs ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
    if (v.length === 0) return null;
    return v.length % 2 ? v[v.length >> 1]! : (v[(v.length >> 1) - 1]! + v[v.length >> 1]!) / 2;
  };
  check('weak Wi-Fi: every client has every edit after the AP returns ≤ 0.5× reference', converge('ours'), converge('ref'), (x) => x <= 0.5);
  check('weak Wi-Fi: the same, against Hocuspocus (informative)', converge('ours'), converge('hocus'), (x) => x <= 1);
  const resyncP50 = (r: RunResult): number | undefined => r.wifi?.resyncP50Ms ?? undefined;
  check('weak Wi-Fi: per client, own Wi-Fi back → synced, p50 ≤ 0.5× reference (informative)', med('ours', resyncP50), med('ref', resyncP50), (x) => x <= 0.5);
  const afterLast = (r: RunResult): number | undefined => r.wifi?.afterLastReturnMs ?? undefined;
  check('weak Wi-Fi: reconnect and resync after the last device is back ≤ 0.5× reference (informative)', med('ours', afterLast), med('ref', afterLast), (x) => x <= 0.5);
  const wifiRuns = runs.filter((r) => r.server === 'ours' && r.wifi);
  if (wifiRuns.length) {
    const lost = wifiRuns.reduce((n, r) => n + r.wifi!.lost + r.wifi!.missingAtEnd, 0);
    out.push({ target: 'weak Wi-Fi: edits lost (ours) = 0', value: String(lost), verdict: lost === 0 ? 'PASS' : 'MISS' });
  }
  const generatorStalls = runs.filter((r) =>
    ['fanout200', 'fanout50', 'rooms20'].some((k) => (r[k as 'fanout200']?.genLagP99 ?? 0) > LAG_LIMIT_MS) || r.saturation?.generatorBound,
  ).length;
  if (generatorStalls) out.push({ target: `(runs with generator lag p99 > ${LAG_LIMIT_MS} ms: ${generatorStalls}; marked ! in the table)`, value: '', verdict: 'n/a' });
  return out;
}

// ---------------------------------------------------------------- main

const started = Date.now();
function log(msg: string): void {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);
}

function machine(): Record<string, unknown> {
  let head = '';
  let dirtyServer = false;
  try {
    head = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    dirtyServer = execSync('git status --porcelain -- server shared', { cwd: ROOT }).toString().trim() !== '';
  } catch {
    // not a git checkout
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    git: head,
    serverTreeDirty: dirtyServer,
  };
}

async function profileRun(shape: keyof typeof SHAPES, o: Options, gen: Generator): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-prof-'));
  const server: BenchServer = await startServer('ours', [...o.oursNodeArgs, '--cpu-prof', `--cpu-prof-dir=${dir}`], o.oursEnv);
  let result: FanoutResult;
  try {
    await new Promise((r) => setTimeout(r, 1000));
    log(`profile: ours, ${shape} under --cpu-prof`);
    result = await fanout(server, gen, SHAPES[shape], { ...plan(false).fanout[shape], durationMs: 8000 });
  } finally {
    await server.stop();
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  const keep = path.join(path.dirname(o.out), `ours-${shape}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  fs.mkdirSync(path.dirname(keep), { recursive: true });
  fs.copyFileSync(path.join(dir, file), keep);
  fs.rmSync(dir, { recursive: true, force: true });
  const s = summarizeProfile(keep, ROOT, 30, result.windowMicros);
  console.log(`\nProfile of ours, ${shape} (${fmt(result.deliveredPerSec, 0)} msgs/s, ${fmt(result.cpuMicrosPerMsg, 2)} µs CPU/msg, p99 ${fmt(result.p99, 1)} ms)`);
  console.log(`profile: ${keep}\nsampled in the measured window ${fmt(s.totalMs, 0)} ms, busy (not idle/program) ${fmt(s.busyMs, 0)} ms\n`);
  console.log('| self ms | % busy | function | where |\n|---:|---:|---|---|');
  for (const t of s.top) console.log(`| ${fmt(t.selfMs, 1)} | ${fmt(t.pctOfBusy, 1)} | ${t.name} | ${t.where} |`);
  console.log('\n| area | self ms | % busy |\n|---|---:|---:|');
  for (const a of s.byArea) console.log(`| ${a.area} | ${fmt(a.selfMs, 1)} | ${fmt(a.pctOfBusy, 1)} |`);
}

/** Servers on CPU 0, every thread of this process (workers start later and inherit it) on the rest. */
function pin(): void {
  const cpus = os.cpus().length;
  if (cpus < 2) throw new Error('--pin needs at least 2 CPUs');
  execSync(`taskset -a -p -c 1-${cpus - 1} ${process.pid}`, { stdio: 'ignore' });
  pinServers('0');
  log(`pinned: servers on CPU 0, load generator on CPU 1${cpus > 2 ? `-${cpus - 1}` : ''}`);
}

async function main(): Promise<void> {
  if (process.argv[2] === 'lighthouse') {
    await lighthouseMain(process.argv.slice(3), ROOT);
    return;
  }
  const o = parseArgs(process.argv.slice(2));
  if (o.pin) pin();
  const gen = Generator.start(o.workers);
  const stopAll = (code: number): never => {
    killAllChildren();
    void gen.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => stopAll(130));
  process.on('SIGTERM', () => stopAll(143));
  process.on('exit', () => killAllChildren());
  try {
    if (o.profile) {
      await profileRun(o.profile, o, gen);
      return;
    }
    const runs: RunResult[] = [];
    const serverRuns = ['fanout200', 'fanout50', 'rooms20', 'join', 'saturation'].some((k) => o.only.has(k)) ? o.repeats : 0;
    for (let repeat = 1; repeat <= serverRuns; repeat++) {
      // Rotate the order so no server always runs first (or last) on a warm machine.
      const order = o.servers.map((_, i) => o.servers[(i + repeat - 1) % o.servers.length]!);
      for (const kind of order) {
        if (!SERVER_SCENARIOS.some((k) => o.only.has(k))) break;
        log(`repeat ${repeat}/${o.repeats}: ${SERVER_LABEL[kind]}`);
        const r = await runServer(kind, repeat, o, gen);
        runs.push(r);
        const errors = [r.fanout200, r.fanout50, r.rooms20, r.join, r.saturation].flatMap((x) => x?.errors ?? []);
        if (errors.length) log(`  ${errors.length} client errors, e.g. ${errors.slice(0, 3).join(' | ')}`);
      }
    }
    let phone: LighthouseResult | undefined;
    if (o.only.has('lighthouse')) {
      log('lighthouse: join, participant, board (mobile profile)');
      phone = await runLighthouse(o.quick ? 1 : o.repeats, log);
    }
    if (o.only.has('wifi')) {
      const wifiPlan = o.quick ? WIFI_QUICK : WIFI_PLAN;
      for (let repeat = 1; repeat <= o.repeats; repeat++) {
        const order = o.servers.map((_, i) => o.servers[(i + repeat - 1) % o.servers.length]!);
        for (const kind of order) {
          log(`repeat ${repeat}/${o.repeats}: ${SERVER_LABEL[kind]}: weak Wi-Fi room (${wifiPlan.clients} clients)`);
          const server = await startServer(kind, kind === 'ours' ? o.oursNodeArgs : [], kind === 'ours' ? o.oursEnv : {});
          try {
            await new Promise((r) => setTimeout(r, 1000));
            const loadStart = os.loadavg()[0]!;
            const w = await wifi(server, wifiPlan, log);
            runs.push({ repeat, server: kind, rssStartMiB: w.rssBeforeMiB, loadStart, loadEnd: os.loadavg()[0]!, wifi: w });
          } finally {
            await server.stop();
          }
        }
      }
    }
    let dayResult: DayResult | null = null;
    if (o.only.has('day')) {
      log(`the whole day, ours, at ${o.daySpeed}× speed`);
      dayResult = await day(o.quick ? DAY_QUICK : DAY_PLAN, o.daySpeed, o.oursNodeArgs, o.oursEnv, log);
    }
    const { rows, markdown } = buildTable(runs, o.servers);
    const v = verdicts(runs);
    const when = new Date().toISOString();
    if (runs.length) console.log(`\nMufakat sync benchmark, ${when}, ${o.repeats} repeat(s)${o.quick ? ' (quick)' : ''}${o.pin ? ', servers pinned to CPU 0' : ''}; median (min–max); ! = runs where the load generator lagged > ${LAG_LIMIT_MS} ms p99\n`);
    if (runs.length) console.log(markdown);
    if (runs.length) console.log('\n| target | ours/peer | verdict |\n|---|---:|---|');
    // A subset run (e.g. `wifi` alone) leaves out the guards it has no figures for.
    const full = SERVER_SCENARIOS.every((k) => o.only.has(k));
    for (const x of v) if (full || x.value !== '–') console.log(`| ${x.target} | ${x.value} | ${x.verdict} |`);
    if (dayResult) console.log(`\n${printDay(dayResult)}`);
    if (phone) printLighthouse(phone);
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    fs.writeFileSync(
      o.out,
      JSON.stringify({ date: when, machine: machine(), options: { ...o, only: [...o.only] }, plan: plan(o.quick), runs, day: dayResult, table: rows.map(({ text: _t, ...r }) => r), verdicts: v, lighthouse: phone }, null, 1),
    );
    log(`JSON: ${path.relative(process.cwd(), o.out)}; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    killAllChildren();
    await gen.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  killAllChildren();
  process.exit(1);
});
