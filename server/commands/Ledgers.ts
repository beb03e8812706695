/**
 * The decisions state of each workshop, folded from its hash-chained event log on first use
 * and kept in memory. Only the command pipeline changes a loaded ledger; everyone else reads.
 * A ledger that another node may have changed is forgotten and read again from the log.
 */
import type { ChainEntry, ChainHead } from '../../shared/charter/eventChain';
import { readEventLog } from '../../shared/commands/eventLog';
import type { WorkshopState } from '../../shared/state/workshopState';
import type { Logger } from '../log';
import type { EventLog } from '../storage/Storage';

export interface Ledger {
  workshopId: string;
  state: WorkshopState;
  head: ChainHead | null;
}

export class IntegrityError extends Error {}

export class Ledgers {
  private readonly ledgers = new Map<string, Promise<Ledger>>();

  constructor(
    private readonly storage: Pick<EventLog, 'loadEvents'>,
    private readonly log: Logger,
  ) {}

  /** The current state and log head of a workshop, replayed from the log on first use. */
  get(workshopId: string): Promise<Ledger> {
    let ledger = this.ledgers.get(workshopId);
    if (!ledger) {
      ledger = this.load(workshopId);
      this.ledgers.set(workshopId, ledger);
      ledger.catch(() => {
        if (this.ledgers.get(workshopId) === ledger) this.ledgers.delete(workshopId);
      });
    }
    return ledger;
  }

  /** Reads the log again (after another node's change, or after a failed command). */
  reload(workshopId: string): Promise<Ledger> {
    this.ledgers.delete(workshopId);
    return this.get(workshopId);
  }

  isLoaded(workshopId: string): boolean {
    return this.ledgers.has(workshopId);
  }

  forget(workshopId: string): void {
    this.ledgers.delete(workshopId);
  }

  private async load(workshopId: string): Promise<Ledger> {
    // Verified over the stored bytes, then upcast to today's event format, then folded.
    const reading = readEventLog(workshopId, (await this.storage.loadEvents(workshopId)) as ChainEntry[]);
    if (!reading.ok) {
      this.log.error(reading.problem === 'chain' ? 'events.chain_broken' : 'events.unreadable', { workshop: workshopId, seq: reading.seq, reason: reading.reason });
      throw new IntegrityError(reading.message);
    }
    return { workshopId, state: reading.state, head: reading.head };
  }
}
