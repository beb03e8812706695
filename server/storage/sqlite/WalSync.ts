/**
 * `whenOnDisk` for SQLite with synchronous=NORMAL: a commit has reached the operating system
 * (it survives the process being killed); this adds the fsync that makes it survive power
 * loss, on libuv's thread pool, one fsync for every commit made while the previous one ran.
 * fdatasync on our own descriptor of the WAL flushes what SQLite wrote through its own: the
 * page cache belongs to the file, not to the descriptor.
 */
import fs from 'node:fs';
import { promisify } from 'node:util';

const fdatasync = promisify(fs.fdatasync);

export class WalSync {
  /** The WAL file, opened once it exists. */
  private walFd: number | null = null;
  /** The fsync running now, and the one queued behind it for commits made meanwhile. */
  private syncing: Promise<void> | null = null;
  private syncQueued: Promise<void> | null = null;
  private lastSyncAt = -Infinity;
  private closed = false;

  /**
   * @param walFile the database's `-wal` file
   * @param minIntervalMs fsyncs start at most this often, so a busy server runs a few dozen a
   *   second for all its rooms, not one per commit; acks wait at most this long more
   */
  constructor(
    private readonly walFile: string,
    private readonly minIntervalMs: number,
  ) {}

  /**
   * Resolves once every commit made before the call is on disk. An fsync that is already
   * running may have started before the caller's commit, so callers then share the next one.
   */
  whenOnDisk(): Promise<void> {
    if (this.closed) return Promise.resolve();
    // A queued fsync starts after this call, so it covers the caller's commits.
    if (this.syncQueued) return this.syncQueued;
    if (this.syncing) {
      this.syncQueued = this.syncing.then(
        () => this.startAfterInterval(),
        () => this.startAfterInterval(),
      );
      return this.syncQueued;
    }
    return this.startAfterInterval();
  }

  /** Starts an fsync now, or once `minIntervalMs` has passed since the last one began. */
  private startAfterInterval(): Promise<void> {
    const wait = this.lastSyncAt + this.minIntervalMs - performance.now();
    if (wait <= 0) return this.startSync();
    this.syncQueued = new Promise<void>((r) => setTimeout(r, wait)).then(() => this.startSync());
    return this.syncQueued;
  }

  private startSync(): Promise<void> {
    this.syncQueued = null;
    this.lastSyncAt = performance.now();
    if (this.closed) return Promise.resolve(); // closing checkpoints and syncs the database
    if (this.walFd === null) {
      try {
        this.walFd = fs.openSync(this.walFile, 'r');
      } catch (err) {
        // No WAL yet: nothing has been committed since the database was opened.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return Promise.resolve();
        throw err;
      }
    }
    const run = fdatasync(this.walFd).finally(() => {
      if (this.syncing === run) this.syncing = null;
    });
    this.syncing = run;
    return run;
  }

  /** Waits for the fsyncs in flight and lets go of the WAL (before the database closes). */
  async close(): Promise<void> {
    this.closed = true;
    await this.syncQueued?.catch(() => undefined);
    await this.syncing?.catch(() => undefined);
    if (this.walFd !== null) fs.closeSync(this.walFd);
    this.walFd = null;
  }
}
