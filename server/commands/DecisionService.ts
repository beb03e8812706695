/**
 * Decisions change only here (design.md decision 1): a command is judged by the shared rules
 * (`decide`), appended to the workshop's hash-chained event log in the database, folded into
 * the in-memory state, and only then announced to listeners (projection into the decisions
 * document, live access changes). Commands of one workshop run one at a time.
 */
import { type ChainHead, type ChainEntry, appendEntry } from '../../shared/charter/eventChain';
import { applyEvent } from '../../shared/commands/applyEvent';
import { decide } from '../../shared/commands/decide';
import { readEventLog } from '../../shared/commands/eventLog';
import type { DomainEvent, EventType } from '../../shared/commands/events';
import type { Refusal } from '../../shared/commands/result';
import type { Actor } from '../../shared/schema/participants';
import type { WorkshopState } from '../../shared/state/workshopState';
import type { Logger } from '../log';
import { EventConflictError, type EventEffects, type Storage } from '../storage/Storage';

export interface Ledger {
  workshopId: string;
  state: WorkshopState;
  head: ChainHead | null;
}

export type ExecuteResult = { ok: true; entry: ChainEntry; state: WorkshopState } | Refusal;
export type AppliedListener = (ledger: Ledger, entry: ChainEntry) => Promise<void> | void;

/** What a preparer makes of an accepted event before it is appended. */
export interface Prepared {
  /** The event to append (e.g. with server-computed fields that a client cannot set). */
  event: DomainEvent;
  /** Records stored in the same transaction as the event. */
  effects?: EventEffects;
  /** Undoes any side effect of preparing when the append fails. */
  rollback?: () => void;
}

/**
 * Runs inside the workshop's command queue, after `decide` accepted and before the append:
 * the place for what `decide` cannot see (the content document, the server's seal key).
 */
export type EventPreparer = (ledger: Ledger, event: DomainEvent) => Promise<Prepared | Refusal>;

/** Retries after another node appended the same seq first (multi-node deployments). */
const MAX_CONFLICT_RETRIES = 5;

export class IntegrityError extends Error {}

export class DecisionService {
  private readonly ledgers = new Map<string, Promise<Ledger>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly listeners: AppliedListener[] = [];
  private readonly preparers = new Map<EventType, EventPreparer>();

  constructor(
    private readonly storage: Storage,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  onApplied(listener: AppliedListener): void {
    this.listeners.push(listener);
  }

  /** One preparer per event type. */
  prepareWith(type: EventType, preparer: EventPreparer): void {
    this.preparers.set(type, preparer);
  }

  /** The current state and log head of a workshop, replayed from the log on first use. */
  ledger(workshopId: string): Promise<Ledger> {
    let ledger = this.ledgers.get(workshopId);
    if (!ledger) {
      ledger = this.load(workshopId);
      this.ledgers.set(workshopId, ledger);
      ledger.catch(() => this.ledgers.delete(workshopId));
    }
    return ledger;
  }

  private async load(workshopId: string): Promise<Ledger> {
    const reading = readEventLog(workshopId, (await this.storage.loadEvents(workshopId)) as ChainEntry[]);
    if (!reading.ok) {
      this.log.error(reading.problem === 'chain' ? 'events.chain_broken' : 'events.unreadable', { workshop: workshopId, seq: reading.seq, reason: reading.reason });
      throw new IntegrityError(reading.message);
    }
    return { workshopId, state: reading.state, head: reading.head };
  }

  /** Judges and, if accepted, durably appends one command. Never runs two at once per workshop. */
  execute(workshopId: string, actor: Actor, input: unknown): Promise<ExecuteResult> {
    const previous = this.queues.get(workshopId) ?? Promise.resolve();
    const run = previous.catch(() => {}).then(() => this.executeNow(workshopId, actor, input));
    this.queues.set(workshopId, run);
    void run.finally(() => {
      if (this.queues.get(workshopId) === run) this.queues.delete(workshopId);
    });
    return run;
  }

  private async executeNow(workshopId: string, actor: Actor, input: unknown): Promise<ExecuteResult> {
    for (let attempt = 0; ; attempt++) {
      const ledger = await this.ledger(workshopId);
      const decision = decide(ledger.state, actor, input, this.clock().toISOString());
      if (!decision.ok) return decision;
      const preparer = this.preparers.get(decision.event.type);
      const prepared: Prepared | Refusal = preparer ? await preparer(ledger, decision.event) : { event: decision.event };
      if ('ok' in prepared) return prepared;
      const entry = appendEntry(workshopId, ledger.head, prepared.event);
      try {
        await this.storage.appendEvent(workshopId, entry, prepared.effects);
      } catch (err) {
        prepared.rollback?.();
        if (err instanceof EventConflictError && attempt < MAX_CONFLICT_RETRIES) {
          // Another node got there first: catch up from the log and judge again.
          this.ledgers.delete(workshopId);
          continue;
        }
        throw err;
      }
      ledger.state = applyEvent(ledger.state, prepared.event);
      ledger.head = { seq: entry.seq, hash: entry.hash };
      this.log.debug('command.applied', { workshop: workshopId, seq: entry.seq, type: entry.type });
      for (const listener of this.listeners) {
        try {
          await listener(ledger, entry);
        } catch (err) {
          // The event is stored; a failed side effect is repaired on the next load.
          this.log.error('command.listener_failed', { workshop: workshopId, seq: entry.seq, error: String(err) });
        }
      }
      return { ok: true, entry, state: ledger.state };
    }
  }

  isLoaded(workshopId: string): boolean {
    return this.ledgers.has(workshopId);
  }

  /** Forgets cached state (tests, and after another node's change announced over pub/sub). */
  forget(workshopId: string): void {
    this.ledgers.delete(workshopId);
  }
}
