/**
 * The decisions state of each workshop, folded from its hash-chained event log on first use
 * and kept in memory. Only the command pipeline changes a loaded ledger; everyone else reads.
 * A ledger that another node may have changed is forgotten and read again from the log.
 */
import { type ChainEntry, type ChainHead, verifyChain } from '../../shared/charter/eventChain';
import { replay } from '../../shared/commands/applyEvent';
import type { DomainEvent } from '../../shared/commands/events';
import { asWorkshopId } from '../../shared/schema/ids';
import { initialWorkshopState, type WorkshopState } from '../../shared/state/workshopState';
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
    const entries = (await this.storage.loadEvents(workshopId)) as ChainEntry[];
    const verdict = verifyChain(workshopId, entries);
    if (!verdict.ok) {
      this.log.error('events.chain_broken', { workshop: workshopId, seq: verdict.brokenSeq, reason: verdict.reason });
      throw new IntegrityError(`event log of ${workshopId} is broken at seq ${verdict.brokenSeq}`);
    }
    const events = entries.map((e) => ({ type: e.type, data: e.data, actor: e.actor, ts: e.ts }) as DomainEvent);
    return { workshopId, state: replay(initialWorkshopState(asWorkshopId(workshopId)), events), head: verdict.head };
  }
}
