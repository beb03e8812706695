/** The event log on PostgreSQL: the event and its effects in one transaction. */
import type pg from 'pg';
import { type EventRow, toEvent } from '../rows';
import { eventStatements, SQL } from '../sql';
import { EventConflictError, type EventEffects, type EventLog, ImmutableRecordError, type StoredEvent } from '../Storage';
import { rows, run, transaction } from './pgQuery';

/** SQLSTATE class 23 is "integrity constraint violation"; 23505 is a unique key. */
const sqlState = (err: unknown): string => (err as { code?: string }).code ?? '';

export class PgEventLog implements EventLog {
  constructor(private readonly pool: pg.Pool) {}

  async appendEvent(workshopId: string, e: StoredEvent, effects: EventEffects = {}): Promise<void> {
    const statements = eventStatements(workshopId, e, effects);
    await transaction(this.pool, async (c) => {
      try {
        await run(c, statements.event);
      } catch (err) {
        if (sqlState(err) === '23505') throw new EventConflictError(workshopId, e.seq);
        throw err;
      }
      try {
        for (const st of statements.effects) await run(c, st);
      } catch (err) {
        if (sqlState(err).startsWith('23')) throw new ImmutableRecordError(`workshop ${workshopId}: ${String(err)}`);
        throw err;
      }
    });
  }

  async loadEvents(workshopId: string): Promise<StoredEvent[]> {
    return (await rows<EventRow>(this.pool, SQL.events, workshopId)).map(toEvent);
  }
}
