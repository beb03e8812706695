import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../schema/version';
import v1 from './fixtures/workshop.v1.json';
import type { Migration } from './migrations';
import { MIGRATIONS, MigrationError, migrate, runMigrations } from './migrations';

describe('schema migrations', () => {
  it('brings the v1 fixture to the current schema version with its content intact', () => {
    const state = migrate(structuredClone(v1));
    expect(state.schemaVersion).toBe(SCHEMA_VERSION);
    expect(state.clauses.K5?.versions.K5v1?.proposerSector).toBe('civil_society');
    expect(state.participants.S9?.role).toBe('participant');
    expect(state.signingKeys).toEqual({});
    expect(state.charterSignatures).toEqual([]);
  });

  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  it('runs v1 → v2 → v3 steps in order', () => {
    const steps: Migration[] = [
      { from: 2, to: 3, up: (d) => ({ ...d, trail: [...(d.trail as string[]), 'v3'], schemaVersion: 3 }) },
      { from: 1, to: 2, up: (d) => ({ ...d, trail: ['v2'], schemaVersion: 2 }) },
    ];
    expect(runMigrations(structuredClone(v1), steps, 3)).toMatchObject({ schemaVersion: 3, trail: ['v2', 'v3'] });
  });

  it('refuses state written by a newer app, state without a version, and a gap in the chain', () => {
    expect(() => migrate({ ...v1, schemaVersion: SCHEMA_VERSION + 1 })).toThrow(MigrationError);
    expect(() => migrate({ workshopId: 'x' })).toThrow(MigrationError);
    expect(() => runMigrations(v1, [], 2)).toThrow(/no migration from v1/);
  });

  it('refuses a step that forgets to set its schema version', () => {
    const sloppy: Migration[] = [{ from: 1, to: 2, up: (d) => ({ ...d }) }];
    expect(() => runMigrations(v1, sloppy, 2)).toThrow(/did not set schemaVersion/);
  });
});
