/**
 * Version of the persisted workshop state (decisions projection, snapshots, fixtures). Bump it
 * with a migration in shared/state/migrations.ts whenever a stored shape changes.
 */
export const SCHEMA_VERSION = 2 as const;
export type SchemaVersion = typeof SCHEMA_VERSION;
