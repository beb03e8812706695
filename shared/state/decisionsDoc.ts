/**
 * The decisions document (room `<workshopId>.decisions`): a read-only Yjs mirror of
 * `publicProjection(state)`, written only by the server.
 *
 *   decisions: Map
 *     <scalar or list key>   JSON value (agenda, currentStepId, signatories, freeze, ...)
 *     <record key>           Map id -> JSON value (participants, clauses, voteRounds, ...)
 *   meta: Map { seq, head }  the event-log position the mirror reflects
 *
 * Records are split per id so that one changed clause is one small Yjs update, not a rewrite of
 * every clause. Only values that differ are written, so re-projecting an unchanged state
 * produces no update at all.
 */
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../schema/version';
import type { PublicWorkshopState } from './projection';
import { hasEntry } from '../schema/records';

export const DECISIONS_ROOT = 'decisions';
export const DECISIONS_META = 'meta';

const RECORD_KEYS = new Set(['participants', 'stakeholders', 'userGroups', 'clauses', 'voteRounds', 'consensusChecks', 'complaints', 'complaintThemes']);

export interface DecisionsMeta {
  seq: number;
  head: string | null;
}

/** JSON round trip: drops `undefined`, which Yjs would otherwise store as a value. */
const plain = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Complaints (issue 17) may number thousands and never change once recorded except for their
 * theme: comparing each by JSON on every command cost ~0.4 s per command at 5,000. The state is
 * immutable, so an item that is the very object this map was last given is skipped.
 */
const SKIP_UNCHANGED_ITEMS = new Set(['complaints', 'complaintThemes']);
const lastWritten = new WeakMap<Y.Map<unknown>, Map<string, unknown>>();

function writeRecord(root: Y.Map<unknown>, key: string, value: Record<string, unknown>): void {
  let map = root.get(key);
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    root.set(key, map);
  }
  const target = map as Y.Map<unknown>;
  let written: Map<string, unknown> | undefined;
  if (SKIP_UNCHANGED_ITEMS.has(key)) {
    written = lastWritten.get(target) ?? new Map<string, unknown>();
    lastWritten.set(target, written);
  }
  for (const [id, item] of Object.entries(value)) {
    if (written?.get(id) === item && target.has(id)) continue;
    written?.set(id, item);
    const next = plain(item);
    if (!same(target.get(id), next)) target.set(id, next);
  }
  for (const id of [...target.keys()]) {
    if (hasEntry(value, id)) continue;
    target.delete(id);
    written?.delete(id);
  }
}

/** Writes the projection into `doc` in one transaction with the given origin. */
export function writeDecisions(doc: Y.Doc, projection: PublicWorkshopState, meta: DecisionsMeta, origin: unknown): void {
  doc.transact(() => {
    const root = doc.getMap<unknown>(DECISIONS_ROOT);
    for (const [key, value] of Object.entries(projection)) {
      if (RECORD_KEYS.has(key)) writeRecord(root, key, value as Record<string, unknown>);
      else {
        const next = plain(value);
        if (!same(root.get(key), next)) root.set(key, next);
      }
    }
    // A key an older state shape had and this one has not.
    for (const key of [...root.keys()]) if (!Object.hasOwn(projection, key)) root.delete(key);
    const m = doc.getMap<unknown>(DECISIONS_META);
    if (m.get('seq') !== meta.seq) m.set('seq', meta.seq);
    if (m.get('head') !== meta.head) m.set('head', meta.head);
  }, origin);
}

/** Reads the mirror back as plain JSON; null while the document is still empty. */
export function readDecisions(doc: Y.Doc): PublicWorkshopState | null {
  const root = doc.getMap<unknown>(DECISIONS_ROOT);
  if (root.size === 0) return null;
  return root.toJSON() as PublicWorkshopState;
}

/**
 * True when the document does not show the state at log position `seq` in this build's shape:
 * it is behind (or ahead of) the log, or it was written for another `SCHEMA_VERSION`. The
 * document is a projection, so the upgrade path is to write the projection again.
 */
export function decisionsDocIsStale(doc: Y.Doc, seq: number): boolean {
  if (readDecisionsMeta(doc).seq !== seq) return true;
  const root = doc.getMap<unknown>(DECISIONS_ROOT);
  return root.size > 0 && root.get('schemaVersion') !== SCHEMA_VERSION;
}

export function readDecisionsMeta(doc: Y.Doc): DecisionsMeta {
  const m = doc.getMap<unknown>(DECISIONS_META);
  return { seq: (m.get('seq') as number | undefined) ?? 0, head: (m.get('head') as string | undefined) ?? null };
}
