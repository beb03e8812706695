/**
 * Every command runs through this one sequence (design.md decision 8), one command at a time
 * per workshop:
 *
 *   1. validate   the shape (zod, strict) and the actor            `decide` (shared/commands)
 *   2. decide     the shared rules: an event, or a refusal (4xx)   `decide`
 *   3. prepare    effects that must exist before the append:       `beforeAppend`
 *                 the freeze snapshot, the signature row and seal
 *   4. fold       the next state is computed before anything is stored, so a rule that
 *                 throws leaves nothing behind
 *   5. append     to the hash-chained log, with step 3's records, in one transaction
 *   6. apply      the next state becomes the ledger's
 *   7. project    into the read-only decisions document             `afterAppend`
 *   8. access     revocations, role changes and freezes reach live sockets
 *   9. announce   to the other server nodes
 *
 * Steps 1-5 decide what is stored; an exception there is a `CommandFailed` (HTTP 500) with
 * nothing stored and the ledger read again from the log. Steps 7-9 run after the event is
 * durable: a failure there is logged and repaired (the projection catches up on the next load,
 * other nodes reload on their next request), never reported as a failed command.
 */
import { appendEntry, type ChainEntry } from '../../shared/charter/eventChain';
import { applyEvent } from '../../shared/commands/applyEvent';
import { decide as sharedDecide } from '../../shared/commands/decide';
import type { DomainEvent, EventOf } from '../../shared/commands/events';
import type { Decision, Refusal } from '../../shared/commands/result';
import type { Actor } from '../../shared/schema/participants';
import type { WorkshopState } from '../../shared/state/workshopState';
import type { CharterVersions } from '../charter/CharterVersions';
import type { SealKey } from '../charter/SealKey';
import type { Bus } from '../cluster/Bus';
import { announceDecision } from '../cluster/decisionNews';
import type { Logger } from '../log';
import { type Directory, EventConflictError, type EventLog } from '../storage/Storage';
import { prepareFreeze } from './freezeCharter';
import type { Ledger, Ledgers } from './Ledgers';
import type { Prepared } from './Prepared';
import { projectLedger } from './projectDecisions';
import { prepareSignature } from './signCharter';
import type { WorkshopDocuments } from './WorkshopDocuments';

export type ExecuteResult = { ok: true; entry: ChainEntry; state: WorkshopState } | Refusal;
export type DecideFn = (state: WorkshopState, actor: Actor, input: unknown, now: string) => Decision;

/** A command failed inside the server (not refused by the rules): nothing was stored. */
export class CommandFailed extends Error {
  constructor(
    readonly workshopId: string,
    readonly commandType: string,
    override readonly cause: unknown,
  ) {
    super(`command ${commandType} failed in workshop ${workshopId}`);
  }
}

/** Events whose effect on who may do what must reach live sockets at once. */
const ACCESS_EVENTS = new Set<string>(['roleSet', 'participantRevoked', 'charterFrozen', 'charterReopened']);

/** Retries after another node appended the same seq first (multi-node deployments). */
const MAX_CONFLICT_RETRIES = 5;

export interface PipelineDeps {
  ledgers: Ledgers;
  storage: EventLog & Pick<Directory, 'revokeParticipant' | 'getWorkshop'>;
  documents: WorkshopDocuments;
  charters: CharterVersions;
  sealKey: SealKey;
  bus: Bus;
  log: Logger;
  clock?: () => Date;
  /** The shared rules; tests may wrap them (e.g. a rule that throws). */
  decide?: DecideFn;
}

export class CommandPipeline {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly clock: () => Date;
  private readonly decide: DecideFn;

  constructor(private readonly deps: PipelineDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.decide = deps.decide ?? sharedDecide;
  }

  /**
   * Judges and, if accepted, durably appends one command. Never runs two at once per workshop.
   * `clock` replaces the server's clock for this command (the finished demo's simulated day).
   */
  execute(workshopId: string, actor: Actor, input: unknown, clock: () => Date = this.clock): Promise<ExecuteResult> {
    const previous = this.queues.get(workshopId) ?? Promise.resolve();
    const run = previous.then(
      () => this.run(workshopId, actor, input, clock),
      () => this.run(workshopId, actor, input, clock),
    );
    this.queues.set(workshopId, run);
    const done = () => {
      if (this.queues.get(workshopId) === run) this.queues.delete(workshopId);
    };
    // The caller handles `run`'s rejection; this branch only cleans up and must not leave
    // an unhandled rejection of its own.
    run.then(done, done);
    return run;
  }

