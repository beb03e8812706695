/**
 * PostgreSQL schema, the same tables as SQLite (sqliteMigrations.ts) in PostgreSQL types.
 * Applied in order under an advisory lock, so several nodes can start at once; the table
 * `mufakat_migrations` records how many ran. Never edit a shipped migration: append one.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE doc_updates (
    doc TEXT NOT NULL,
    seq BIGINT NOT NULL,
    data BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (doc, seq)
  );
  CREATE TABLE doc_snapshots (
    doc TEXT PRIMARY KEY,
    data BYTEA NOT NULL,
    upto_seq BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    service_name TEXT NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE
  );
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    sector TEXT,
    category TEXT,
    user_group TEXT,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
  );
  CREATE INDEX participants_workshop ON participants(workshop_id);
  CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants(id),
    created_at BIGINT NOT NULL
  );
  CREATE TABLE events (
    workshop_id TEXT NOT NULL REFERENCES workshops(id),
    seq BIGINT NOT NULL,
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (workshop_id, seq)
  );
  CREATE TABLE charter_versions (
    workshop_id TEXT NOT NULL REFERENCES workshops(id),
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    json TEXT NOT NULL,
    content_state BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (workshop_id, version)
  );
  CREATE TABLE signatures (
    workshop_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    event_seq BIGINT NOT NULL,
    participant_id TEXT NOT NULL,
    capacity TEXT NOT NULL,
    key_id TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (workshop_id, version, participant_id, capacity),
    FOREIGN KEY (workshop_id, version) REFERENCES charter_versions(workshop_id, version)
  );
  CREATE TABLE charter_seals (
    workshop_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    signature_count INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (workshop_id, version, signature_count),
    FOREIGN KEY (workshop_id, version) REFERENCES charter_versions(workshop_id, version)
  );
  CREATE FUNCTION mufakat_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME; END $$;
  CREATE TRIGGER charter_versions_immutable BEFORE UPDATE OR DELETE ON charter_versions FOR EACH ROW EXECUTE FUNCTION mufakat_immutable();
  CREATE TRIGGER signatures_immutable BEFORE UPDATE OR DELETE ON signatures FOR EACH ROW EXECUTE FUNCTION mufakat_immutable();
  CREATE TRIGGER charter_seals_immutable BEFORE UPDATE OR DELETE ON charter_seals FOR EACH ROW EXECUTE FUNCTION mufakat_immutable();
  `,
  // 2: what the owner's home page shows of a workshop (issue 14), and the owner's tokens.
  `
  ALTER TABLE workshops ADD COLUMN institution TEXT;
  ALTER TABLE workshops ADD COLUMN place TEXT;
  ALTER TABLE workshops ADD COLUMN start_date TEXT;
  ALTER TABLE workshops ADD COLUMN end_date TEXT;
  ALTER TABLE workshops ADD COLUMN time_zone TEXT;
  ALTER TABLE workshops ADD COLUMN archived_at BIGINT;
  CREATE TABLE owner_tokens (
    token_hash TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL
  );
  `,
  // 3: the nomor the office gives the naskah (issue 16), set by a facilitator before printing.
  `
  ALTER TABLE workshops ADD COLUMN nomor TEXT;
  `,
];
