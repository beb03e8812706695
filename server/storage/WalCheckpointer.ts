/**
 * Runs SQLite's WAL checkpoints on a worker thread. With the default auto-checkpoint, the
 * connection that commits the 1000th page copies the WAL into the database and fsyncs both
 * files inside that commit: on the event loop, so every room stalls (2–5 ms on a server's
 * SSD, tens of ms on a laptop's disk). Here the main connection never checkpoints
 * (`wal_autocheckpoint = 0`); a second connection on a worker runs PASSIVE checkpoints, which
 * never block writers, once enough commits have piled up. If the worker fails, the main
 * connection goes back to checkpointing itself, so the WAL never grows without bound.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** The worker: one connection, one PASSIVE checkpoint per message. Plain CommonJS, no tsx. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
parentPort.on('message', (m) => {
  if (m === 'close') { db.close(); parentPort.postMessage({ closed: true }); return; }
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ busy: r.busy, log: r.log, checkpointed: r.checkpointed });
  } catch (err) {
    parentPort.postMessage({ error: String(err) });
  }
});
`;

export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export class WalCheckpointer {
  private worker: Worker | null = null;
  private running = false;
  private commitsSince = 0;
  private failed = false;
  private closed = false;
  private waiters: ((r: CheckpointResult | null) => void)[] = [];

  /**
   * @param db the main connection; its auto-checkpoint is switched off here
   * @param file the database file
   * @param everyCommits how many commits between checkpoints (each appends a page or two)
   */
  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    private readonly everyCommits = 250,
    private readonly onError: (err: unknown) => void = () => {},
  ) {
    db.pragma('wal_autocheckpoint = 0');
  }

  /** Call after each commit; returns the checkpoint it started, if any. */
  committed(): Promise<CheckpointResult | null> | null {
    if (this.failed || this.closed) return null;
    if (++this.commitsSince < this.everyCommits || this.running) return null;
    return this.checkpoint();
  }

  /** Starts a checkpoint now (unless one runs); resolves with its result, null if none ran. */
  checkpoint(): Promise<CheckpointResult | null> {
    const done = new Promise<CheckpointResult | null>((r) => this.waiters.push(r));
    if (this.running) return done;
    if (this.failed || this.closed) {
      this.settle(null);
      return done;
    }
    this.commitsSince = 0;
    this.running = true;
    try {
      this.ensureWorker().postMessage('checkpoint');
    } catch (err) {
      this.fail(err);
    }
    return done;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    // No execArgv: the worker needs neither tsx nor the server's flags.
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: this.file }, execArgv: [] });
    worker.unref();
    worker.on('message', (m: CheckpointResult & { error?: string; closed?: boolean }) => {
      if (m.closed || worker !== this.worker) return;
      this.running = false;
      if (m.error) return this.fail(new Error(m.error));
      this.settle(m);
    });
    // A worker stopped on purpose is no longer `this.worker` when it exits.
    worker.on('error', (err) => {
      if (worker === this.worker) this.fail(err);
    });
    worker.on('exit', (code) => {
      if (worker === this.worker) this.fail(new Error(`checkpoint worker exited with ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(r: CheckpointResult | null): void {
    for (const w of this.waiters.splice(0)) w(r);
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.running = false;
    this.settle(null);
    this.onError(err);
    // Checkpoint on the main connection again, as SQLite does by default.
    if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
    void this.worker?.terminate();
    this.worker = null;
  }

  /**
   * For an idle server: folds the WAL into the database now, then stops the worker and gives
   * its memory back. The next checkpoint starts a new one.
   */
  async release(): Promise<void> {
    if (!this.worker || this.failed || this.closed) return;
    await this.checkpoint();
    if (!this.running && this.worker) await this.stopWorker(this.worker);
  }

  /** Closes the worker's connection (before the main one, so the last close removes the WAL). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.worker) await this.stopWorker(this.worker);
    this.settle(null);
  }

  private async stopWorker(worker: Worker): Promise<void> {
    this.worker = null;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2000);
      worker.on('message', (m: { closed?: boolean }) => {
        if (m.closed) {
          clearTimeout(timer);
          resolve();
        }
      });
      worker.postMessage('close');
    });
    await worker.terminate();
  }
}
