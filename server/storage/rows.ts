/** Row shapes both SQL adapters read (same column names), and their mapping to records. */
import type { ParticipantRecord, Role, WorkshopRecord } from './Storage';

export interface WorkshopRow {
  id: string;
  title: string;
  service_name: string;
  join_code: string;
  created_at: number;
  /** SQLite stores 0/1, PostgreSQL a boolean. */
  is_demo: number | boolean;
}

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

export const toWorkshop = (r: WorkshopRow): WorkshopRecord => ({
  id: r.id,
  title: r.title,
  serviceName: r.service_name,
  joinCode: r.join_code,
  createdAt: r.created_at,
  isDemo: r.is_demo === true || r.is_demo === 1,
});

export const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  name: r.name,
  role: r.role,
  sector: r.sector,
  category: r.category,
  userGroup: r.user_group,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** A Buffer from a driver as a plain Uint8Array view (no copy). */
export const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
