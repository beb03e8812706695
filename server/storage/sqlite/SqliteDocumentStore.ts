/**
 * The document store on SQLite. Calls are synchronous underneath, so an awaited
 * `appendUpdates` has committed when it resolves. This process is the file's only writer
 * (`soleWriter`), which lets it keep each document's last sequence number in memory and
 * snapshot a loaded room directly.
 */
import type Database from 'better-sqlite3';
import { bytes } from '../rows';
import { SQL } from '../sql';
import type { CompactResult, DocumentStore, MergeUpdates, StoredDoc } from '../Storage';
import type { Prepared } from './Prepared';

export class SqliteDocumentStore implements DocumentStore {
  /** Built once: better-sqlite3 wraps the function anew on every `transaction()` call. */
  private readonly appendTx: Database.Transaction<(doc: string, updates: readonly Uint8Array[]) => number>;
  /** Runs a function in one transaction; appends inside it are savepoints (`groupCommit`). */
  private readonly groupTx: Database.Transaction<(fn: () => void) => void>;
  /** The group commit open now: appends made in it resolve once it has committed. */
  private group: { committed: Promise<void>; appends: number } | null = null;
  /**
   * Last stored sequence number per document, so an append need not read it back. Valid
   * because this process is the file's only writer (`soleWriter`); dropped when idle.
   */
  private readonly lastSeq = new Map<string, number>();
  private readonly insertUpdate: Database.Statement;

  /** One process owns the file (several nodes need PostgreSQL). */
  readonly soleWriter = true;

  /** @param committed told after every commit that wrote (the WAL checkpointer counts them) */
  constructor(
    private readonly db: Database.Database,
    private readonly sql: Prepared,
    private readonly committed: () => void,
  ) {
    this.insertUpdate = sql.statement(SQL.insertUpdate);
    this.appendTx = db.transaction((doc: string, updates: readonly Uint8Array[]): number => {
      let seq = this.lastSeq.get(doc) ?? this.storedLastSeq(doc);
      const now = Date.now();
      for (const u of updates) this.insertUpdate.run(doc, ++seq, u, now);
      this.lastSeq.set(doc, seq);
      return seq;
    });
    this.groupTx = db.transaction((fn: () => void) => fn());
  }

  /** The last update stored, or the snapshot's once compaction removed every update. */
  private storedLastSeq(doc: string): number {
    const max = this.sql.one<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM doc_updates WHERE doc = ?', doc)?.seq;
    return max ?? this.sql.one<{ upto_seq: number }>(SQL.snapshot, doc)?.upto_seq ?? 0;
  }

  /** Drops the cached sequence numbers (they are read back on the next append). */
  forgetSequenceNumbers(): void {
    this.lastSeq.clear();
  }

  async loadDoc(doc: string): Promise<StoredDoc> {
    return this.db.transaction((): StoredDoc => {
      const snap = this.sql.one<{ data: Buffer; upto_seq: number }>(SQL.snapshot, doc);
      const rows = this.sql.all<{ seq: number; data: Buffer }>(SQL.updates, doc);
      const lastSeq = rows.length ? rows[rows.length - 1]!.seq : (snap?.upto_seq ?? 0);
      return { snapshot: snap ? bytes(snap.data) : null, updates: rows.map((r) => bytes(r.data)), lastSeq };
    })();
  }

  async appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    const group = this.group;
    try {
      // Inside a group commit this is a savepoint of the group's transaction.
      const seq = this.appendTx.immediate(doc, updates);
      if (!group) {
        this.committed();
        return seq;
      }
      group.appends++;
      await group.committed;
      return seq;
    } catch (err) {
      // A rolled-back append (or group) leaves the cached sequence numbers unknown.
      this.lastSeq.clear();
      throw err;
    }
  }

  /**
   * One transaction for every append `fn` starts: a server with many busy rooms commits
   * (and later fsyncs) once per event-loop turn instead of once per room. A room whose
   * savepoint fails rejects alone; if the commit itself fails, every append in it rejects.
   */
  groupCommit(fn: () => void): void {
    if (this.group) {
      fn();
      return;
    }
    let settle!: (err: unknown) => void;
    const committed = new Promise<void>((resolve, reject) => {
      settle = (err) => (err === undefined ? resolve() : reject(err));
    });
    committed.catch(() => {}); // every append in the group sees the rejection itself
    const group = { committed, appends: 0 };
    this.group = group;
    let ran = false;
    let failure: unknown;
    try {
      this.groupTx.immediate(() => {
        ran = true;
        fn();
      });
    } catch (err) {
      failure = err ?? new Error('group commit failed');
    } finally {
      this.group = null;
    }
    if (!ran) {
      // BEGIN itself failed (e.g. SQLITE_BUSY): nothing joined the group, so every append
      // runs (and fails, or not) on its own rather than waiting for a later turn.
      settle(undefined);
      fn();
      return;
    }
    if (failure !== undefined) this.lastSeq.clear();
    else if (group.appends > 0) this.committed();
    settle(failure);
  }

  async putSnapshot(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    this.db
      .transaction(() => {
        this.sql.statement(SQL.upsertSnapshot).run(doc, state, uptoSeq, Date.now());
        this.sql.statement(SQL.deleteUpdatesUpTo).run(doc, uptoSeq);
      })
      .immediate();
    this.committed();
  }

  async compactDoc(doc: string, merge: MergeUpdates): Promise<CompactResult | null> {
    const result = this.db
      .transaction((): CompactResult | null => {
        const rows = this.sql.all<{ seq: number; data: Buffer }>(SQL.updates, doc);
        if (rows.length === 0) return null;
        const snap = this.sql.one<{ data: Buffer }>(SQL.snapshot, doc);
        const state = merge(snap ? bytes(snap.data) : null, rows.map((r) => bytes(r.data)));
        const uptoSeq = rows[rows.length - 1]!.seq;
        this.sql.statement(SQL.upsertSnapshot).run(doc, state, uptoSeq, Date.now());
        this.sql.statement(SQL.deleteUpdatesUpTo).run(doc, uptoSeq);
        return { uptoSeq, bytes: state.byteLength };
      })
      .immediate();
    if (result) this.committed();
    return result;
  }
}
