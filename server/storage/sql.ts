/**
 * The SQL both adapters run, written once. Text uses SQLite's `?` placeholders; PostgreSQL runs
 * the same text through `numbered` (`$1, $2, ...`). Writes are built from a row (column name to
 * value, rows.ts), so a column's name and its value sit side by side and both adapters insert
 * the same columns. What differs between the dialects (advisory locks, finding the next
 * sequence number, isolation levels, error codes) stays in the adapter.
 */
import type { WorkshopDetails } from './Directory';
import type { EventEffects, StoredEvent } from './Storage';
import { charterVersionRow, eventRow, sealRow, signatureRow } from './rows';

/** A statement and its values, in placeholder order. */
export interface Statement {
  text: string;
  values: unknown[];
}

/** Reads and fixed-shape writes; no statement here may contain a literal `?`. */
export const SQL = {
  snapshot: 'SELECT data, upto_seq FROM doc_snapshots WHERE doc = ?',
  updates: 'SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq',
  insertUpdate: 'INSERT INTO doc_updates (doc, seq, data, created_at) VALUES (?, ?, ?, ?)',
  upsertSnapshot: `INSERT INTO doc_snapshots (doc, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
  deleteUpdatesUpTo: 'DELETE FROM doc_updates WHERE doc = ? AND seq <= ?',

  workshop: 'SELECT * FROM workshops WHERE id = ?',
  // An archived workshop cannot be joined: its code finds nothing.
  workshopByJoinCode: 'SELECT * FROM workshops WHERE join_code = ? AND archived_at IS NULL',
  workshops: 'SELECT * FROM workshops ORDER BY created_at',
  archiveWorkshop: 'UPDATE workshops SET archived_at = ? WHERE id = ?',
  setJoinCode: 'UPDATE workshops SET join_code = ? WHERE id = ?',
  insertOwnerToken: 'INSERT INTO owner_tokens (token_hash, created_at) VALUES (?, ?)',
  ownerToken: 'SELECT token_hash FROM owner_tokens WHERE token_hash = ?',
  insertToken: 'INSERT INTO tokens (token_hash, participant_id, created_at) VALUES (?, ?, ?)',
  deleteOtherTokens: 'DELETE FROM tokens WHERE participant_id = ? AND token_hash <> ?',
  participantByToken: 'SELECT p.* FROM tokens t JOIN participants p ON p.id = t.participant_id WHERE t.token_hash = ?',
  participant: 'SELECT * FROM participants WHERE id = ?',
  participants: 'SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at',
  revoke: 'UPDATE participants SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',

  events: 'SELECT seq, ts, actor, type, data, prev, hash FROM events WHERE workshop_id = ? ORDER BY seq',

  charterVersion: 'SELECT * FROM charter_versions WHERE workshop_id = ? AND version = ?',
  charterVersions: 'SELECT version, sha256, created_at FROM charter_versions WHERE workshop_id = ? ORDER BY version',
  signatures: 'SELECT * FROM signatures WHERE workshop_id = ? AND version = ? ORDER BY event_seq',
  latestSeal: 'SELECT * FROM charter_seals WHERE workshop_id = ? AND version = ? ORDER BY signature_count DESC LIMIT 1',
} as const;

/** `INSERT INTO table (a, b) VALUES (?, ?)` for one row. */
export function insert(table: string, row: object): Statement {
  const columns = Object.keys(row);
  return {
    text: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    values: Object.values(row),
  };
}

/** The event and each of its effects, in the order they must be inserted (effects reference the version). */
export function eventStatements(workshopId: string, event: StoredEvent, effects: EventEffects): { event: Statement; effects: Statement[] } {
  const { charterVersion, signature, seal } = effects;
  return {
    event: insert('events', eventRow(workshopId, event)),
    effects: [
      ...(charterVersion ? [insert('charter_versions', charterVersionRow(workshopId, charterVersion))] : []),
      ...(signature ? [insert('signatures', signatureRow(workshopId, event.seq, signature))] : []),
      ...(seal ? [insert('charter_seals', sealRow(workshopId, seal))] : []),
    ],
  };
}

/** SQLite's `?` placeholders as PostgreSQL's `$1, $2, ...`. */
export const numbered = (text: string): string => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

/** The columns `setWorkshopDetails` may change, by field: one UPDATE for the fields given. */
const DETAIL_COLUMNS: Record<keyof WorkshopDetails, string> = { nomor: 'nomor', institution: 'institution', place: 'place' };

export function workshopDetailsStatement(id: string, details: WorkshopDetails): Statement | null {
  const fields = (Object.keys(DETAIL_COLUMNS) as (keyof WorkshopDetails)[]).filter((k) => details[k] !== undefined);
  if (fields.length === 0) return null;
  return { text: `UPDATE workshops SET ${fields.map((k) => `${DETAIL_COLUMNS[k]} = ?`).join(', ')} WHERE id = ?`, values: [...fields.map((k) => details[k] ?? null), id] };
}
