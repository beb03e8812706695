import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { WalCheckpointer } from './WalCheckpointer';

const dirs: string[] = [];
function openDb(): { db: Database.Database; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-ckpt-'));
  dirs.push(dir);
  const file = path.join(dir, 'db.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)');
  return { db, file };
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('WalCheckpointer', () => {
  it('switches off checkpoints in the committing connection and runs them on a worker after enough commits', async () => {
    const { db, file } = openDb();
    const cp = new WalCheckpointer(db, file, 1_000_000);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const insert = db.prepare('INSERT INTO t (data) VALUES (?)');
    for (let i = 0; i < 1500; i++) insert.run(Buffer.alloc(3000, i)); // ~1500+ pages: past SQLite's 1000
    const walBefore = fs.statSync(`${file}-wal`).size;
    expect(walBefore).toBeGreaterThan(1000 * 4096); // the main connection did not checkpoint
    const r = await cp.checkpoint();
    expect(r).not.toBeNull();
    expect(r!.log).toBeGreaterThan(1000);
    expect(r!.checkpointed).toBe(r!.log); // nobody was reading: every frame copied
    // The next write starts the WAL over instead of growing it.
    insert.run(Buffer.alloc(10));
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1501 });
    await cp.close();
    db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false); // main closed last: SQLite removed the WAL
  });

  it('checkpoints by itself once `everyCommits` commits were reported', async () => {
    const { db, file } = openDb();
    const cp = new WalCheckpointer(db, file, 5);
    const insert = db.prepare('INSERT INTO t (data) VALUES (?)');
    const started: (Promise<unknown> | null)[] = [];
    for (let i = 0; i < 5; i++) {
      insert.run(Buffer.alloc(100));
      started.push(cp.committed());
    }
    expect(started.slice(0, 4)).toEqual([null, null, null, null]);
    const r = (await started[4]) as { log: number; checkpointed: number } | null;
    expect(r).not.toBeNull();
    expect(r!.checkpointed).toBe(r!.log);
    expect(r!.log).toBeGreaterThan(0);
    await cp.close();
    db.close();
  });

  it('release folds the WAL and stops the worker; the next checkpoint starts another', async () => {
    const { db, file } = openDb();
    const errors: unknown[] = [];
    const cp = new WalCheckpointer(db, file, 1_000_000, (err) => errors.push(err));
    const insert = db.prepare('INSERT INTO t (data) VALUES (?)');
    insert.run(Buffer.alloc(5000));
    expect(await cp.checkpoint()).not.toBeNull(); // starts the worker
    insert.run(Buffer.alloc(5000));
    await cp.release();
    expect((cp as unknown as { worker: unknown }).worker).toBeNull();
    insert.run(Buffer.alloc(5000));
    const again = await cp.checkpoint();
    expect(again!.checkpointed).toBe(again!.log);
    expect(errors).toEqual([]); // stopping on purpose is no failure
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await cp.close();
    db.close();
  });

  it('when the worker fails, the main connection checkpoints again (the WAL never grows unbounded)', async () => {
    const { db, file } = openDb();
    const errors: unknown[] = [];
    const cp = new WalCheckpointer(db, path.join(path.dirname(file), 'missing.sqlite'), 1, (err) => errors.push(err));
    expect(await cp.checkpoint()).toBeNull();
    expect(errors).toHaveLength(1);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await cp.close();
    db.close();
  });
});
