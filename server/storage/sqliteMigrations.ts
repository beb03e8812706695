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
];
