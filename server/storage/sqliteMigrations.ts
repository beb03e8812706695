/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
 * Never edit a shipped migration: append a new one.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: documents as an append-only update log plus one compacted snapshot per document;
  //    workshops, participants, and their bearer tokens (stored only as SHA-256 hashes; a
  //    person may hold several, e.g. a fresh facilitator link printed at each start).
  `
  CREATE TABLE doc_updates (
    doc TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (doc, seq)
  ) WITHOUT ROWID;
  CREATE TABLE doc_snapshots (
    doc TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    upto_seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    service_name TEXT NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    is_demo INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    sector TEXT,
    category TEXT,
    user_group TEXT,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  );
  CREATE INDEX participants_workshop ON participants(workshop_id);
  CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants(id),
    created_at INTEGER NOT NULL
  );
  CREATE INDEX tokens_participant ON tokens(participant_id);
  `,
  // 2: the hash-chained event log of decisions (design.md decision 1). (workshop_id, seq) is
  //    the primary key, so two writers can never both append the same seq: the chain stays
  //    linear even with several server nodes.
  `
  CREATE TABLE events (
    workshop_id TEXT NOT NULL REFERENCES workshops(id),
    seq INTEGER NOT NULL,
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (workshop_id, seq)
  ) WITHOUT ROWID;
  `,
  // 3: frozen charter versions and their signatures and seals (design.md decision 5). Rows
  //    are written in the same transaction as the event that creates them and are immutable:
  //    triggers refuse UPDATE and DELETE, so a frozen version can never be rewritten in place.
  `
  CREATE TABLE charter_versions (
    workshop_id TEXT NOT NULL REFERENCES workshops(id),
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    json TEXT NOT NULL,
    content_state BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, version)
  ) WITHOUT ROWID;
  CREATE TABLE signatures (
    workshop_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    event_seq INTEGER NOT NULL,
    participant_id TEXT NOT NULL,
    capacity TEXT NOT NULL,
    key_id TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (workshop_id, version, participant_id, capacity),
    FOREIGN KEY (workshop_id, version) REFERENCES charter_versions(workshop_id, version)
  ) WITHOUT ROWID;
  CREATE TABLE charter_seals (
    workshop_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    signature_count INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (workshop_id, version, signature_count),
    FOREIGN KEY (workshop_id, version) REFERENCES charter_versions(workshop_id, version)
  ) WITHOUT ROWID;
  CREATE TRIGGER charter_versions_no_update BEFORE UPDATE ON charter_versions BEGIN SELECT RAISE(ABORT, 'charter versions are immutable'); END;
  CREATE TRIGGER charter_versions_no_delete BEFORE DELETE ON charter_versions BEGIN SELECT RAISE(ABORT, 'charter versions are immutable'); END;
  CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;
  CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;
  CREATE TRIGGER charter_seals_no_update BEFORE UPDATE ON charter_seals BEGIN SELECT RAISE(ABORT, 'seals are immutable'); END;
  CREATE TRIGGER charter_seals_no_delete BEFORE DELETE ON charter_seals BEGIN SELECT RAISE(ABORT, 'seals are immutable'); END;
  `,
  // 4: what the owner's home page shows of a workshop (issue 14), and the owner's tokens
  //    (SHA-256 hashes only; one is added at each start, none removed).
  `
  ALTER TABLE workshops ADD COLUMN institution TEXT;
  ALTER TABLE workshops ADD COLUMN place TEXT;
  ALTER TABLE workshops ADD COLUMN start_date TEXT;
  ALTER TABLE workshops ADD COLUMN end_date TEXT;
  ALTER TABLE workshops ADD COLUMN time_zone TEXT;
  ALTER TABLE workshops ADD COLUMN archived_at INTEGER;
  CREATE TABLE owner_tokens (
    token_hash TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
  );
  `,
  // 5: the nomor the office gives the naskah (issue 16), set by a facilitator before printing.
  `
  ALTER TABLE workshops ADD COLUMN nomor TEXT;
  `,
];
