/**
 * The statements of one SQLite connection, each prepared once (better-sqlite3 parses a
 * statement on every `prepare`), and the binding rules the driver needs: it refuses booleans,
 * so they are stored as 0/1 as the schema says.
 */
import type Database from 'better-sqlite3';
import type { Statement } from '../sql';

const bindable = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

export class Prepared {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  statement(text: string): Database.Statement {
    let s = this.cache.get(text);
    if (!s) {
      s = this.db.prepare(text);
      this.cache.set(text, s);
    }
    return s;
  }

  run(st: Statement): void {
    this.statement(st.text).run(...st.values.map(bindable));
  }

  one<Row>(text: string, ...values: unknown[]): Row | undefined {
    return this.statement(text).get(...values) as Row | undefined;
  }

  all<Row>(text: string, ...values: unknown[]): Row[] {
    return this.statement(text).all(...values) as Row[];
  }
}
