import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SqliteStorage } from '../../server/storage/SqliteStorage';
import { describeStorageContract } from '../contract/storageContract';

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-sqlite-')), 'test.sqlite');

for (const synchronous of ['NORMAL', 'FULL'] as const) {
  describeStorageContract(`SQLite (synchronous=${synchronous})`, () => {
    const file = tempFile();
    return async () => new SqliteStorage({ file, synchronous });
  });
}

describe('SQLite whenOnDisk (synchronous=NORMAL)', () => {
  it('resolves at once before anything is written, and after an fsync once something is', async () => {
    const s = new SqliteStorage({ file: tempFile(), synchronous: 'NORMAL' });
    await s.whenOnDisk(); // no WAL file yet
    await s.appendUpdates('d', [new Uint8Array([1])]);
    await s.whenOnDisk();
    await s.close();
  });

  it('makes callers that arrive during a running fsync share the next one, in order', async () => {
    const s = new SqliteStorage({ file: tempFile(), synchronous: 'NORMAL' });
    await s.appendUpdates('d', [new Uint8Array([1])]);
    const order: string[] = [];
    const first = s.whenOnDisk().then(() => order.push('first'));
    await s.appendUpdates('d', [new Uint8Array([2])]);
    const second = s.whenOnDisk().then(() => order.push('second'));
    const third = s.whenOnDisk().then(() => order.push('third'));
    await Promise.all([first, second, third]);
    expect(order).toEqual(['first', 'second', 'third']);
    // 100 concurrent callers resolve with a handful of fsyncs, not 100 (timing-free check:
    // the queued promise is shared).
    const many = Array.from({ length: 100 }, () => s.whenOnDisk());
    expect(new Set(many.slice(1)).size).toBe(1);
    await Promise.all(many);
    await s.close();
  });

  it('keeps what was committed across a reopen', async () => {
    const file = tempFile();
    const s = new SqliteStorage({ file, synchronous: 'NORMAL' });
    await s.appendUpdates('d', [new Uint8Array([7])]);
    await s.whenOnDisk();
    await s.close();
    const again = new SqliteStorage({ file, synchronous: 'NORMAL' });
    expect((await again.loadDoc('d')).updates.map((u) => [...u])).toEqual([[7]]);
    await again.close();
  });
});

describe('SQLite group commit', () => {
  it('stores the appends started in one groupCommit in one transaction, resolving after it commits', async () => {
    const file = tempFile();
    const s = new SqliteStorage({ file, synchronous: 'NORMAL' });
    await s.appendUpdates('a', [new Uint8Array([1])]);
    const other = new Database(file, { readonly: true });
    const count = () => (other.prepare('SELECT COUNT(*) AS n FROM doc_updates').get() as { n: number }).n;
    let seen = -1;
    let resolvedInside = false;
    const appends: Promise<number>[] = [];
    s.groupCommit(() => {
      appends.push(s.appendUpdates('a', [new Uint8Array([2])]));
      appends.push(s.appendUpdates('b', [new Uint8Array([3]), new Uint8Array([4])]));
      void appends[0]!.then(() => (resolvedInside = true));
      seen = count(); // another connection sees nothing of the group before its commit
    });
    expect(seen).toBe(1);
    expect(count()).toBe(4);
    expect(resolvedInside).toBe(false);
    expect(await Promise.all(appends)).toEqual([2, 2]);
    expect(await s.appendUpdates('b', [new Uint8Array([5])])).toBe(3);
    other.close();
    await s.close();
    const again = new SqliteStorage({ file, synchronous: 'NORMAL' });
    expect((await again.loadDoc('a')).updates.map((u) => [...u])).toEqual([[1], [2]]);
    expect((await again.loadDoc('b')).updates.map((u) => [...u])).toEqual([[3], [4], [5]]);
    await again.close();
  });

  it('rejects every append of a group that did not commit, stores none of them, and numbers on correctly after', async () => {
    const file = tempFile();
    const s = new SqliteStorage({ file, synchronous: 'NORMAL' });
    await s.appendUpdates('a', [new Uint8Array([1])]);
    const appends: Promise<number>[] = [];
    s.groupCommit(() => {
      appends.push(s.appendUpdates('a', [new Uint8Array([2])]));
      appends.push(s.appendUpdates('b', [new Uint8Array([3])]));
      throw new Error('the transaction is rolled back');
    });
    for (const a of appends) await expect(a).rejects.toThrow('rolled back');
    expect((await s.loadDoc('a')).updates.map((u) => [...u])).toEqual([[1]]);
    expect((await s.loadDoc('b')).updates).toHaveLength(0);
    expect(await s.appendUpdates('a', [new Uint8Array([9])])).toBe(2);
    expect(await s.appendUpdates('b', [new Uint8Array([9])])).toBe(1);
    await s.close();
  });

  it('when the group cannot even begin (another process holds the write lock), each append still runs and fails on its own', async () => {
    const file = tempFile();
    const s = new SqliteStorage({ file, synchronous: 'NORMAL' });
    await s.appendUpdates('a', [new Uint8Array([1])]);
    (s as unknown as { db: Database.Database }).db.pragma('busy_timeout = 0');
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const appends: Promise<number>[] = [];
    s.groupCommit(() => {
      appends.push(s.appendUpdates('a', [new Uint8Array([2])]));
      appends.push(s.appendUpdates('b', [new Uint8Array([3])]));
    });
    expect(appends).toHaveLength(2);
    for (const a of appends) await expect(a).rejects.toThrow(/locked|busy/i);
    other.exec('ROLLBACK');
    other.close();
    expect(await s.appendUpdates('a', [new Uint8Array([4])])).toBe(2);
    await s.close();
  });
});
