/**
 * Starts the real server as a child process, with the node command of `npm run serve` (see
 * `serveNodeArgs`), on a free port with a temporary data directory, as a user would run it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The node arguments of `npm run serve` (which `npm start` runs), read from package.json, so
 * tests and the benchmark start the server exactly as users do (e.g. its heap flags).
 */
export function serveNodeArgs(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = pkg.scripts.serve!.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`package.json "serve" should start with node: ${pkg.scripts.serve}`);
  return words.slice(1);
}

export interface RunningServer {
  port: number;
  /** The base address: `https://127.0.0.1:<port>` when started with MUFAKAT_TLS_CERT. */
  http: string;
  ws: string;
  /** The plain-HTTP port that redirects to HTTPS (MUFAKAT_HTTP_PORT), if any. */
  redirectPort: number | null;
  dataDir: string;
  proc: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** The owner token of the printed owner link (`/o#token=…`), a fresh one each start. */
  ownerToken: string;
  /** The demo workshop's facilitator token and ids, parsed from the printed links. */
  demo: { workshopId: string; facilitatorToken: string; boardToken: string; joinCode: string } | null;
  /** SIGTERM and wait; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL and wait. */
  kill(): Promise<void>;
}

/**
 * Where tests write screenshots: `docs/screenshots` when MUFAKAT_UPDATE_SCREENSHOTS=1 (to
 * refresh the README's pictures), else a temp folder so a test run leaves the tree clean.
 */
export const SCREENSHOT_DIR =
  process.env.MUFAKAT_UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs/screenshots')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-shots-'));

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-test-'));
}

export async function startServer(
  options: { dataDir?: string; env?: Record<string, string>; demo?: boolean; finishedDemo?: boolean } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const proc = spawn(process.execPath, serveNodeArgs(), {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      MUFAKAT_DATA_DIR: dataDir,
      MUFAKAT_DEMO: options.demo === false ? '0' : '1',
      // The finished demo doubles the first start; only the tests that look at it ask for it.
      MUFAKAT_DEMO_FINISHED: options.finishedDemo ? '1' : '0',
      MUFAKAT_LOG_LEVEL: 'debug',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20_000);
    const check = () => {
      const m = /server\.listening .*port=(\d+)/.exec(out);
      // The owner link is printed last, after the demo's links.
      const ready = /\/o#token=[\w-]+/.test(out);
      if (m && ready) {
        clearTimeout(timer);
        proc.stdout!.off('data', check);
        resolve(Number(m[1]));
      }
    };
    proc.stdout!.on('data', check);
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });

  const f = /\/f\/([a-z0-9]+)#token=([\w-]+)/.exec(out);
  const b = /\/b\/[a-z0-9]+#token=([\w-]+)/.exec(out);
  const j = /\/j\/([A-Z0-9]+)/.exec(out);
  const o = /\/o#token=([\w-]+)/.exec(out);
  const tls = Boolean(options.env?.MUFAKAT_TLS_CERT);
  const redirect = /server\.listening .*redirectPort=(\d+)/.exec(out);
  return {
    port,
    http: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    ws: `${tls ? 'wss' : 'ws'}://127.0.0.1:${port}/sync`,
    redirectPort: redirect ? Number(redirect[1]) : null,
    dataDir,
    proc,
    output: () => out,
    ownerToken: o![1]!,
    demo: f && b && j ? { workshopId: f[1]!, facilitatorToken: f[2]!, boardToken: b[1]!, joinCode: j[1]! } : null,
    async stop() {
      if (proc.exitCode !== null) return proc.exitCode;
      proc.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGKILL');
      await exited;
    },
  };
}
