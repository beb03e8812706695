/**
 * The directory: workshops, the people in them, and their bearer tokens (SHA-256 hashes only,
 * never a token). What a person may do is decided from the event log's state, not from here.
 *
 * Guarantees every adapter gives (tests/contract/storageContract.ts, "directory"):
 * - Durable before visible: a write has committed when its promise resolves.
 * - Ordering: workshops list in creation order; a workshop's participants in creation order.
 * - Conflicts: ids, join codes and token hashes are unique; a second record with one of them
 *   rejects (with the driver's constraint error) and changes nothing. A participant and
 *   their first token are stored together or not at all.
 * - Revocation is first-wins: revoking again keeps the first `revokedAt`.
 */

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
  /**
   * The role the identity was issued with, kept as history. Never read it to decide what the
   * person may do: the live role (after `setRole`) is in the decisions state, the one source
   * of identity (server/workshops/Authenticator.ts, links.ts).
   */
  issuedRole: Role;
  sector: string | null;
  category: string | null;
  userGroup: string | null;
  createdAt: number;
  revokedAt: number | null;
}

export interface Directory {
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
}
