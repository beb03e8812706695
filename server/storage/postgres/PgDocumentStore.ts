/**
 * The document store on PostgreSQL, shared by several nodes. Per-document writes (append,
 * compact, snapshot) take a transaction-scoped advisory lock on the document, so sequence
 * numbers are assigned and committed in order across nodes: a compaction can never delete
 * an update that another node's transaction had not yet committed.
 */
import type pg from 'pg';
import { bytes } from '../rows';
import { SQL } from '../sql';
import type { CompactResult, DocumentStore, MergeUpdates, StoredDoc } from '../Storage';
import { execute, rows, transaction } from './pgQuery';

const lockDoc = (c: pg.PoolClient, doc: string) => c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`mufakat-doc:${doc}`]);

/** The last sequence number used: the last update's, or the snapshot's once compaction removed them all. */
const LAST_SEQ = 'SELECT GREATEST((SELECT MAX(seq) FROM doc_updates WHERE doc = ?), (SELECT upto_seq FROM doc_snapshots WHERE doc = ?), 0) AS seq';

export class PgDocumentStore implements DocumentStore {
  /** Other nodes write the same documents. */
  readonly soleWriter = false;

  constructor(private readonly pool: pg.Pool) {}

  async loadDoc(doc: string): Promise<StoredDoc> {
    return transaction(this.pool, async (c) => {
      // One snapshot of the database for both reads, so a concurrent compaction cannot split them.
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const [snap] = await rows<{ data: Buffer; upto_seq: number }>(c, SQL.snapshot, doc);
      const updates = await rows<{ seq: number; data: Buffer }>(c, SQL.updates, doc);
      const lastSeq = updates.length ? updates[updates.length - 1]!.seq : (snap?.upto_seq ?? 0);
      return { snapshot: snap ? bytes(snap.data) : null, updates: updates.map((r) => bytes(r.data)), lastSeq };
    });
  }

  async appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    return transaction(this.pool, async (c) => {
      await lockDoc(c, doc);
      let seq = (await rows<{ seq: number }>(c, LAST_SEQ, doc, doc))[0]!.seq;
      const now = Date.now();
      for (const u of updates) await execute(c, SQL.insertUpdate, doc, ++seq, u, now);
      return seq;
    });
  }

  async putSnapshot(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    await transaction(this.pool, async (c) => {
      await lockDoc(c, doc);
      await execute(c, SQL.upsertSnapshot, doc, state, uptoSeq, Date.now());
      await execute(c, SQL.deleteUpdatesUpTo, doc, uptoSeq);
    });
  }

  async compactDoc(doc: string, merge: MergeUpdates): Promise<CompactResult | null> {
    return transaction(this.pool, async (c) => {
      await lockDoc(c, doc);
      const updates = await rows<{ seq: number; data: Buffer }>(c, SQL.updates, doc);
      if (updates.length === 0) return null;
      const [snap] = await rows<{ data: Buffer }>(c, SQL.snapshot, doc);
      const state = merge(snap ? bytes(snap.data) : null, updates.map((r) => bytes(r.data)));
      const uptoSeq = updates[updates.length - 1]!.seq;
      await execute(c, SQL.upsertSnapshot, doc, state, uptoSeq, Date.now());
      await execute(c, SQL.deleteUpdatesUpTo, doc, uptoSeq);
      return { uptoSeq, bytes: state.byteLength };
    });
  }
}
