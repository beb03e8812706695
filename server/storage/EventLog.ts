/**
 * The event log: each workshop's hash-chained decisions (design.md decision 1), and the
 * charter records an event brings with it (`EventEffects`), stored in the same transaction.
 * The store does not verify the chain (shared/charter/eventChain.ts does); it keeps it linear.
 *
 * Guarantees every adapter gives (tests/contract/storageContract.ts, "event log"):
 * - Durable before visible: `appendEvent` resolves once the event and its effects committed;
 *   callers apply and project the event only after that.
 * - Ordering: `loadEvents` returns the log in seq order; `actor` and `data` come back as the
 *   JSON values that were appended.
 * - Conflict: (workshop, seq) is unique across every node. The loser of a race for a seq gets
 *   `EventConflictError` (it re-reads the log and decides again); an effect whose key exists
 *   gets `ImmutableRecordError`. Either way nothing of that call is stored: event and effects
 *   commit together or not at all.
 */
import type { StoredCharterVersion, StoredSeal, StoredSignature } from './CharterArchive';

/** One entry of a workshop's hash-chained event log, as stored. */
export interface StoredEvent {
  seq: number;
  ts: string;
  actor: unknown;
  type: string;
  data: unknown;
  prev: string;
  hash: string;
}

/** Thrown by `appendEvent` when another writer already appended this seq. */
export class EventConflictError extends Error {
  constructor(
    readonly workshopId: string,
    readonly seq: number,
  ) {
    super(`event ${seq} of workshop ${workshopId} already exists`);
  }
}

/** Records written in the same transaction as an event, or not at all. */
export interface EventEffects {
  charterVersion?: StoredCharterVersion;
  signature?: StoredSignature;
  seal?: StoredSeal;
}

export interface EventLog {
  /**
   * Appends one event and its effects in one transaction; throws EventConflictError when its
   * seq is taken and ImmutableRecordError when an effect's key exists (nothing is stored then).
   */
  appendEvent(workshopId: string, event: StoredEvent, effects?: EventEffects): Promise<void>;
  /** The whole log in seq order. */
  loadEvents(workshopId: string): Promise<StoredEvent[]>;
}
