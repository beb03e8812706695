/**
 * Storage, split by what it stores: the Yjs document store (`DocumentStore.ts`), the event log
 * with the charter records stored alongside its events (`EventLog.ts`), the directory of
 * workshops, participants and tokens (`Directory.ts`), and the charter archive
 * (`CharterArchive.ts`). Each file states the guarantees of its part. `Storage` is the four
 * together plus what spans them: durability on disk, memory, and closing.
 *
 * SQLite (embedded, default) and PostgreSQL (several nodes) implement it, and both pass one
 * contract suite (tests/contract/storageContract.ts). Methods are async so that a networked
 * database fits the same shape.
 */
import type { CharterArchive } from './CharterArchive';
import type { Directory } from './Directory';
import type { DocumentStore } from './DocumentStore';
import type { EventLog } from './EventLog';

export type { CharterArchive, CharterVersionInfo, StoredCharterVersion, StoredSeal, StoredSignature } from './CharterArchive';
export { ImmutableRecordError } from './CharterArchive';
export type { Directory, ParticipantRecord, Role, TimeZone, WorkshopDetails, WorkshopRecord } from './Directory';
export { TIME_ZONES } from './Directory';
export type { CompactResult, DocumentStore, MergeUpdates, StoredDoc } from './DocumentStore';
export type { EventEffects, EventLog, StoredEvent } from './EventLog';
export { EventConflictError } from './EventLog';

export interface Storage extends DocumentStore, EventLog, Directory, CharterArchive {
  /**
   * Resolves once everything committed before the call, by any part of the store, would also
   * survive a power loss. Acks and API responses wait for it; broadcasts do not need to.
   * Adapters whose commits already fsync (PostgreSQL, SQLite with synchronous=FULL) resolve
   * at once. It spans the parts because they share one database and one write-ahead log.
   */
  whenOnDisk(): Promise<void>;
  /** Frees caches the adapter can rebuild (called when the server goes idle). Optional. */
  releaseMemory?(): void;
  /** Waits for running work (fsyncs, checkpoints), then closes the database. */
  close(): Promise<void>;
}
