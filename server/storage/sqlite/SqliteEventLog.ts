/** The event log on SQLite: the event and its effects in one IMMEDIATE transaction. */
import type Database from 'better-sqlite3';
import { type EventRow, toEvent } from '../rows';
import { eventStatements, SQL } from '../sql';
import { EventConflictError, type EventEffects, type EventLog, ImmutableRecordError, type StoredEvent } from '../Storage';
import type { Prepared } from './Prepared';

const sqliteCode = (err: unknown): string => (err as { code?: string }).code ?? '';

export class SqliteEventLog implements EventLog {
  private readonly appendTx: Database.Transaction<(workshopId: string, e: StoredEvent, effects: EventEffects) => void>;

  constructor(
    db: Database.Database,
    private readonly sql: Prepared,
    private readonly committed: () => void,
  ) {
    this.appendTx = db.transaction((workshopId: string, e: StoredEvent, effects: EventEffects) => {
      const statements = eventStatements(workshopId, e, effects);
      try {
        sql.run(statements.event);
      } catch (err) {
        if (sqliteCode(err) === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new EventConflictError(workshopId, e.seq);
        throw err;
      }
      try {
        for (const st of statements.effects) sql.run(st);
      } catch (err) {
        if (sqliteCode(err).startsWith('SQLITE_CONSTRAINT')) throw new ImmutableRecordError(`workshop ${workshopId}: ${String(err)}`);
        throw err;
      }
    });
  }

  async appendEvent(workshopId: string, e: StoredEvent, effects: EventEffects = {}): Promise<void> {
    this.appendTx.immediate(workshopId, e, effects);
    this.committed();
  }

  async loadEvents(workshopId: string): Promise<StoredEvent[]> {
    return this.sql.all<EventRow>(SQL.events, workshopId).map(toEvent);
  }
}
