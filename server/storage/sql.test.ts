import { describe, expect, it } from 'vitest';
import { eventStatements, insert, numbered, SQL } from './sql';

describe('shared SQL', () => {
  it('numbers SQLite placeholders for PostgreSQL in order', () => {
    expect(numbered('SELECT * FROM t WHERE a = ? AND b <= ?')).toBe('SELECT * FROM t WHERE a = $1 AND b <= $2');
    expect(numbered(SQL.upsertSnapshot)).toContain('VALUES ($1, $2, $3, $4)');
  });

  it('builds an insert whose columns and values come from one row, in the same order', () => {
    expect(insert('tokens', { token_hash: 'h', participant_id: 'p', created_at: 3 })).toEqual({
      text: 'INSERT INTO tokens (token_hash, participant_id, created_at) VALUES (?, ?, ?)',
      values: ['h', 'p', 3],
    });
  });

  it('inserts an event before its effects, and the version before what refers to it', () => {
    const e = { seq: 4, ts: 't', actor: { id: 'S1' }, type: 'charterSigned', data: {}, prev: 'p', hash: 'h' };
    const { event, effects } = eventStatements('w', e, {
      seal: { version: 1, signatureCount: 1, json: '{}' },
      signature: { version: 1, participantId: 'S1', capacity: 'saksi', keyId: 'k', json: '{}' },
      charterVersion: { version: 1, sha256: 'a', json: '{}', contentState: new Uint8Array(), createdAt: 1 },
    });
    expect(event.text).toMatch(/^INSERT INTO events /);
    expect(event.values).toContain('{"id":"S1"}');
    expect(effects.map((s) => s.text.split(' ')[2])).toEqual(['charter_versions', 'signatures', 'charter_seals']);
    // The signature remembers its event, which orders a version's signatures.
    expect(effects[1]!.values).toContain(4);
  });
});
