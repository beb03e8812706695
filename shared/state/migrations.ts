/**
 * Migrations of persisted workshop state, one step per schema version (v1 → v2 → ...), in the
 * style of tldraw's record migrations: a stored document is brought up to `SCHEMA_VERSION`
 * by running every step after its own version, in order. The runner is also tested with
 * synthetic steps.
 *
 * To add v3: bump SCHEMA_VERSION, append `{ from: 2, to: 3, up: (doc) => ({ ...doc, newField: x, schemaVersion: 3 }) }`,
 * and add a fixture test that checks the new field.
 */
import { SCHEMA_VERSION } from '../schema/version';
import type { WorkshopState } from './workshopState';

type StoredDoc = Record<string, unknown> & { schemaVersion: number };

export interface Migration {
  from: number;
  to: number;
  up: (doc: StoredDoc) => StoredDoc;
}

export const MIGRATIONS: readonly Migration[] = [
  // v2: signing keys and signatures on frozen charter versions (issue 5).
  { from: 1, to: 2, up: (doc) => ({ signingKeys: {}, charterSignatures: [], ...doc, schemaVersion: 2 }) },
];

export class MigrationError extends Error {
  override name = 'MigrationError';
}

function readVersion(doc: unknown): number {
  if (typeof doc !== 'object' || doc === null) throw new MigrationError('stored state is not an object');
  const version = (doc as { schemaVersion?: unknown }).schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1) throw new MigrationError('stored state has no valid schemaVersion');
  return version as number;
}

/** Runs `migrations` on `doc` until it reaches `target`. Refuses documents from a newer app. */
export function runMigrations(doc: unknown, migrations: readonly Migration[], target: number): StoredDoc {
  let current = doc as StoredDoc;
  let version = readVersion(doc);
  if (version > target) throw new MigrationError(`stored state v${version} is newer than this app (v${target})`);
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step || step.to !== version + 1) throw new MigrationError(`no migration from v${version}`);
    current = step.up(current);
    if (current.schemaVersion !== step.to) throw new MigrationError(`migration to v${step.to} did not set schemaVersion`);
    version = step.to;
  }
  return current;
}

/** Brings stored state up to the current schema version. */
export function migrate(doc: unknown): WorkshopState {
  return runMigrations(doc, MIGRATIONS, SCHEMA_VERSION) as unknown as WorkshopState;
}
