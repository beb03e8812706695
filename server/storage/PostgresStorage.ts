/**
 * PostgreSQL adapter (`pg`), for several server nodes sharing one database. It passes the same
 * contract suite as SQLite (tests/contract/storageContract.ts).
 *
 * Per-document writes (append, compact) take a transaction-scoped advisory lock on the
 * document, so sequence numbers are assigned and committed in order across nodes: a
 * compaction can never delete an update that another node's transaction had not yet committed.
 */
import pg from 'pg';
import {
  type CharterVersionInfo,
  type CompactResult,
  EventConflictError,
  type EventEffects,
  ImmutableRecordError,
  type ParticipantRecord,
  type Storage,
  type StoredCharterVersion,
  type StoredDoc,
  type StoredEvent,
  type StoredSeal,
  type StoredSignature,
  type WorkshopRecord,
} from './Storage';
import { POSTGRES_MIGRATIONS } from './postgresMigrations';
import { bytes, type ParticipantRow, toParticipant, toWorkshop } from './rows';

/** BIGINT columns hold milliseconds and sequence numbers, all far below 2^53. */
const types = {
  getTypeParser: (oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')),
};

export interface PostgresOptions {
  connectionString: string;
  /** Schema to use (created when missing); lets several deployments or test runs share a database. */
  schema?: string;
}

export class PostgresStorage implements Storage {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(options: PostgresOptions): Promise<PostgresStorage> {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({ connectionString: options.connectionString, types, max: 10, options: `-c search_path=${schema}` });
    pool.on('error', () => {}); // idle client errors surface on the next query instead
    const storage = new PostgresStorage(pool);
    await storage.migrate(schema);
    return storage;
  }

  private async tx<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  private async migrate(schema: string): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`mufakat-migrate:${schema}`]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await c.query('CREATE TABLE IF NOT EXISTS mufakat_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
      const { rows } = await c.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM mufakat_migrations');
      for (let v = rows[0]!.n; v < POSTGRES_MIGRATIONS.length; v++) {
        await c.query(POSTGRES_MIGRATIONS[v]!);
        await c.query('INSERT INTO mufakat_migrations (version, applied_at) VALUES ($1, $2)', [v + 1, Date.now()]);
      }
    });
  }

  private lockDoc(c: pg.PoolClient, doc: string) {
    return c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`mufakat-doc:${doc}`]);
  }

  async loadDoc(doc: string): Promise<StoredDoc> {
    return this.tx(async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const snap = await c.query<{ data: Buffer; upto_seq: number }>('SELECT data, upto_seq FROM doc_snapshots WHERE doc = $1', [doc]);
      const rows = await c.query<{ seq: number; data: Buffer }>('SELECT seq, data FROM doc_updates WHERE doc = $1 ORDER BY seq', [doc]);
      const s = snap.rows[0];
      const lastSeq = rows.rows.length ? rows.rows[rows.rows.length - 1]!.seq : (s?.upto_seq ?? 0);
      return { snapshot: s ? bytes(s.data) : null, updates: rows.rows.map((r) => bytes(r.data)), lastSeq };
    });
  }

  /** A PostgreSQL commit is already on disk (synchronous_commit on). */
  whenOnDisk(): Promise<void> {
    return Promise.resolve();
  }

  async appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.tx(async (c) => {
      await this.lockDoc(c, doc);
      const max = await c.query<{ seq: number | null }>(
        'SELECT GREATEST((SELECT MAX(seq) FROM doc_updates WHERE doc = $1), (SELECT upto_seq FROM doc_snapshots WHERE doc = $1), 0) AS seq',
        [doc],
      );
      let seq = max.rows[0]!.seq ?? 0;
      const now = Date.now();
      for (const u of updates) {
        await c.query('INSERT INTO doc_updates (doc, seq, data, created_at) VALUES ($1, $2, $3, $4)', [doc, ++seq, Buffer.from(u), now]);
      }
      return seq;
    });
  }

  /** Other nodes write the same documents. */
  readonly soleWriter = false;

  async putSnapshot(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    await this.tx(async (c) => {
      await this.lockDoc(c, doc);
      await c.query(
        `INSERT INTO doc_snapshots (doc, data, upto_seq, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
        [doc, Buffer.from(state), uptoSeq, Date.now()],
      );
      await c.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [doc, uptoSeq]);
    });
  }

  async compactDoc(doc: string, merge: (snapshot: Uint8Array | null, updates: Uint8Array[]) => Uint8Array): Promise<CompactResult | null> {
    return this.tx(async (c) => {
      await this.lockDoc(c, doc);
      const rows = await c.query<{ seq: number; data: Buffer }>('SELECT seq, data FROM doc_updates WHERE doc = $1 ORDER BY seq', [doc]);
      if (rows.rows.length === 0) return null;
      const snap = await c.query<{ data: Buffer }>('SELECT data FROM doc_snapshots WHERE doc = $1', [doc]);
      const state = merge(snap.rows[0] ? bytes(snap.rows[0].data) : null, rows.rows.map((r) => bytes(r.data)));
      const uptoSeq = rows.rows[rows.rows.length - 1]!.seq;
      await c.query(
        `INSERT INTO doc_snapshots (doc, data, upto_seq, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
        [doc, Buffer.from(state), uptoSeq, Date.now()],
      );
      await c.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [doc, uptoSeq]);
      return { uptoSeq, bytes: state.byteLength };
    });
  }

  async createWorkshop(w: WorkshopRecord): Promise<void> {
    await this.pool.query('INSERT INTO workshops (id, title, service_name, join_code, created_at, is_demo) VALUES ($1, $2, $3, $4, $5, $6)', [
      w.id,
      w.title,
      w.serviceName,
      w.joinCode,
      w.createdAt,
      w.isDemo,
    ]);
  }
  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query('SELECT * FROM workshops WHERE id = $1', [id]);
    return rows[0] ? toWorkshop(rows[0]) : null;
  }
  async getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query('SELECT * FROM workshops WHERE join_code = $1', [joinCode]);
    return rows[0] ? toWorkshop(rows[0]) : null;
  }
  async listWorkshops(): Promise<WorkshopRecord[]> {
    const { rows } = await this.pool.query('SELECT * FROM workshops ORDER BY created_at');
    return rows.map(toWorkshop);
  }

  async createParticipant(p: ParticipantRecord, tokenHash: string): Promise<void> {
    await this.tx(async (c) => {
      await c.query(
        'INSERT INTO participants (id, workshop_id, name, role, sector, category, user_group, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [p.id, p.workshopId, p.name, p.role, p.sector, p.category, p.userGroup, p.createdAt],
      );
      await c.query('INSERT INTO tokens (token_hash, participant_id, created_at) VALUES ($1, $2, $3)', [tokenHash, p.id, p.createdAt]);
    });
  }
  async addToken(participantId: string, tokenHash: string): Promise<void> {
    await this.pool.query('INSERT INTO tokens (token_hash, participant_id, created_at) VALUES ($1, $2, $3)', [tokenHash, participantId, Date.now()]);
  }
  async getParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
    const { rows } = await this.pool.query<ParticipantRow>(
      'SELECT p.* FROM tokens t JOIN participants p ON p.id = t.participant_id WHERE t.token_hash = $1',
      [tokenHash],
    );
    return rows[0] ? toParticipant(rows[0]) : null;
  }
  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const { rows } = await this.pool.query<ParticipantRow>('SELECT * FROM participants WHERE id = $1', [id]);
    return rows[0] ? toParticipant(rows[0]) : null;
  }
  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query<ParticipantRow>('SELECT * FROM participants WHERE workshop_id = $1 ORDER BY created_at', [workshopId]);
    return rows.map(toParticipant);
  }
  async revokeParticipant(id: string, at: number): Promise<void> {
    await this.pool.query('UPDATE participants SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
  }

  async appendEvent(workshopId: string, e: StoredEvent, effects: EventEffects = {}): Promise<void> {
    await this.tx(async (c) => {
      try {
        await c.query('INSERT INTO events (workshop_id, seq, ts, actor, type, data, prev, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
          workshopId,
          e.seq,
          e.ts,
          JSON.stringify(e.actor),
          e.type,
          JSON.stringify(e.data),
          e.prev,
          e.hash,
        ]);
      } catch (err) {
        if ((err as { code?: string }).code === '23505') throw new EventConflictError(workshopId, e.seq);
        throw err;
      }
      try {
        const { charterVersion: v, signature: s, seal } = effects;
        if (v) {
          await c.query('INSERT INTO charter_versions (workshop_id, version, sha256, json, content_state, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
            workshopId,
            v.version,
            v.sha256,
            v.json,
            Buffer.from(v.contentState),
            v.createdAt,
          ]);
        }
        if (s) {
          await c.query(
            'INSERT INTO signatures (workshop_id, version, event_seq, participant_id, capacity, key_id, json) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [workshopId, s.version, e.seq, s.participantId, s.capacity, s.keyId, s.json],
          );
        }
        if (seal) {
          await c.query('INSERT INTO charter_seals (workshop_id, version, signature_count, json) VALUES ($1, $2, $3, $4)', [
            workshopId,
            seal.version,
            seal.signatureCount,
            seal.json,
          ]);
        }
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (code.startsWith('23')) throw new ImmutableRecordError(`workshop ${workshopId}: ${String(err)}`);
        throw err;
      }
    });
  }

  async loadEvents(workshopId: string): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<Omit<StoredEvent, 'actor' | 'data'> & { actor: string; data: string }>(
      'SELECT seq, ts, actor, type, data, prev, hash FROM events WHERE workshop_id = $1 ORDER BY seq',
      [workshopId],
    );
    return rows.map((r) => ({ ...r, actor: JSON.parse(r.actor), data: JSON.parse(r.data) }));
  }

  async getCharterVersion(workshopId: string, version: number): Promise<StoredCharterVersion | null> {
    const { rows } = await this.pool.query<{ version: number; sha256: string; json: string; content_state: Buffer; created_at: number }>(
      'SELECT version, sha256, json, content_state, created_at FROM charter_versions WHERE workshop_id = $1 AND version = $2',
      [workshopId, version],
    );
    const r = rows[0];
    return r ? { version: r.version, sha256: r.sha256, json: r.json, contentState: bytes(r.content_state), createdAt: r.created_at } : null;
  }
  async listCharterVersions(workshopId: string): Promise<CharterVersionInfo[]> {
    const { rows } = await this.pool.query<{ version: number; sha256: string; created_at: number }>(
      'SELECT version, sha256, created_at FROM charter_versions WHERE workshop_id = $1 ORDER BY version',
      [workshopId],
    );
    return rows.map((r) => ({ version: r.version, sha256: r.sha256, createdAt: r.created_at }));
  }
  async listSignatures(workshopId: string, version: number): Promise<StoredSignature[]> {
    const { rows } = await this.pool.query<{ version: number; participant_id: string; capacity: string; key_id: string; json: string }>(
      'SELECT version, participant_id, capacity, key_id, json FROM signatures WHERE workshop_id = $1 AND version = $2 ORDER BY event_seq',
      [workshopId, version],
    );
    return rows.map((r) => ({ version: r.version, participantId: r.participant_id, capacity: r.capacity, keyId: r.key_id, json: r.json }));
  }
  async latestSeal(workshopId: string, version: number): Promise<StoredSeal | null> {
    const { rows } = await this.pool.query<{ version: number; signature_count: number; json: string }>(
      'SELECT version, signature_count, json FROM charter_seals WHERE workshop_id = $1 AND version = $2 ORDER BY signature_count DESC LIMIT 1',
      [workshopId, version],
    );
    const r = rows[0];
    return r ? { version: r.version, signatureCount: r.signature_count, json: r.json } : null;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
