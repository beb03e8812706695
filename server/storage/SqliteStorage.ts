/**
 * SQLite adapter (better-sqlite3, WAL): one connection, four parts (sqlite/), one file.
 * Calls are synchronous underneath: an awaited write has committed when it resolves. With
 * `synchronous: 'NORMAL'` (the default) a commit has reached the operating system, so it
 * survives the process being killed, and `whenOnDisk` adds the fsync that makes it survive
 * power loss (sqlite/WalSync.ts). With 'FULL' every commit fsyncs on the event loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ComposedStorage } from './ComposedStorage';
import { Prepared } from './sqlite/Prepared';
import { SqliteCharterArchive } from './sqlite/SqliteCharterArchive';
import { SqliteDirectory } from './sqlite/SqliteDirectory';
import { SqliteDocumentStore } from './sqlite/SqliteDocumentStore';
import { SqliteEventLog } from './sqlite/SqliteEventLog';
import { WalSync } from './sqlite/WalSync';
import { SQLITE_MIGRATIONS } from './sqliteMigrations';
import { WalCheckpointer } from './WalCheckpointer';

export interface SqliteOptions {
  /** Path of the database file, or ':memory:' for unit tests. */
  file: string;
  /**
   * NORMAL: commits survive `kill -9`; `whenOnDisk` fsyncs in the background for power loss.
   * FULL: every commit fsyncs the WAL before it returns, blocking the event loop meanwhile.
   */
  synchronous: 'FULL' | 'NORMAL';
  /**
   * NORMAL only: fsyncs start at most this often (default 20 ms), so a busy server runs a
   * few dozen a second for all its rooms, not one per commit; acks wait at most this long more.
   */
  minSyncIntervalMs?: number;
  /** Told when something goes wrong that the storage works around (e.g. its checkpoint worker failed). */
  onWarning?: (event: string, data: Record<string, string>) => void;
}

function openDatabase(options: SqliteOptions): Database.Database {
  if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // `PRAGMA user_version` counts the migrations that ran.
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < SQLITE_MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}

export class SqliteStorage extends ComposedStorage {
  private readonly db: Database.Database;
  private readonly docs: SqliteDocumentStore;
  /** WAL checkpoints off the event loop (files only; ':memory:' has no WAL). */
  private readonly checkpointer: WalCheckpointer | null;
  /** Power-loss durability; null when commits already fsync (FULL) or there is no file. */
  private readonly walSync: WalSync | null;

  constructor(options: SqliteOptions) {
    const db = openDatabase(options);
    const onFile = options.file !== ':memory:';
    const checkpointer = onFile
      ? new WalCheckpointer(db, options.file, undefined, (err) =>
          options.onWarning?.('storage.checkpoint_worker_failed', { error: String(err) }),
        )
      : null;
    // Every part's commits count towards the next checkpoint, or the WAL only folds when idle.
    const committed = () => void checkpointer?.committed();
    const sql = new Prepared(db);
    const docs = new SqliteDocumentStore(db, sql, committed);
    super({
      docs,
      events: new SqliteEventLog(db, sql, committed),
      directory: new SqliteDirectory(db, sql, committed),
      charters: new SqliteCharterArchive(sql),
    });
    this.db = db;
    this.docs = docs;
    this.checkpointer = checkpointer;
    this.walSync = onFile && options.synchronous === 'NORMAL' ? new WalSync(`${options.file}-wal`, options.minSyncIntervalMs ?? 20) : null;
  }

  groupCommit(fn: () => void): void {
    this.docs.groupCommit(fn);
  }

  whenOnDisk(): Promise<void> {
    return this.walSync?.whenOnDisk() ?? Promise.resolve();
  }

  /**
   * Hands SQLite's page cache back (PRAGMA shrink_memory; it refills from the file), and folds
   * the WAL and stops the checkpoint worker while nothing is loaded.
   */
  releaseMemory(): void {
    this.docs.forgetSequenceNumbers();
    if (this.db.open) this.db.pragma('shrink_memory');
    void this.checkpointer?.release();
  }

  async close(): Promise<void> {
    await this.walSync?.close();
    // The worker's connection first: the last one to close checkpoints and removes the WAL.
    await this.checkpointer?.close();
    if (this.db.open) this.db.close();
  }
}
