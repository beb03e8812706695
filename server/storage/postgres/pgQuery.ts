/**
 * How the PostgreSQL parts talk to the database: the shared SQL (sql.ts) with its `?`
 * placeholders numbered, and one transaction helper.
 */
import type pg from 'pg';
import { numbered, type Statement } from '../sql';

type Queryable = pg.Pool | pg.PoolClient;

/** Numbering is the same for a statement every time; most statements are constants. */
const numberedText = new Map<string, string>();
const dialect = (text: string): string => {
  let t = numberedText.get(text);
  if (t === undefined) {
    t = numbered(text);
    numberedText.set(text, t);
  }
  return t;
};

export async function rows<Row extends pg.QueryResultRow>(q: Queryable, text: string, ...values: unknown[]): Promise<Row[]> {
  return (await q.query<Row>(dialect(text), values)).rows;
}

/** A write given as text and values. */
export async function execute(q: Queryable, text: string, ...values: unknown[]): Promise<void> {
  await q.query(dialect(text), values);
}

/** A write built by sql.ts (`insert`, `eventStatements`). */
export async function run(q: Queryable, st: Statement): Promise<void> {
  await q.query(dialect(st.text), st.values);
}

/** Runs `work` in one transaction on one pooled connection; rolls back when it throws. */
export async function transaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
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
