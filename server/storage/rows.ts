/**
 * Row shapes both SQL adapters read and write (same column names), and their mapping to and
 * from records. The `...Row(record)` builders give the columns an insert writes (sql.ts).
 */
import type {
  CharterVersionInfo,
  ParticipantRecord,
  Role,
  TimeZone,
  StoredCharterVersion,
  StoredEvent,
  StoredSeal,
  StoredSignature,
  WorkshopRecord,
} from './Storage';

/** A Buffer from a driver as a plain Uint8Array view (no copy). */
export const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export interface WorkshopRow {
  id: string;
  title: string;
  service_name: string;
  join_code: string;
  created_at: number;
  /** SQLite stores 0/1, PostgreSQL a boolean. */
  is_demo: number | boolean;
  institution: string | null;
  place: string | null;
  start_date: string | null;
  end_date: string | null;
  time_zone: TimeZone | null;
  archived_at: number | null;
  nomor: string | null;
}

export const toWorkshop = (r: WorkshopRow): WorkshopRecord => ({
  id: r.id,
  title: r.title,
  serviceName: r.service_name,
  joinCode: r.join_code,
  createdAt: r.created_at,
  isDemo: r.is_demo === true || r.is_demo === 1,
  institution: r.institution,
  place: r.place,
  startDate: r.start_date,
  endDate: r.end_date,
  timeZone: r.time_zone,
  archivedAt: r.archived_at,
  nomor: r.nomor ?? null,
});

export const workshopRow = (w: WorkshopRecord): WorkshopRow => ({
  id: w.id,
  title: w.title,
  service_name: w.serviceName,
  join_code: w.joinCode,
  created_at: w.createdAt,
  is_demo: w.isDemo,
  institution: w.institution,
  place: w.place,
  start_date: w.startDate,
  end_date: w.endDate,
  time_zone: w.timeZone,
  archived_at: w.archivedAt,
  nomor: w.nomor,
});

export interface ParticipantRow {
  id: string;
  workshop_id: string;
  name: string;
  role: Role;
  sector: string | null;
  category: string | null;
  user_group: string | null;
  created_at: number;
  revoked_at: number | null;
}

export const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  name: r.name,
  issuedRole: r.role,
  sector: r.sector,
  category: r.category,
  userGroup: r.user_group,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export const participantRow = (p: ParticipantRecord): ParticipantRow => ({
  id: p.id,
  workshop_id: p.workshopId,
  name: p.name,
  role: p.issuedRole,
  sector: p.sector,
  category: p.category,
  user_group: p.userGroup,
  created_at: p.createdAt,
  revoked_at: p.revokedAt,
});

/** `actor` and `data` are stored as JSON text in both databases. */
export interface EventRow {
  seq: number;
  ts: string;
  actor: string;
  type: string;
  data: string;
  prev: string;
  hash: string;
}

export const toEvent = (r: EventRow): StoredEvent => ({ ...r, actor: JSON.parse(r.actor), data: JSON.parse(r.data) });

export const eventRow = (workshopId: string, e: StoredEvent) => ({
  workshop_id: workshopId,
  seq: e.seq,
  ts: e.ts,
  actor: JSON.stringify(e.actor),
  type: e.type,
  data: JSON.stringify(e.data),
  prev: e.prev,
  hash: e.hash,
});

export interface CharterVersionRow {
  version: number;
  sha256: string;
  json: string;
  content_state: Buffer;
  created_at: number;
}

export const toCharterVersion = (r: CharterVersionRow): StoredCharterVersion => ({
  version: r.version,
  sha256: r.sha256,
  json: r.json,
  contentState: bytes(r.content_state),
  createdAt: r.created_at,
});

export const toCharterVersionInfo = (r: Omit<CharterVersionRow, 'json' | 'content_state'>): CharterVersionInfo => ({
  version: r.version,
  sha256: r.sha256,
  createdAt: r.created_at,
});

export const charterVersionRow = (workshopId: string, v: StoredCharterVersion) => ({
  workshop_id: workshopId,
  version: v.version,
  sha256: v.sha256,
  json: v.json,
  content_state: v.contentState,
  created_at: v.createdAt,
});

export interface SignatureRow {
  version: number;
  participant_id: string;
  capacity: string;
  key_id: string;
  json: string;
}

export const toSignature = (r: SignatureRow): StoredSignature => ({
  version: r.version,
  participantId: r.participant_id,
  capacity: r.capacity,
  keyId: r.key_id,
  json: r.json,
});

/** `event_seq` orders a version's signatures as their events were appended. */
export const signatureRow = (workshopId: string, eventSeq: number, s: StoredSignature) => ({
  workshop_id: workshopId,
  version: s.version,
  event_seq: eventSeq,
  participant_id: s.participantId,
  capacity: s.capacity,
  key_id: s.keyId,
  json: s.json,
});

export interface SealRow {
  version: number;
  signature_count: number;
  json: string;
}

export const toSeal = (r: SealRow): StoredSeal => ({ version: r.version, signatureCount: r.signature_count, json: r.json });

export const sealRow = (workshopId: string, s: StoredSeal) => ({
  workshop_id: workshopId,
  version: s.version,
  signature_count: s.signatureCount,
  json: s.json,
});