  private async run(workshopId: string, actor: Actor, input: unknown, clock: () => Date): Promise<ExecuteResult> {
    const type = commandType(input);
    try {
      return await this.decideAndAppend(workshopId, actor, input, clock);
    } catch (err) {
      this.deps.log.error('command.failed', { workshop: workshopId, type, error: String(err), stack: (err as Error)?.stack });
      // Whatever was half-done in memory is dropped; the log is the truth.
      this.deps.ledgers.forget(workshopId);
      throw new CommandFailed(workshopId, type, err);
    }
  }

  private async decideAndAppend(workshopId: string, actor: Actor, input: unknown, clock: () => Date): Promise<ExecuteResult> {
    for (let attempt = 0; ; attempt++) {
      const ledger = await this.deps.ledgers.get(workshopId);
      // 1-2. validate and decide
      const decision = this.decide(ledger.state, actor, input, clock().toISOString());
      if (!decision.ok) return decision;
      // 3. prepare
      const prepared = await this.beforeAppend(ledger, decision.event, clock);
      let entry: ChainEntry;
      let next: WorkshopState;
      try {
        // 4. fold
        next = applyEvent(ledger.state, prepared.event);
        entry = appendEntry(workshopId, ledger.head, prepared.event);
        // 5. append
        await this.deps.storage.appendEvent(workshopId, entry, prepared.effects);
      } catch (err) {
        prepared.rollback?.();
        if (err instanceof EventConflictError && attempt < MAX_CONFLICT_RETRIES) {
          // Another node got there first: catch up from the log and judge again.
          this.deps.ledgers.forget(workshopId);
          continue;
        }
        throw err;
      }
      // 6. apply
      ledger.state = next;
      ledger.head = { seq: entry.seq, hash: entry.hash };
      this.deps.log.debug('command.applied', { workshop: workshopId, seq: entry.seq, type: entry.type });
      await this.afterAppend(ledger, entry);
      return { ok: true, entry, state: ledger.state };
    }
  }

  /** Step 3: what an event needs before it can be stored. */
  private async beforeAppend(ledger: Ledger, event: DomainEvent, clock: () => Date): Promise<Prepared> {
    const { storage, documents, charters, sealKey, log } = this.deps;
    switch (event.type) {
      case 'charterFrozen':
        return prepareFreeze({ storage, documents, log, clock }, ledger, event as EventOf<'charterFrozen'>);
      case 'charterSigned':
      case 'wetInkSignatureRecorded':
        return prepareSignature({ charters, sealKey, log, clock }, ledger, event as EventOf<'charterSigned' | 'wetInkSignatureRecorded'>);
      default:
        return { event };
    }
  }

  /** Steps 7-9: the event is durable; make it visible. Failures are logged and repaired later. */
  private async afterAppend(ledger: Ledger, entry: ChainEntry): Promise<void> {
    const { storage, documents, bus, log } = this.deps;
    const workshop = ledger.workshopId;
    const step = async (name: string, effect: () => Promise<void> | void) => {
      try {
        await effect();
      } catch (err) {
        log.error('command.effect_failed', { workshop, seq: entry.seq, type: entry.type, effect: name, error: String(err) });
      }
    };
    await step('project', () => documents.changeDocument(workshop, 'decisions', (doc) => projectLedger(doc, ledger)));
    if (entry.type === 'participantRevoked') {
      // The directory refuses the person's tokens from now on, on every node.
      await step('revokeTokens', () => storage.revokeParticipant((entry.data as { participantId: string }).participantId, Date.now()));
    }
    if (ACCESS_EVENTS.has(entry.type)) await step('access', () => documents.applyAccess(ledger.state));
    await step('announce', () => announceDecision(bus, workshop, entry.seq));
  }
}

function commandType(input: unknown): string {
  const type = (input as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type.slice(0, 60) : '(none)';
}
