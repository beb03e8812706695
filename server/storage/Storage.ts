/**
 * The one storage interface. SQLite (embedded, default) implements it today; a PostgreSQL
 * adapter implements the same contract later (tests/integration/storageContract.ts).
 * Methods are async so that a networked database fits the same shape.
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

export interface WorkshopRecord {
  id: string;
  title: string;
  serviceName: string;
  joinCode: string;
  createdAt: number;
  isDemo: boolean;
}

export type Role = 'facilitator' | 'co_facilitator' | 'participant' | 'observer' | 'signatory';

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  name: string;
  role: Role;
  sector: string | null;
  category: string | null;
  userGroup: string | null;
  createdAt: number;
  revokedAt: number | null;
}

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

/** One frozen charter version: the canonical JSON that was hashed, and the content document then. */
export interface StoredCharterVersion {
  version: number;
  /** hex SHA-256 of `json`. */
  sha256: string;
  /** JCS(charter document), exactly the bytes that were hashed. */
  json: string;
  /** `Y.encodeStateAsUpdate(contentDoc)` at the freeze; its SHA-256 is in the charter. */
  contentState: Uint8Array;
  createdAt: number;
}

export type CharterVersionInfo = Omit<StoredCharterVersion, 'json' | 'contentState'>;

/** A verified signature (shared/rules/signatories.ts `CharterSignature`) as stored. */
export interface StoredSignature {
  version: number;
  participantId: string;
  capacity: string;
  keyId: string;
  /** The `CharterSignature` record as JSON. */
  json: string;
}

/** The server's seal over a bundle with `signatureCount` signatures (`BundleSeal` as JSON). */
export interface StoredSeal {
  version: number;
  signatureCount: number;
  json: string;
}

/** Records written in the same transaction as an event, or not at all. */
export interface EventEffects {
  charterVersion?: StoredCharterVersion;
  signature?: StoredSignature;
  seal?: StoredSeal;
}

/** Thrown when an effect would overwrite an immutable record (a version, signature or seal). */
export class ImmutableRecordError extends Error {}

export interface Storage {
  /** Loads a document's snapshot and the updates after it. */
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
   * Resolves once everything committed before the call would also survive a power loss.
   * Acks and API responses wait for it; broadcasts do not need to. Adapters whose commits
   * already fsync (PostgreSQL, SQLite with synchronous=FULL) resolve at once.
   */
  whenOnDisk(): Promise<void>;
  /** Frees caches the adapter can rebuild (called when the server goes idle). Optional. */
  releaseMemory?(): void;
  /**
   * Folds the stored snapshot and every stored update into one new snapshot and deletes the
   * updates it covers, in one transaction. It works from what is stored, not from any node's
   * memory, so with several nodes no update another node stored is ever dropped. `merge` gets
   * the old snapshot (or null) and the updates in order. Null when there was nothing to fold.
   */
  compactDoc(doc: string, merge: (snapshot: Uint8Array | null, updates: Uint8Array[]) => Uint8Array): Promise<CompactResult | null>;
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

  createWorkshop(workshop: WorkshopRecord): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null>;
  listWorkshops(): Promise<WorkshopRecord[]>;

  /** Stores a participant with the SHA-256 of their first bearer token (never the token). */
  createParticipant(participant: ParticipantRecord, tokenHash: string): Promise<void>;
  /** Gives an existing participant another token (hash only). */
  addToken(participantId: string, tokenHash: string): Promise<void>;
  /** The participant a token hash belongs to, revoked or not (callers check `revokedAt`). */
  getParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null>;
  getParticipant(id: string): Promise<ParticipantRecord | null>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;
  revokeParticipant(id: string, at: number): Promise<void>;

  /**
   * Appends one event and its effects in one transaction; throws EventConflictError when its
   * seq is taken and ImmutableRecordError when an effect's key exists (nothing is stored then).
   */
  appendEvent(workshopId: string, event: StoredEvent, effects?: EventEffects): Promise<void>;
  /** The whole log in seq order. */
  loadEvents(workshopId: string): Promise<StoredEvent[]>;

  getCharterVersion(workshopId: string, version: number): Promise<StoredCharterVersion | null>;
  /** Every frozen version of a workshop, oldest first, without the documents. */
  listCharterVersions(workshopId: string): Promise<CharterVersionInfo[]>;
  /** A version's signatures in the order they were recorded. */
  listSignatures(workshopId: string, version: number): Promise<StoredSignature[]>;
  /** The seal covering the most signatures of a version, or null. */
  latestSeal(workshopId: string, version: number): Promise<StoredSeal | null>;

  close(): Promise<void>;
}
