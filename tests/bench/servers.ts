/**
 * The three servers under test, each in its own child process on loopback, with the same
 * small interface: where to connect, how to get rooms and tokens, and /proc readings.
 *
 * - `ours`: `npm run serve`'s node command (see serveNodeArgs) as users run it: a temp data dir (SQLite,
 *   durable before visible), `MUFAKAT_DEMO=0`, log level warn, token auth and role rules on;
 *   rooms are workshops created through the API, one participant token per client.
 * - `ref`: @y/websocket-server's `setupWSConnection`, no persistence (peers/y-websocket-server.mjs).
 * - `hocus`: @hocuspocus/server with no extensions (peers/hocuspocus-server.mjs).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serveNodeArgs } from '../support/server';
import type { Framing } from './protocol';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export type ServerKind = 'ours' | 'ref' | 'hocus';
export const SERVER_LABEL: Record<ServerKind, string> = { ours: 'mufakat', ref: 'y-websocket-server', hocus: 'hocuspocus' };

export interface Room {
  name: string;
  tokens: string[];
}

export interface BenchServer {
  kind: ServerKind;
  framing: Framing;
  pid: number;
  port: number;
  /** Ours: the data directory (the SQLite file is `mufakat.sqlite` in it). */
  dataDir?: string;
  /** WebSocket URL a client of `room` connects to. */
  url(room: string, token: string): string;
  /** Creates `count` fresh rooms with `perRoom` tokens each (ours: workshops and participants). */
  provision(count: number, perRoom: number): Promise<Room[]>;
  /** Ours: loaded rooms per /healthz; others: null. */
  loadedRooms(): Promise<number | null>;
  output(): string;
  stop(): Promise<void>;
}

/** Every child started, so an exit path (error, Ctrl-C) can kill them all. */
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function killAllChildren(): void {
  for (const p of children) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  children.clear();
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Where every server's output is also appended (`--server-output`, for diagnosis), or null. */
let outputFile: string | null = null;
export function copyServerOutputTo(file: string): void {
  outputFile = file;
}

function track(proc: ChildProcess): { output: () => string; exited: Promise<void> } {
  children.add(proc);
  let out = '';
  const keep = (d: Buffer): void => {
    if (outputFile) fs.appendFileSync(outputFile, d);
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) =>
    proc.once('exit', () => {
      children.delete(proc);
      resolve();
    }),
  );
  return { output: () => out, exited };
}

async function stopProc(proc: ChildProcess, exited: Promise<void>): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 12_000);
  await exited;
  clearTimeout(timer);
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, output: () => string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms:\n${output().slice(-3000)}`);
}

async function postJson(base: string, p: string, body: unknown): Promise<any> {
  const res = await fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST ${p}: ${res.status} ${text}`);
  return JSON.parse(text);
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

let roomCounter = 0;

/** CPUs the servers run on (`taskset -c`), or null for wherever the scheduler puts them. */
let serverCpus: string | null = null;
export function pinServers(cpus: string | null): void {
  serverCpus = cpus;
}

/** The command that starts node with `args`, pinned to `serverCpus` when set (taskset execs, so the pid is node's). */
function nodeCommand(args: string[]): [string, string[]] {
  return serverCpus ? ['taskset', ['-c', serverCpus, process.execPath, ...args]] : [process.execPath, args];
}

export async function startServer(kind: ServerKind, extraNodeArgs: string[] = [], extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  if (kind === 'ours') return startOurs(extraNodeArgs, extraEnv);
  const script = path.join(ROOT, 'tests/bench/peers', kind === 'ref' ? 'y-websocket-server.mjs' : 'hocuspocus-server.mjs');
  const [cmd, args] = nodeCommand([...extraNodeArgs, script]);
  const proc = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, HOST: '127.0.0.1', NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const { output, exited } = track(proc);
  let port = 0;
  await waitFor(`${kind} listening`, () => {
    const m = /peer\.listening port=(\d+)/.exec(output());
    if (m) port = Number(m[1]);
    if (proc.exitCode !== null) throw new Error(`${kind} exited:\n${output()}`);
    return port > 0;
  }, 20_000, output);
  return {
    kind,
    framing: kind === 'hocus' ? 'hocus' : 'y',
    pid: proc.pid!,
    port,
    // Hocuspocus multiplexes documents on one socket: the name travels in every message.
    url: (room) => (kind === 'hocus' ? `ws://127.0.0.1:${port}/` : `ws://127.0.0.1:${port}/${room}`),
    async provision(count, perRoom) {
      return Array.from({ length: count }, () => ({
        name: `bench${++roomCounter}x${Math.random().toString(36).slice(2, 8)}`,
        tokens: Array.from({ length: perRoom }, (_, i) => `token-${i}`),
      }));
    },
    loadedRooms: async () => null,
    output,
    stop: () => stopProc(proc, exited),
  };
}

