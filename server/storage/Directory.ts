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
 * - Owner tokens (the server owner's home page, `/o`) are stored as hashes too; each start
 *   adds one and none is ever removed, so a link printed earlier keeps working.
 */

/** The three time zones of Indonesia: UTC+7, UTC+8, UTC+9. */
export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

export interface WorkshopRecord {
  id: string;
  title: string;
  serviceName: string;
  joinCode: string;
  createdAt: number;
  isDemo: boolean;
  /** The office whose service the charter covers (e.g. "Puskesmas Kecamatan Sukamaju"). */
  institution: string | null;
  /** Where the workshop meets. */
  place: string | null;
  /** First and last day, `YYYY-MM-DD` in the workshop's time zone. */
  startDate: string | null;
  endDate: string | null;
  timeZone: TimeZone | null;
  /** Archived workshops leave the owner's list of current ones; nobody can join them by code. */
  archivedAt: number | null;
  /**
   * The nomor the office gives the naskah ("100.3/123/Disdukcapil/2026"), printed under its title.
   * Set by a facilitator at any time; not part of the signed charter (as the place is not).
   */
  nomor: string | null;
}

/** What a facilitator may correct of a workshop's record: each field given is replaced. */
export interface WorkshopDetails {
  nomor?: string | null;
  institution?: string | null;
  place?: string | null;
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
  /** The workshop people join with this code; an archived workshop is not found. */
  getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null>;
  listWorkshops(): Promise<WorkshopRecord[]>;
  /** Archives (a time) or restores (null) a workshop. */
  setWorkshopArchived(id: string, archivedAt: number | null): Promise<void>;
  /** Gives a workshop a new join code; the old one stops finding it. Rejects a code in use. */
  setJoinCode(id: string, joinCode: string): Promise<void>;
  /** Replaces the fields given (nomor, institution, place); the others stay. */
  setWorkshopDetails(id: string, details: WorkshopDetails): Promise<void>;

  /** Stores the SHA-256 of another owner token (never the token). */
  addOwnerToken(tokenHash: string, at: number): Promise<void>;
  isOwnerTokenHash(tokenHash: string): Promise<boolean>;

  /** Stores a participant with the SHA-256 of their first bearer token (never the token). */
  createParticipant(participant: ParticipantRecord, tokenHash: string): Promise<void>;
  /** Gives an existing participant another token (hash only). */
  addToken(participantId: string, tokenHash: string): Promise<void>;
  /** Makes this the participant's only token (hash only): every earlier one stops working, atomically. */
  replaceTokens(participantId: string, tokenHash: string): Promise<void>;
  /** The participant a token hash belongs to, revoked or not (callers check `revokedAt`). */
  getParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null>;
  getParticipant(id: string): Promise<ParticipantRecord | null>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;
  revokeParticipant(id: string, at: number): Promise<void>;
}
