/**
 * The contract every storage adapter passes (design.md decision 3). Each adapter's test file
 * calls `describeStorageContract` with a factory for a fresh, empty store.
 */
import { describe, expect, it } from 'vitest';
import { EventConflictError, ImmutableRecordError, type Storage, type WorkshopRecord } from '../../server/storage/Storage';

const workshop = (id: string, joinCode: string): WorkshopRecord => ({
  id,
  title: 'Lokakarya',
  serviceName: 'Akta',
  joinCode,
  createdAt: 1,
  isDemo: false,
});
const bytes = (...b: number[]) => new Uint8Array(b);

export function describeStorageContract(name: string, make: () => Promise<Storage>): void {
  describe(`${name} storage contract`, () => {
    it('appends updates in order and loads them back with the last sequence number', async () => {
      const s = await make();
      expect(await s.loadDoc('d1')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
      expect(await s.appendUpdates('d1', [bytes(1), bytes(2)])).toBe(2);
      expect(await s.appendUpdates('d1', [bytes(3)])).toBe(3);
      const loaded = await s.loadDoc('d1');
      expect(loaded.updates.map((u) => [...u])).toEqual([[1], [2], [3]]);
      expect(loaded.lastSeq).toBe(3);
      expect((await s.loadDoc('other')).updates).toEqual([]);
      await s.close();
    });

    it('compaction folds the snapshot and every stored update into one snapshot; sequence numbers keep growing', async () => {
      const s = await make();
      expect(await s.compactDoc('d', () => bytes(0))).toBeNull();
      await s.appendUpdates('d', [bytes(1), bytes(2), bytes(3)]);
      const seen: number[][] = [];
      const merge = (snap: Uint8Array | null, updates: Uint8Array[]) => {
        seen.push([...(snap ?? []), ...updates.flatMap((u) => [...u])]);
        return bytes(...(snap ?? []), ...updates.flatMap((u) => [...u]));
      };
      expect(await s.compactDoc('d', merge)).toEqual({ uptoSeq: 3, bytes: 3 });
      expect(await s.loadDoc('d')).toMatchObject({ updates: [], lastSeq: 3 });
      expect(await s.appendUpdates('d', [bytes(4)])).toBe(4);
      await s.compactDoc('d', merge);
      expect(seen).toEqual([[1, 2, 3], [1, 2, 3, 4]]);
      const loaded = await s.loadDoc('d');
      expect([...loaded.snapshot!]).toEqual([1, 2, 3, 4]);
      expect(loaded.lastSeq).toBe(4);
      await s.close();
    });

    it('putSnapshot replaces the snapshot, drops the updates it covers and keeps later ones', async () => {
      const s = await make();
      await s.appendUpdates('d', [bytes(1), bytes(2), bytes(3)]);
      await s.putSnapshot('d', bytes(9, 9), 2);
      const loaded = await s.loadDoc('d');
      expect([...loaded.snapshot!]).toEqual([9, 9]);
      expect(loaded.updates.map((u) => [...u])).toEqual([[3]]);
      expect(loaded.lastSeq).toBe(3);
      expect(await s.appendUpdates('d', [bytes(4)])).toBe(4);
      await s.whenOnDisk();
      await s.close();
    });

    it('finds workshops by id and join code, and participants by token hash only', async () => {
      const s = await make();
      await s.createWorkshop(workshop('w1', 'ABC234'));
      expect((await s.getWorkshopByJoinCode('ABC234'))?.id).toBe('w1');
      expect(await s.getWorkshop('nope')).toBeNull();
      const p = {
        id: 'p1',
        workshopId: 'w1',
        name: 'Ana',
        role: 'participant' as const,
        sector: 'civil_society',
        category: 'ngo',
        userGroup: null,
        createdAt: 2,
        revokedAt: null,
      };
      await s.createParticipant(p, 'hash-1');
      await s.addToken('p1', 'hash-2');
      expect(await s.getParticipantByTokenHash('hash-1')).toEqual(p);
      expect((await s.getParticipantByTokenHash('hash-2'))?.id).toBe('p1');
      expect(await s.getParticipantByTokenHash('hash-3')).toBeNull();
      await s.revokeParticipant('p1', 5);
      expect((await s.getParticipantByTokenHash('hash-1'))?.revokedAt).toBe(5);
      expect((await s.listParticipants('w1')).map((x) => x.id)).toEqual(['p1']);
      await s.close();
    });

    it('keeps the event log linear: a second append of the same seq is refused', async () => {
      const s = await make();
      await s.createWorkshop(workshop('w2', 'DEF567'));
      const e = { seq: 1, ts: '2026-01-01T00:00:00.000Z', actor: { id: 'p' }, type: 't', data: { a: 1 }, prev: 'x', hash: 'h1' };
      await s.appendEvent('w2', e);
      await expect(s.appendEvent('w2', { ...e, hash: 'h1b' })).rejects.toBeInstanceOf(EventConflictError);
      await s.appendEvent('w2', { ...e, seq: 2, prev: 'h1', hash: 'h2' });
      expect(await s.loadEvents('w2')).toEqual([e, { ...e, seq: 2, prev: 'h1', hash: 'h2' }]);
      await s.close();
    });

    it('stores a frozen charter version with its event, atomically, and never a second time', async () => {
      const s = await make();
      await s.createWorkshop(workshop('w3', 'GHJ234'));
      const e = (seq: number) => ({ seq, ts: '2026-01-01T00:00:00.000Z', actor: {}, type: 'charterFrozen', data: {}, prev: `p${seq}`, hash: `h${seq}` });
      const v1 = { version: 1, sha256: 'a'.repeat(64), json: '{"v":1}', contentState: bytes(1, 2, 3), createdAt: 10 };
      await s.appendEvent('w3', e(1), { charterVersion: v1 });
      expect(await s.getCharterVersion('w3', 1)).toEqual(v1);
      expect(await s.getCharterVersion('w3', 2)).toBeNull();
      // A second version 1 is refused, and its event is not stored either.
      await expect(s.appendEvent('w3', e(2), { charterVersion: { ...v1, json: '{"v":"changed"}' } })).rejects.toBeInstanceOf(ImmutableRecordError);
      expect((await s.loadEvents('w3')).map((x) => x.seq)).toEqual([1]);
      expect((await s.getCharterVersion('w3', 1))?.json).toBe('{"v":1}');
      await s.appendEvent('w3', e(2), { charterVersion: { ...v1, version: 2, sha256: 'b'.repeat(64) } });
      expect(await s.listCharterVersions('w3')).toEqual([
        { version: 1, sha256: 'a'.repeat(64), createdAt: 10 },
        { version: 2, sha256: 'b'.repeat(64), createdAt: 10 },
      ]);
      await s.close();
    });

    it('stores signatures once per signer and capacity, and returns the seal over the most signatures', async () => {
      const s = await make();
      await s.createWorkshop(workshop('w4', 'KLM234'));
      const e = (seq: number) => ({ seq, ts: '2026-01-01T00:00:00.000Z', actor: {}, type: 't', data: {}, prev: `p${seq}`, hash: `h${seq}` });
      await s.appendEvent('w4', e(1), { charterVersion: { version: 1, sha256: 'a'.repeat(64), json: '{}', contentState: bytes(), createdAt: 1 } });
      const sig = (participantId: string, capacity: string) => ({ version: 1, participantId, capacity, keyId: `k${participantId}`, json: `{"p":"${participantId}"}` });
      await s.appendEvent('w4', e(2), { signature: sig('S9', 'pihak_kedua') });
      await s.appendEvent('w4', e(3), { signature: sig('S1', 'pihak_pertama'), seal: { version: 1, signatureCount: 2, json: '{"seal":2}' } });
      await expect(s.appendEvent('w4', e(4), { signature: sig('S9', 'pihak_kedua') })).rejects.toBeInstanceOf(ImmutableRecordError);
      await s.appendEvent('w4', e(4), { signature: sig('S7', 'saksi'), seal: { version: 1, signatureCount: 3, json: '{"seal":3}' } });
      expect((await s.listSignatures('w4', 1)).map((x) => x.participantId)).toEqual(['S9', 'S1', 'S7']);
      expect(await s.latestSeal('w4', 1)).toEqual({ version: 1, signatureCount: 3, json: '{"seal":3}' });
      expect(await s.latestSeal('w4', 2)).toBeNull();
      expect(await s.listSignatures('w4', 2)).toEqual([]);
      await s.close();
    });
  });
}
