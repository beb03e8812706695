import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/SqliteStorage';
import { NO_DETAILS } from '../contract/storageContract';

describe('SQLite charter tables', () => {
  it('refuse any UPDATE or DELETE of a frozen version, a signature or a seal, even by hand', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-charter-')), 'db.sqlite');
    const s = new SqliteStorage({ file, synchronous: 'FULL' });
    await s.createWorkshop({ id: 'w1', title: 't', serviceName: 's', joinCode: 'AAA234', createdAt: 1, isDemo: false, ...NO_DETAILS });
    const e = { seq: 1, ts: 't', actor: {}, type: 'charterFrozen', data: {}, prev: 'p', hash: 'h' };
    await s.appendEvent('w1', e, {
      charterVersion: { version: 1, sha256: 'a'.repeat(64), json: '{}', contentState: new Uint8Array(), createdAt: 1 },
      signature: { version: 1, participantId: 'S1', capacity: 'saksi', keyId: 'k', json: '{}' },
      seal: { version: 1, signatureCount: 1, json: '{}' },
    });
    await s.close();
    const db = new Database(file);
    for (const sql of [
      "UPDATE charter_versions SET json = '{\"x\":1}'",
      'DELETE FROM charter_versions',
      "UPDATE signatures SET key_id = 'other'",
      'DELETE FROM signatures',
      "UPDATE charter_seals SET json = 'x'",
      'DELETE FROM charter_seals',
    ]) {
      expect(() => db.exec(sql), sql).toThrow(/immutable/);
    }
    db.close();
  });
});
