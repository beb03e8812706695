/**
 * The content document's layout version, checked when a server loads the document
 * (design.md decision 10). `meta.schemaVersion` records the layout:
 *
 *   unmarked   written before the marker existed (commit 2a25193): the v1 layout, read as v1
 *   1          the first layout (contentDoc.ts); no step needed
 *   > current  written by a newer build: refused, because editing it with this build's idea of
 *              the layout could damage it
 *
 * An older document is upgraded by running every step after its version, in one transaction,
 * each step recording the version it reaches. A document at the current version (or unmarked
 * v1 while v1 is current) is left untouched: loading never writes for nothing.
 *
 * The marker lives in a participant-writable document, so a writer can fake a newer version and
 * make the server refuse the room; the server logs it with the room name (THREAT_MODEL.md).
 */
import type * as Y from 'yjs';
import { CONTENT_ROOTS, CONTENT_SCHEMA_VERSION } from './contentDoc';

/** The first layout; documents without a marker have it. */
const FIRST_LAYOUT = 1;

export interface ContentUpgrade {
  from: number;
  to: number;
  /** Runs inside the upgrade's transaction; `meta.schemaVersion` is set to `to` after it. */
  up: (doc: Y.Doc) => void;
}

/** One step per layout version after v1; none yet. */
export const CONTENT_UPGRADES: readonly ContentUpgrade[] = [];

export type ContentUpgradeResult =
  | { ok: true; from: number; to: number; marked: boolean }
  | { ok: false; code: 'content_schema_newer'; recorded: number; supported: number }
  | { ok: false; code: 'no_content_upgrade'; from: number };

/** The layout version a document records, or null when it carries no usable marker. */
export function recordedContentVersion(doc: Y.Doc): number | null {
  const recorded = doc.getMap<unknown>(CONTENT_ROOTS.meta).get('schemaVersion');
  return typeof recorded === 'number' && Number.isSafeInteger(recorded) && recorded >= FIRST_LAYOUT ? recorded : null;
}

/**
 * Checks `doc` and brings an older layout up to `target`, writing with `origin` (so the room
 * stores the change like any other server write). Refuses, without writing, a newer layout.
 */
export function upgradeContentDoc(
  doc: Y.Doc,
  origin: unknown,
  upgrades: readonly ContentUpgrade[] = CONTENT_UPGRADES,
  target: number = CONTENT_SCHEMA_VERSION,
): ContentUpgradeResult {
  const recorded = recordedContentVersion(doc);
  const from = recorded ?? FIRST_LAYOUT;
  if (from > target) return { ok: false, code: 'content_schema_newer', recorded: from, supported: target };
  const steps: ContentUpgrade[] = [];
  for (let version = from; version < target; version++) {
    const step = upgrades.find((u) => u.from === version);
    if (!step || step.to !== version + 1) return { ok: false, code: 'no_content_upgrade', from: version };
    steps.push(step);
  }
  if (steps.length > 0) {
    doc.transact(() => {
      for (const step of steps) {
        step.up(doc);
        doc.getMap<unknown>(CONTENT_ROOTS.meta).set('schemaVersion', step.to);
      }
    }, origin);
  }
  return { ok: true, from, to: target, marked: recorded !== null };
}
