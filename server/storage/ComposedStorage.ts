/**
 * `Storage` made of its four parts: each adapter builds a document store, an event log, a
 * directory and a charter archive on one database and adds what spans them (durability,
 * memory, closing). The delegation is written once here so the adapters hold only their SQL.
 */
import type {
  CharterArchive,
  CharterVersionInfo,
  CompactResult,
  Directory,
  DocumentStore,
  EventEffects,
  EventLog,
  MergeUpdates,
  ParticipantRecord,
  Storage,
  WorkshopDetails,
  StoredCharterVersion,
  StoredDoc,
  StoredEvent,
  StoredSeal,
  StoredSignature,
  WorkshopRecord,
} from './Storage';

export interface StorageParts {
  docs: DocumentStore;
  events: EventLog;
  directory: Directory;
  charters: CharterArchive;
}

export abstract class ComposedStorage implements Storage {
  constructor(protected readonly parts: StorageParts) {}

  abstract whenOnDisk(): Promise<void>;
  abstract close(): Promise<void>;

  get soleWriter(): boolean {
    return this.parts.docs.soleWriter;
  }
  loadDoc(doc: string): Promise<StoredDoc> {
    return this.parts.docs.loadDoc(doc);
  }
  appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.parts.docs.appendUpdates(doc, updates);
  }
  compactDoc(doc: string, merge: MergeUpdates): Promise<CompactResult | null> {
    return this.parts.docs.compactDoc(doc, merge);
  }
  putSnapshot(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    return this.parts.docs.putSnapshot(doc, state, uptoSeq);
  }

  appendEvent(workshopId: string, event: StoredEvent, effects?: EventEffects): Promise<void> {
    return this.parts.events.appendEvent(workshopId, event, effects);
  }
  loadEvents(workshopId: string): Promise<StoredEvent[]> {
    return this.parts.events.loadEvents(workshopId);
  }

  createWorkshop(workshop: WorkshopRecord): Promise<void> {
    return this.parts.directory.createWorkshop(workshop);
  }
  getWorkshop(id: string): Promise<WorkshopRecord | null> {
    return this.parts.directory.getWorkshop(id);
  }
  getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    return this.parts.directory.getWorkshopByJoinCode(joinCode);
  }
  listWorkshops(): Promise<WorkshopRecord[]> {
    return this.parts.directory.listWorkshops();
  }
  setWorkshopArchived(id: string, archivedAt: number | null): Promise<void> {
    return this.parts.directory.setWorkshopArchived(id, archivedAt);
  }
  setJoinCode(id: string, joinCode: string): Promise<void> {
    return this.parts.directory.setJoinCode(id, joinCode);
  }
  setWorkshopDetails(id: string, details: WorkshopDetails): Promise<void> {
    return this.parts.directory.setWorkshopDetails(id, details);
  }
  addOwnerToken(tokenHash: string, at: number): Promise<void> {
    return this.parts.directory.addOwnerToken(tokenHash, at);
  }
  isOwnerTokenHash(tokenHash: string): Promise<boolean> {
    return this.parts.directory.isOwnerTokenHash(tokenHash);
  }
  createParticipant(participant: ParticipantRecord, tokenHash: string): Promise<void> {
    return this.parts.directory.createParticipant(participant, tokenHash);
  }
  addToken(participantId: string, tokenHash: string): Promise<void> {
    return this.parts.directory.addToken(participantId, tokenHash);
  }
  replaceTokens(participantId: string, tokenHash: string): Promise<void> {
    return this.parts.directory.replaceTokens(participantId, tokenHash);
  }
  getParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
    return this.parts.directory.getParticipantByTokenHash(tokenHash);
  }
  getParticipant(id: string): Promise<ParticipantRecord | null> {
    return this.parts.directory.getParticipant(id);
  }
  listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.parts.directory.listParticipants(workshopId);
  }
  revokeParticipant(id: string, at: number): Promise<void> {
    return this.parts.directory.revokeParticipant(id, at);
  }

  getCharterVersion(workshopId: string, version: number): Promise<StoredCharterVersion | null> {
    return this.parts.charters.getCharterVersion(workshopId, version);
  }
  listCharterVersions(workshopId: string): Promise<CharterVersionInfo[]> {
    return this.parts.charters.listCharterVersions(workshopId);
  }
  listSignatures(workshopId: string, version: number): Promise<StoredSignature[]> {
    return this.parts.charters.listSignatures(workshopId, version);
  }
  latestSeal(workshopId: string, version: number): Promise<StoredSeal | null> {
    return this.parts.charters.latestSeal(workshopId, version);
  }
}
