/**
 * The Yjs document store: each document is an append-only log of updates plus at most one
 * compacted snapshot. Both the content and the decisions documents live here.
 *
 * Guarantees every adapter gives (tests/contract/storageContract.ts, "document store"):
 * - Durable before visible: `appendUpdates` resolves only once its transaction has committed,
 *   so the updates survive the process being killed (design.md decision 2). Callers broadcast
 *   or acknowledge only after that; power-loss durability is `Storage.whenOnDisk`.
 * - Ordering: sequence numbers are per document, start at 1, and have no gaps or repeats, even
 *   with concurrent appends from several nodes; `loadDoc` returns updates in that order.
 *   Numbers are never reused: after a compaction or snapshot removed every update, the next
 *   append continues after the snapshot's `uptoSeq`, also after a reopen.
 * - Compaction never loses an update: it folds what is stored (not a node's memory) and
 *   deletes only the updates its new snapshot covers, in the same transaction.
 * - Conflicts: none are visible to callers; a failed append rejects and stores nothing.
 */

export interface StoredDoc {
  /** Compacted state (a Yjs update), or null when the document was never compacted. */
  snapshot: Uint8Array | null;
  /** Updates stored after the snapshot, in the order they were accepted. */
  updates: Uint8Array[];
  /** Sequence number of the last stored update (0 when none). */
  lastSeq: number;
}

export interface CompactResult {
  /** The last update sequence number the new snapshot covers. */
  uptoSeq: number;
  /** Size of the new snapshot in bytes. */
  bytes: number;
}

/** Folds a snapshot (or null) and the updates after it, in order, into one new snapshot. */
export type MergeUpdates = (snapshot: Uint8Array | null, updates: Uint8Array[]) => Uint8Array;

export interface DocumentStore {
  /** Loads a document's snapshot and the updates after it, as of one moment. */
  loadDoc(doc: string): Promise<StoredDoc>;
  /**
   * Appends updates in one transaction; resolves with the last sequence number once it is
   * committed, which survives the server process being killed (design.md decision 2).
   */
  appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Group commit: runs `fn`, and every `appendUpdates` that `fn` starts (synchronously) joins
   * one transaction. Each such call still resolves only once that transaction has committed,
   * and rejects when it did not. Optional: without it, each append is its own transaction.
   */
  groupCommit?(fn: () => void): void;
  /**
   * Folds the stored snapshot and every stored update into one new snapshot and deletes the
   * updates it covers, in one transaction. It works from what is stored, not from any node's
   * memory, so with several nodes no update another node stored is ever dropped. `merge` gets
   * the old snapshot (or null) and the updates in order. Null when there was nothing to fold.
   */
  compactDoc(doc: string, merge: MergeUpdates): Promise<CompactResult | null>;
  /**
   * True when this process is the store's only writer (SQLite), so a loaded room's memory
   * holds every stored update of its document and can be snapshotted directly (`putSnapshot`).
   */
  readonly soleWriter: boolean;
  /**
   * Stores `state` as the document's snapshot, covering every update up to `uptoSeq`, and
   * deletes those updates, in one transaction. Only for a caller whose `state` already holds
   * all of them (see `soleWriter`); everyone else uses `compactDoc`.
   */
  putSnapshot(doc: string, state: Uint8Array, uptoSeq: number): Promise<void>;
}
