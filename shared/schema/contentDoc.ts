/**
 * Root names of the collaborative content document (room `<workshopId>`), written by
 * participants through Tiptap, @dnd-kit and awareness. Decisions never live here: they are
 * commands, projected into the server-written decisions document (room `<workshopId>.decisions`).
 *
 *   draft                      XmlFragment  general notes / the workshop's shared draft (Tiptap)
 *   clause:<clauseId>          XmlFragment  the working text of one clause (Tiptap)
 *   stakeholderPositions       Map          stakeholderId -> { power: 1..5, interest: 1..5 }
 *   serviceFlow                Array<Map>   ordered steps of the service flow (alur pelayanan)
 *   meta                       Map          { schemaVersion } written by the server at creation
 */
import type { ClauseId } from './ids';

export const CONTENT_ROOTS = {
  draft: 'draft',
  stakeholderPositions: 'stakeholderPositions',
  serviceFlow: 'serviceFlow',
  meta: 'meta',
} as const;

/**
 * Version of the content document's layout. A server that finds a newer version than it knows
 * refuses to serve the document; an older one is upgraded by `CONTENT_UPGRADES` (both in
 * `contentUpgrade.ts`; no step needed yet: v1 is the first layout).
 */
export const CONTENT_SCHEMA_VERSION = 1;

export type ContentSchemaStatus = 'current' | 'older' | 'newer' | 'unmarked';

/** Compares a content document's recorded layout version with this build's. */
export function contentSchemaStatus(recorded: unknown): ContentSchemaStatus {
  if (typeof recorded !== 'number') return 'unmarked';
  if (recorded === CONTENT_SCHEMA_VERSION) return 'current';
  return recorded < CONTENT_SCHEMA_VERSION ? 'older' : 'newer';
}

const CLAUSE_PREFIX = 'clause:';

/** The Tiptap field of one clause's working text. */
export function clauseField(clauseId: ClauseId | string): string {
  return `${CLAUSE_PREFIX}${clauseId}`;
}

/** A stakeholder card's place on the power-interest grid (scores 1..5). */
export interface GridPosition {
  power: number;
  interest: number;
}

/**
 * One step of the service flow, as stored in a Y.Map: the keys a flow step has.
 * `minutes` and `costRupiah` are numbers; the others are plain strings.
 */
export interface ServiceFlowStep {
  id: string;
  /** Which unit or counter (loket) the user goes to. */
  unit: string;
  /** What happens there, in plain language. */
  action: string;
  /** Documents the user brings. */
  documents: string;
  minutes: number;
  costRupiah: number;
}