async function startOurs(extraNodeArgs: string[], extraEnv: Record<string, string>): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-bench-'));
  tempDirs.add(dataDir);
  // Log level warn prints no `server.listening` line, so the port is chosen here and /healthz polled.
  const port = await freePort();
  const [cmd, args] = nodeCommand([...extraNodeArgs, ...serveNodeArgs()]);
  const proc = spawn(cmd, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MUFAKAT_DATA_DIR: dataDir,
      MUFAKAT_DEMO: '0',
      MUFAKAT_LOG_LEVEL: 'warn',
      MUFAKAT_ROOM_UNLOAD_GRACE_MS: '1000',
      NODE_ENV: 'production',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { output, exited } = track(proc);
  const base = `http://127.0.0.1:${port}`;
  const health = async (): Promise<{ rooms: number; connections: number } | null> => {
    try {
      const res = await fetch(`${base}/healthz`);
      return res.ok ? ((await res.json()) as { rooms: number; connections: number }) : null;
    } catch {
      return null;
    }
  };
  await waitFor('mufakat /healthz', async () => {
    if (proc.exitCode !== null) throw new Error(`mufakat exited:\n${output()}`);
    return (await health()) !== null;
  }, 30_000, output);
  return {
    kind: 'ours',
    framing: 'y',
    pid: proc.pid!,
    port,
    dataDir,
    url: (room, token) => `ws://127.0.0.1:${port}/sync/${room}?token=${encodeURIComponent(token)}&ack=1`,
    async provision(count, perRoom) {
      const rooms: Room[] = [];
      for (let r = 0; r < count; r++) {
        const w = await postJson(base, '/api/workshops', { title: `Bench ${r}`, serviceName: 'Akta Kelahiran' });
        const joins = await pool(Array.from({ length: perRoom }, (_, i) => i), 8, (i) =>
          postJson(base, '/api/join', { joinCode: w.joinCode, name: `Peserta ${i}`, sector: 'civil_society', category: 'service_user' }),
        );
        rooms.push({ name: w.workshopId as string, tokens: joins.map((j) => j.participantToken as string) });
      }
      return rooms;
    },
    loadedRooms: async () => (await health())?.rooms ?? null,
    output,
    async stop() {
      await stopProc(proc, exited);
      fs.rmSync(dataDir, { recursive: true, force: true });
      tempDirs.delete(dataDir);
    },
  };
}

/** utime + stime of a process, in microseconds (/proc/<pid>/stat fields 14 and 15). */
export function cpuMicros(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; fields are counted after its closing paren.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1e6) / CLOCK_TICKS;
}

/**
 * utime + stime of the process's main thread alone (its JavaScript event loop), in µs; the
 * rest of cpuMicros is other threads: V8's GC helpers, libuv's pool (fsync), workers.
 */
export function mainThreadCpuMicros(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
}

/** utime + stime of each live thread of a process, in µs, by thread id (diagnosis: `--threads`). */
export function threadCpuMicros(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/** Kernel (stime) part of cpuMicros, in microseconds. */
export function kernelCpuMicros(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[12]) * 1e6) / CLOCK_TICKS;
}

/** Write-type system calls (write, writev, send…) of a process so far (/proc/<pid>/io syscw). */
export function writeSyscalls(pid: number): number {
  const m = /syscw:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/io`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/** Resident set size in bytes (/proc/<pid>/status VmRSS). */
export function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** USER_HZ; 100 on every Linux the benchmark targets (`getconf CLK_TCK`). */
const CLOCK_TICKS = 100;
