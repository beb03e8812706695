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

export interface Storage {
  /** Loads a document's snapshot and the updates after it. */
  loadDoc(doc: string): Promise<StoredDoc>;
  /** Appends updates in one durable transaction; resolves with the last sequence number. */
  appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number>;
  /** Replaces the snapshot and deletes the updates it covers (seq <= uptoSeq), atomically. */
  writeSnapshot(doc: string, state: Uint8Array, uptoSeq: number): Promise<void>;

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

  /** Appends one event; throws EventConflictError when its seq is taken. */
  appendEvent(workshopId: string, event: StoredEvent): Promise<void>;
  /** The whole log in seq order. */
  loadEvents(workshopId: string): Promise<StoredEvent[]>;

  close(): Promise<void>;
}
