/**
 * PostgreSQL adapter (`pg`), for several server nodes sharing one database: four parts
 * (postgres/) on one pool. It passes the same contract suite as SQLite
 * (tests/contract/storageContract.ts).
 */
import pg from 'pg';
import { ComposedStorage } from './ComposedStorage';
import { PgCharterArchive } from './postgres/PgCharterArchive';
import { PgDirectory } from './postgres/PgDirectory';
import { PgDocumentStore } from './postgres/PgDocumentStore';
import { PgEventLog } from './postgres/PgEventLog';
import { transaction } from './postgres/pgQuery';
import { POSTGRES_MIGRATIONS } from './postgresMigrations';

/** BIGINT columns hold milliseconds and sequence numbers, all far below 2^53. */
const types = {
  getTypeParser: (oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')),
};

export interface PostgresOptions {
  connectionString: string;
  /** Schema to use (created when missing); lets several deployments or test runs share a database. */
  schema?: string;
}

/** Applies the missing migrations under an advisory lock, so several nodes can start at once. */
async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  await transaction(pool, async (c) => {
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

export class PostgresStorage extends ComposedStorage {
  private constructor(private readonly pool: pg.Pool) {
    super({ docs: new PgDocumentStore(pool), events: new PgEventLog(pool), directory: new PgDirectory(pool), charters: new PgCharterArchive(pool) });
  }

  static async open(options: PostgresOptions): Promise<PostgresStorage> {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({ connectionString: options.connectionString, types, max: 10, options: `-c search_path=${schema}` });
    pool.on('error', () => {}); // idle client errors surface on the next query instead
    await migrate(pool, schema);
    return new PostgresStorage(pool);
  }

  /** A PostgreSQL commit is already on disk (synchronous_commit on). */
  whenOnDisk(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
