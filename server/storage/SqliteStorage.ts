/**
 * SQLite adapter (better-sqlite3, WAL). Calls are synchronous underneath: an awaited
 * `appendUpdates` has committed when it resolves. With `synchronous: 'NORMAL'` (the default)
 * a commit has reached the operating system, so it survives the process being killed, and
 * `whenOnDisk` adds the fsync that makes it survive power loss, on libuv's thread pool, one
 * fsync for every commit made while the previous one ran. With 'FULL' every commit fsyncs on
 * the event loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import {
  type CharterVersionInfo,
  EventConflictError,
  type EventEffects,
  ImmutableRecordError,
  type ParticipantRecord,
  type Storage,
  type StoredCharterVersion,
  type StoredDoc,
  type CompactResult,
  type StoredEvent,
  type StoredSeal,
  type StoredSignature,
  type WorkshopRecord,
} from './Storage';
import { bytes, type ParticipantRow, toParticipant, toWorkshop, type WorkshopRow } from './rows';
import { SQLITE_MIGRATIONS } from './sqliteMigrations';
import { WalCheckpointer } from './WalCheckpointer';


export interface SqliteOptions {
  /** Path of the database file, or ':memory:' for unit tests. */
  file: string;
  /**
   * NORMAL: commits survive `kill -9`; `whenOnDisk` fsyncs in the background for power loss.
   * FULL: every commit fsyncs the WAL before it returns, blocking the event loop meanwhile.
   */
  synchronous: 'FULL' | 'NORMAL';
  /**
   * NORMAL only: fsyncs start at most this often (default 20 ms), so a busy server runs a
   * few dozen a second for all its rooms, not one per commit; acks wait at most this long more.
   */
  minSyncIntervalMs?: number;
  /** Told when something goes wrong that the storage works around (e.g. its checkpoint worker failed). */
  onWarning?: (event: string, data: Record<string, string>) => void;
}

const fdatasync = promisify(fs.fdatasync);

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly stmt;
  /** Built once: better-sqlite3 wraps the function anew on every `transaction()` call. */
  private readonly appendTx: Database.Transaction<(doc: string, updates: readonly Uint8Array[]) => number>;
  /** Runs a function in one transaction; appends inside it are savepoints (`groupCommit`). */
  private readonly groupTx: Database.Transaction<(fn: () => void) => void>;
  /** The group commit open now: appends made in it resolve once it has committed. */
  private group: { committed: Promise<void>; appends: number } | null = null;
  /**
   * Last stored sequence number per document, so an append need not read it back. Valid
   * because this process is the file's only writer (`soleWriter`); dropped when idle.
   */
  private readonly lastSeq = new Map<string, number>();
  /** The WAL file, opened for `whenOnDisk` once it exists. */
  private walFd: number | null = null;
  /** The fsync running now, and the one queued behind it for commits made meanwhile. */
  private syncing: Promise<void> | null = null;
  private syncQueued: Promise<void> | null = null;
  private lastSyncAt = -Infinity;
  private closed = false;
  /** WAL checkpoints off the event loop (files only; ':memory:' has no WAL). */
  private readonly checkpointer: WalCheckpointer | null;

  constructor(private readonly options: SqliteOptions) {
    if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.checkpointer =
      options.file === ':memory:'
        ? null
        : new WalCheckpointer(this.db, options.file, undefined, (err) =>
            options.onWarning?.('storage.checkpoint_worker_failed', { error: String(err) }),
          );
    const db = this.db;
    this.stmt = {
      snapshot: db.prepare<[string], { data: Buffer; upto_seq: number }>(
        'SELECT data, upto_seq FROM doc_snapshots WHERE doc = ?',
      ),
      updates: db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq',
      ),
      maxSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM doc_updates WHERE doc = ?'),
      insertUpdate: db.prepare('INSERT INTO doc_updates (doc, seq, data, created_at) VALUES (?, ?, ?, ?)'),
      upsertSnapshot: db.prepare(
        `INSERT INTO doc_snapshots (doc, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
      ),
      deleteUpdatesUpTo: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
      insertWorkshop: db.prepare(
        'INSERT INTO workshops (id, title, service_name, join_code, created_at, is_demo) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      workshop: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?'),
      workshopByCode: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE join_code = ?'),
      workshops: db.prepare<[], WorkshopRow>('SELECT * FROM workshops ORDER BY created_at'),
      insertParticipant: db.prepare(
        `INSERT INTO participants (id, workshop_id, name, role, sector, category, user_group, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertToken: db.prepare('INSERT INTO tokens (token_hash, participant_id, created_at) VALUES (?, ?, ?)'),
      participantByToken: db.prepare<[string], ParticipantRow>(
        'SELECT p.* FROM tokens t JOIN participants p ON p.id = t.participant_id WHERE t.token_hash = ?',
      ),
      participant: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?'),
      participants: db.prepare<[string], ParticipantRow>(
        'SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at',
      ),
      insertEvent: db.prepare(
        'INSERT INTO events (workshop_id, seq, ts, actor, type, data, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      events: db.prepare<[string], Omit<StoredEvent, 'actor' | 'data'> & { actor: string; data: string }>(
        'SELECT seq, ts, actor, type, data, prev, hash FROM events WHERE workshop_id = ? ORDER BY seq',
      ),
      revoke: db.prepare('UPDATE participants SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      insertVersion: db.prepare('INSERT INTO charter_versions (workshop_id, version, sha256, json, content_state, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      version: db.prepare<[string, number], { version: number; sha256: string; json: string; content_state: Buffer; created_at: number }>(
        'SELECT version, sha256, json, content_state, created_at FROM charter_versions WHERE workshop_id = ? AND version = ?',
      ),
      versions: db.prepare<[string], { version: number; sha256: string; created_at: number }>(
        'SELECT version, sha256, created_at FROM charter_versions WHERE workshop_id = ? ORDER BY version',
      ),
      insertSignature: db.prepare(
        'INSERT INTO signatures (workshop_id, version, event_seq, participant_id, capacity, key_id, json) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      signatures: db.prepare<[string, number], { version: number; participant_id: string; capacity: string; key_id: string; json: string }>(
        'SELECT version, participant_id, capacity, key_id, json FROM signatures WHERE workshop_id = ? AND version = ? ORDER BY event_seq',
      ),
      insertSeal: db.prepare('INSERT INTO charter_seals (workshop_id, version, signature_count, json) VALUES (?, ?, ?, ?)'),
      latestSeal: db.prepare<[string, number], { version: number; signature_count: number; json: string }>(
        'SELECT version, signature_count, json FROM charter_seals WHERE workshop_id = ? AND version = ? ORDER BY signature_count DESC LIMIT 1',
      ),
    };
    this.appendTx = db.transaction((doc: string, updates: readonly Uint8Array[]): number => {
      let seq = this.lastSeq.get(doc) ?? this.stmt.maxSeq.get(doc)?.seq ?? this.stmt.snapshot.get(doc)?.upto_seq ?? 0;
      const now = Date.now();
      for (const u of updates) this.stmt.insertUpdate.run(doc, ++seq, u, now);
      this.lastSeq.set(doc, seq);
      return seq;
    });
    this.groupTx = db.transaction((fn: () => void) => fn());
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < SQLITE_MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(SQLITE_MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async loadDoc(doc: string): Promise<StoredDoc> {
    return this.db.transaction((): StoredDoc => {
      const snap = this.stmt.snapshot.get(doc);
      const rows = this.stmt.updates.all(doc);
      const lastSeq = rows.length ? rows[rows.length - 1]!.seq : (snap?.upto_seq ?? 0);
      return { snapshot: snap ? bytes(snap.data) : null, updates: rows.map((r) => bytes(r.data)), lastSeq };
    })();
  }

  async appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    const group = this.group;
    try {
      // Inside a group commit this is a savepoint of the group's transaction.
      const seq = this.appendTx.immediate(doc, updates);
      if (!group) {
        this.checkpointer?.committed();
        return seq;
      }
      group.appends++;
      await group.committed;
      return seq;
    } catch (err) {
      // A rolled-back append (or group) leaves the cached sequence numbers unknown.
      this.lastSeq.clear();
      throw err;
    }
  }

  /**
   * One transaction for every append `fn` starts: a server with many busy rooms commits
   * (and later fsyncs) once per event-loop turn instead of once per room. A room whose
   * savepoint fails rejects alone; if the commit itself fails, every append in it rejects.
   */
  groupCommit(fn: () => void): void {
    if (this.group) {
      fn();
      return;
    }
    let settle!: (err: unknown) => void;
    const committed = new Promise<void>((resolve, reject) => {
      settle = (err) => (err === undefined ? resolve() : reject(err));
    });
    committed.catch(() => {}); // every append in the group sees the rejection itself
    const group = { committed, appends: 0 };
    this.group = group;
    let ran = false;
    let failure: unknown;
    try {
      this.groupTx.immediate(() => {
        ran = true;
        fn();
      });
    } catch (err) {
      failure = err ?? new Error('group commit failed');
    } finally {
      this.group = null;
    }
    if (!ran) {
      // BEGIN itself failed (e.g. SQLITE_BUSY): nothing joined the group, so every append
      // runs (and fails, or not) on its own rather than waiting for a later turn.
      settle(undefined);
      fn();
      return;
    }
    if (failure !== undefined) this.lastSeq.clear();
    else if (group.appends > 0) this.checkpointer?.committed();
    settle(failure);
  }

  /**
   * Resolves once every commit made before the call is on disk. An fsync that is already
   * running may have started before the caller's commit, so callers then share the next one.
   * fdatasync on our own descriptor of the WAL flushes what SQLite wrote through its own: the
   * page cache belongs to the file, not to the descriptor.
   */
  whenOnDisk(): Promise<void> {
    if (this.options.synchronous === 'FULL' || this.options.file === ':memory:' || this.closed) return Promise.resolve();
    // A queued fsync starts after this call, so it covers the caller's commits.
    if (this.syncQueued) return this.syncQueued;
    if (this.syncing) {
      this.syncQueued = this.syncing.then(
        () => this.startAfterInterval(),
        () => this.startAfterInterval(),
      );
      return this.syncQueued;
    }
    return this.startAfterInterval();
  }

  /** Starts an fsync now, or once `minSyncIntervalMs` has passed since the last one began. */
  private startAfterInterval(): Promise<void> {
    const wait = this.lastSyncAt + (this.options.minSyncIntervalMs ?? 20) - performance.now();
    if (wait <= 0) return this.startSync();
    this.syncQueued = new Promise<void>((r) => setTimeout(r, wait)).then(() => this.startSync());
    return this.syncQueued;
  }

  private startSync(): Promise<void> {
    this.syncQueued = null;
    this.lastSyncAt = performance.now();
    if (this.closed) return Promise.resolve(); // closing checkpoints and syncs the database
    if (this.walFd === null) {
      try {
        this.walFd = fs.openSync(`${this.options.file}-wal`, 'r');
      } catch (err) {
        // No WAL yet: nothing has been committed since the database was opened.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return Promise.resolve();
        throw err;
      }
    }
    const run = fdatasync(this.walFd).finally(() => {
      if (this.syncing === run) this.syncing = null;
    });
    this.syncing = run;
    return run;
  }

  /**
   * Hands SQLite's page cache back (PRAGMA shrink_memory; it refills from the file), and folds
   * the WAL and stops the checkpoint worker while nothing is loaded.
   */
  releaseMemory(): void {
    this.lastSeq.clear();
    if (this.db.open) this.db.pragma('shrink_memory');
    void this.checkpointer?.release();
  }

  /** One process owns the file (several nodes need PostgreSQL). */
  readonly soleWriter = true;

  async putSnapshot(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.stmt.upsertSnapshot.run(doc, state, uptoSeq, Date.now());
      this.stmt.deleteUpdatesUpTo.run(doc, uptoSeq);
    }).immediate();
    this.checkpointer?.committed();
  }

  async compactDoc(doc: string, merge: (snapshot: Uint8Array | null, updates: Uint8Array[]) => Uint8Array): Promise<CompactResult | null> {
    return this.db.transaction((): CompactResult | null => {
      const rows = this.stmt.updates.all(doc);
      if (rows.length === 0) return null;
      const snap = this.stmt.snapshot.get(doc);
      const state = merge(snap ? bytes(snap.data) : null, rows.map((r) => bytes(r.data)));
      const uptoSeq = rows[rows.length - 1]!.seq;
      this.stmt.upsertSnapshot.run(doc, state, uptoSeq, Date.now());
      this.stmt.deleteUpdatesUpTo.run(doc, uptoSeq);
      return { uptoSeq, bytes: state.byteLength };
    }).immediate();
  }


  async createWorkshop(w: WorkshopRecord): Promise<void> {
    this.stmt.insertWorkshop.run(w.id, w.title, w.serviceName, w.joinCode, w.createdAt, w.isDemo ? 1 : 0);
  }
  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const r = this.stmt.workshop.get(id);
    return r ? toWorkshop(r) : null;
  }
  async getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const r = this.stmt.workshopByCode.get(joinCode);
    return r ? toWorkshop(r) : null;
  }
  async listWorkshops(): Promise<WorkshopRecord[]> {
    return this.stmt.workshops.all().map(toWorkshop);
  }

  async createParticipant(p: ParticipantRecord, tokenHash: string): Promise<void> {
    this.db.transaction(() => {
      this.stmt.insertParticipant.run(p.id, p.workshopId, p.name, p.role, p.sector, p.category, p.userGroup, p.createdAt);
      this.stmt.insertToken.run(tokenHash, p.id, p.createdAt);
    })();
  }
  async addToken(participantId: string, tokenHash: string): Promise<void> {
    this.stmt.insertToken.run(tokenHash, participantId, Date.now());
  }
  async getParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
    const r = this.stmt.participantByToken.get(tokenHash);
    return r ? toParticipant(r) : null;
  }
  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const r = this.stmt.participant.get(id);
    return r ? toParticipant(r) : null;
  }
  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.stmt.participants.all(workshopId).map(toParticipant);
  }
  async revokeParticipant(id: string, at: number): Promise<void> {
    this.stmt.revoke.run(at, id);
  }

  async appendEvent(workshopId: string, e: StoredEvent, effects: EventEffects = {}): Promise<void> {
    const insert = this.db.transaction(() => {
      try {
        this.stmt.insertEvent.run(workshopId, e.seq, e.ts, JSON.stringify(e.actor), e.type, JSON.stringify(e.data), e.prev, e.hash);
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new EventConflictError(workshopId, e.seq);
        throw err;
      }
      try {
        const { charterVersion: v, signature: s, seal } = effects;
        if (v) this.stmt.insertVersion.run(workshopId, v.version, v.sha256, v.json, v.contentState, v.createdAt);
        if (s) this.stmt.insertSignature.run(workshopId, s.version, e.seq, s.participantId, s.capacity, s.keyId, s.json);
        if (seal) this.stmt.insertSeal.run(workshopId, seal.version, seal.signatureCount, seal.json);
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (code.startsWith('SQLITE_CONSTRAINT')) throw new ImmutableRecordError(`workshop ${workshopId}: ${String(err)}`);
        throw err;
      }
    });
    insert.immediate();
    this.checkpointer?.committed();
  }

  async getCharterVersion(workshopId: string, version: number): Promise<StoredCharterVersion | null> {
    const r = this.stmt.version.get(workshopId, version);
    return r ? { version: r.version, sha256: r.sha256, json: r.json, contentState: bytes(r.content_state), createdAt: r.created_at } : null;
  }

  async listCharterVersions(workshopId: string): Promise<CharterVersionInfo[]> {
    return this.stmt.versions.all(workshopId).map((r) => ({ version: r.version, sha256: r.sha256, createdAt: r.created_at }));
  }

  async listSignatures(workshopId: string, version: number): Promise<StoredSignature[]> {
    return this.stmt.signatures.all(workshopId, version).map((r) => ({ version: r.version, participantId: r.participant_id, capacity: r.capacity, keyId: r.key_id, json: r.json }));
  }

  async latestSeal(workshopId: string, version: number): Promise<StoredSeal | null> {
    const r = this.stmt.latestSeal.get(workshopId, version);
    return r ? { version: r.version, signatureCount: r.signature_count, json: r.json } : null;
  }

  async loadEvents(workshopId: string): Promise<StoredEvent[]> {
    return this.stmt.events.all(workshopId).map((r) => ({ ...r, actor: JSON.parse(r.actor), data: JSON.parse(r.data) }));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.syncQueued?.catch(() => undefined);
    await this.syncing?.catch(() => undefined);
    if (this.walFd !== null) fs.closeSync(this.walFd);
    this.walFd = null;
    // The worker's connection first: the last one to close checkpoints and removes the WAL.
    await this.checkpointer?.close();
    if (this.db.open) this.db.close();
  }
}
