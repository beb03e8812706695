/**
 * The contract every storage adapter passes (design.md decision 3), one describe block per
 * part of `Storage` (server/storage/DocumentStore.ts, EventLog.ts, Directory.ts,
 * CharterArchive.ts), each testing the guarantees that part's header states.
 *
 * Each adapter's test file calls `describeStorageContract` with `newDatabase`: it makes a
 * fresh, empty database and returns a function that opens it, as often as a test asks
 * (a second handle is how a test sees what another node or a restarted process would see).
 */
import { describe, expect, it } from 'vitest';
import {
  EventConflictError,
  ImmutableRecordError,
  type ParticipantRecord,
  type Storage,
  type StoredEvent,
  type WorkshopRecord,
} from '../../server/storage/Storage';

/** A workshop record's optional details, all empty (workshops made by scripts and older versions). */
export const NO_DETAILS = { institution: null, place: null, startDate: null, endDate: null, timeZone: null, archivedAt: null, nomor: null };

export type OpenStorage = () => Promise<Storage>;

const workshop = (id: string, joinCode: string, more: Partial<WorkshopRecord> = {}): WorkshopRecord => ({
  id,
  title: 'Lokakarya',
  serviceName: 'Akta',
  joinCode,
  createdAt: 1,
  isDemo: false,
  ...NO_DETAILS,
  ...more,
});
const participant = (id: string, workshopId: string, createdAt = 2): ParticipantRecord => ({
  id,
  workshopId,
  name: 'Ana',
  issuedRole: 'participant',
  sector: 'civil_society',
  category: 'ngo',
  userGroup: null,
  createdAt,
  revokedAt: null,
});
const event = (seq: number, more: Partial<StoredEvent> = {}): StoredEvent => ({
  seq,
  ts: '2026-01-01T00:00:00.000Z',
  actor: {},
  type: 't',
  data: {},
  prev: `p${seq}`,
  hash: `h${seq}`,
  ...more,
});
const version = (n: number, more = {}) => ({ version: n, sha256: 'a'.repeat(64), json: '{}', contentState: bytes(), createdAt: 1, ...more });
const signature = (participantId: string, capacity: string) => ({
  version: 1,
  participantId,
  capacity,
  keyId: `k${participantId}`,
  json: `{"p":"${participantId}"}`,
});
const bytes = (...b: number[]) => new Uint8Array(b);
const plain = (updates: Uint8Array[]) => updates.map((u) => [...u]);
/** A merge that concatenates, so a test can see exactly which updates a snapshot holds. */
const concat = (snap: Uint8Array | null, updates: Uint8Array[]) => bytes(...(snap ?? []), ...updates.flatMap((u) => [...u]));

export function describeStorageContract(name: string, newDatabase: () => OpenStorage): void {
  describe(`${name} storage contract`, () => {
    describe('document store', () => {
      it('appends updates in order and loads them back with the last sequence number', async () => {
        const s = await newDatabase()();
        expect(await s.loadDoc('d1')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
        expect(await s.appendUpdates('d1', [bytes(1), bytes(2)])).toBe(2);
        expect(await s.appendUpdates('d1', [bytes(3)])).toBe(3);
        const loaded = await s.loadDoc('d1');
        expect(plain(loaded.updates)).toEqual([[1], [2], [3]]);
        expect(loaded.lastSeq).toBe(3);
        expect((await s.loadDoc('other')).updates).toEqual([]);
        await s.close();
      });

      it('gives concurrent appends to one document distinct, gapless sequence numbers and loads them in that order', async () => {
        const s = await newDatabase()();
        const seqs = await Promise.all(Array.from({ length: 20 }, (_, i) => s.appendUpdates('d', [bytes(i)])));
        expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
        const loaded = await s.loadDoc('d');
        // The update stored under seq n is the one whose append resolved with n.
        expect(seqs.map((seq) => loaded.updates[seq - 1]![0])).toEqual(seqs.map((_, i) => i));
        await s.close();
      });

      it('compaction folds the snapshot and every stored update into one snapshot; sequence numbers keep growing', async () => {
        const s = await newDatabase()();
        expect(await s.compactDoc('d', () => bytes(0))).toBeNull();
        await s.appendUpdates('d', [bytes(1), bytes(2), bytes(3)]);
        const seen: number[][] = [];
        const merge = (snap: Uint8Array | null, updates: Uint8Array[]) => {
          seen.push([...concat(snap, updates)]);
          return concat(snap, updates);
        };
        expect(await s.compactDoc('d', merge)).toEqual({ uptoSeq: 3, bytes: 3 });
        expect(await s.loadDoc('d')).toMatchObject({ updates: [], lastSeq: 3 });
        expect(await s.appendUpdates('d', [bytes(4)])).toBe(4);
        await s.compactDoc('d', merge);
        expect(seen).toEqual([
          [1, 2, 3],
          [1, 2, 3, 4],
        ]);
        const loaded = await s.loadDoc('d');
        expect([...loaded.snapshot!]).toEqual([1, 2, 3, 4]);
        expect(loaded.lastSeq).toBe(4);
        await s.close();
      });

      it('putSnapshot replaces the snapshot, drops the updates it covers and keeps later ones', async () => {
        const s = await newDatabase()();
        await s.appendUpdates('d', [bytes(1), bytes(2), bytes(3)]);
        await s.putSnapshot('d', bytes(9, 9), 2);
        const loaded = await s.loadDoc('d');
        expect([...loaded.snapshot!]).toEqual([9, 9]);
        expect(plain(loaded.updates)).toEqual([[3]]);
        expect(loaded.lastSeq).toBe(3);
        expect(await s.appendUpdates('d', [bytes(4)])).toBe(4);
        await s.whenOnDisk();
        await s.close();
      });

      it('never reuses a sequence number: after compaction or a snapshot removed every update, a reopened store continues after it', async () => {
        const open = newDatabase();
        const s = await open();
        await s.appendUpdates('c', [bytes(1), bytes(2), bytes(3)]);
        await s.compactDoc('c', concat);
        await s.appendUpdates('p', [bytes(1), bytes(2)]);
        await s.putSnapshot('p', bytes(1, 2), 2);
        await s.close();
        const again = await open();
        expect(await again.appendUpdates('c', [bytes(4)])).toBe(4);
        expect(await again.appendUpdates('p', [bytes(3)])).toBe(3);
        expect(await again.loadDoc('c')).toMatchObject({ lastSeq: 4 });
        await again.close();
      });

      it('shows an appended update to another handle on the same database as soon as the append resolved', async () => {
        const open = newDatabase();
        const [a, b] = [await open(), await open()];
        expect(await b.loadDoc('d')).toMatchObject({ lastSeq: 0 });
        await a.appendUpdates('d', [bytes(7)]);
        expect(plain((await b.loadDoc('d')).updates)).toEqual([[7]]);
        await a.close();
        await b.close();
      });

      it('with several writers, concurrent appends and compactions on two handles lose and renumber nothing', async (ctx) => {
        const open = newDatabase();
        const [a, b] = [await open(), await open()];
        if (a.soleWriter) {
          await Promise.all([a.close(), b.close()]);
          ctx.skip(); // one process owns the file; a second writer is not supported
        }
        const work: Promise<unknown>[] = [];
        for (let i = 0; i < 30; i++) {
          work.push((i % 2 ? a : b).appendUpdates('d', [bytes(i)]));
          if (i % 10 === 5) work.push(a.compactDoc('d', concat));
        }
        await Promise.all(work);
        const loaded = await b.loadDoc('d');
        const all = [...(loaded.snapshot ?? []), ...loaded.updates.flatMap((u) => [...u])];
        expect(all.sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i));
        expect(loaded.lastSeq).toBe(30);
        await a.close();
        await b.close();
      });
    });

    describe('event log', () => {
      it('keeps the event log linear: a second append of the same seq is refused', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w2', 'DEF567'));
        const e = event(1, { actor: { id: 'p' }, data: { a: 1 }, prev: 'x' });
        await s.appendEvent('w2', e);
        await expect(s.appendEvent('w2', { ...e, hash: 'h1b' })).rejects.toBeInstanceOf(EventConflictError);
        await s.appendEvent('w2', { ...e, seq: 2, prev: 'h1', hash: 'h2' });
        expect(await s.loadEvents('w2')).toEqual([e, { ...e, seq: 2, prev: 'h1', hash: 'h2' }]);
        await s.close();
      });

      it('lets exactly one of two handles racing for a seq store its event; the other gets EventConflictError', async () => {
        const open = newDatabase();
        const [a, b] = [await open(), await open()];
        await a.createWorkshop(workshop('w', 'RCE234'));
        const results = await Promise.allSettled([a.appendEvent('w', event(1, { hash: 'a' })), b.appendEvent('w', event(1, { hash: 'b' }))]);
        const won = results.findIndex((r) => r.status === 'fulfilled');
        const lost = results.find((r) => r.status === 'rejected');
        expect(won).not.toBe(-1);
        expect((lost as PromiseRejectedResult | undefined)?.reason).toBeInstanceOf(EventConflictError);
        expect((await b.loadEvents('w')).map((e) => e.hash)).toEqual([won === 0 ? 'a' : 'b']);
        await a.close();
        await b.close();
      });

      it('returns actor and data as the JSON values appended, per workshop, after a reopen', async () => {
        const open = newDatabase();
        const s = await open();
        await s.createWorkshop(workshop('w1', 'AAA234'));
        await s.createWorkshop(workshop('w2', 'BBB234'));
        const e = event(1, {
          actor: { participantId: 'S9', role: 'facilitator', sector: null },
          data: { text: { id: 'Hak pengguna “layanan”', en: 'ü ✓ 𝔘' }, list: [1, 2.5, true, null], nested: { a: { b: [] } } },
        });
        await s.appendEvent('w1', e);
        await s.appendEvent('w2', event(1, { type: 'other' }));
        await s.close();
        const again = await open();
        expect(await again.loadEvents('w1')).toEqual([e]);
        expect((await again.loadEvents('w2')).map((x) => x.type)).toEqual(['other']);
        expect(await again.loadEvents('w3')).toEqual([]);
        await again.close();
      });

      it('stores none of the effects of an event whose seq is taken', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w', 'CCC234'));
        await s.appendEvent('w', event(1));
        await expect(s.appendEvent('w', event(1, { hash: 'other' }), { charterVersion: version(1) })).rejects.toBeInstanceOf(EventConflictError);
        expect(await s.getCharterVersion('w', 1)).toBeNull();
        expect(await s.listCharterVersions('w')).toEqual([]);
        await s.close();
      });
    });

    describe('directory', () => {
      it('finds workshops by id and join code, and participants by token hash only', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w1', 'ABC234'));
        expect((await s.getWorkshopByJoinCode('ABC234'))?.id).toBe('w1');
        expect(await s.getWorkshop('nope')).toBeNull();
        const p = participant('p1', 'w1');
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

      it("lists workshops and each workshop's own participants in creation order, with every field as stored", async () => {
        const s = await newDatabase()();
        const demo = workshop('w1', 'AAA234', { createdAt: 20, isDemo: true, title: 'Demo', serviceName: 'KTP' });
        await s.createWorkshop(demo);
        await s.createWorkshop(workshop('w2', 'BBB234', { createdAt: 10 }));
        expect(await s.listWorkshops()).toEqual([workshop('w2', 'BBB234', { createdAt: 10 }), demo]);
        expect(await s.getWorkshop('w1')).toEqual(demo);
        const board = { ...participant('p3', 'w1', 5), issuedRole: 'observer' as const, sector: null, category: null, userGroup: 'board' };
        await s.createParticipant(participant('p2', 'w1', 9), 'h2');
        await s.createParticipant(board, 'h3');
        await s.createParticipant(participant('p4', 'w2', 1), 'h4');
        expect(await s.listParticipants('w1')).toEqual([board, participant('p2', 'w1', 9)]);
        expect(await s.getParticipant('p3')).toEqual(board);
        expect(await s.getParticipant('nope')).toBeNull();
        await s.close();
      });

      it('refuses a second workshop id, join code or token hash and changes nothing; a participant and their first token are stored together', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w1', 'AAA234'));
        await expect(s.createWorkshop(workshop('w2', 'AAA234'))).rejects.toThrow();
        await expect(s.createWorkshop(workshop('w1', 'BBB234'))).rejects.toThrow();
        expect(await s.getWorkshop('w2')).toBeNull();
        expect(await s.getWorkshopByJoinCode('BBB234')).toBeNull();
        await s.createParticipant(participant('p1', 'w1'), 'hash-1');
        await expect(s.createParticipant(participant('p2', 'w1'), 'hash-1')).rejects.toThrow();
        expect(await s.getParticipant('p2')).toBeNull();
        await s.createParticipant(participant('p3', 'w1'), 'hash-3');
        await expect(s.addToken('p3', 'hash-1')).rejects.toThrow();
        expect((await s.getParticipantByTokenHash('hash-1'))?.id).toBe('p1');
        await s.close();
      });

      it("replacing a participant's tokens leaves only the new one, touches nobody else's, and a clash changes nothing", async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w1', 'AAA234'));
        await s.createParticipant(participant('p1', 'w1'), 'hash-1');
        await s.addToken('p1', 'hash-2');
        await s.createParticipant(participant('p2', 'w1'), 'hash-9');
        await s.replaceTokens('p1', 'hash-3');
        expect(await s.getParticipantByTokenHash('hash-1')).toBeNull();
        expect(await s.getParticipantByTokenHash('hash-2')).toBeNull();
        expect((await s.getParticipantByTokenHash('hash-3'))?.id).toBe('p1');
        expect((await s.getParticipantByTokenHash('hash-9'))?.id).toBe('p2');
        // A new hash that is already someone's: refused, and p1's token still works.
        await expect(s.replaceTokens('p1', 'hash-9')).rejects.toThrow();
        expect((await s.getParticipantByTokenHash('hash-3'))?.id).toBe('p1');
        expect((await s.getParticipantByTokenHash('hash-9'))?.id).toBe('p2');
        await s.close();
      });

      it("keeps a workshop's details; archiving hides it from its join code, restoring shows it again", async () => {
        const s = await newDatabase()();
        const details = { institution: 'Puskesmas Sukamaju', place: 'Aula', startDate: '2026-03-10', endDate: '2026-03-11', timeZone: 'WIT' as const };
        await s.createWorkshop(workshop('w1', 'AAA234', details));
        expect(await s.getWorkshop('w1')).toEqual(workshop('w1', 'AAA234', details));
        await s.setWorkshopArchived('w1', 7);
        expect((await s.getWorkshop('w1'))?.archivedAt).toBe(7);
        expect(await s.getWorkshopByJoinCode('AAA234')).toBeNull();
        expect((await s.listWorkshops()).map((w) => w.archivedAt)).toEqual([7]);
        await s.setWorkshopArchived('w1', null);
        expect((await s.getWorkshopByJoinCode('AAA234'))?.id).toBe('w1');
        await s.close();
      });

      it("replaces only the details given (the naskah's nomor, institution, place), and clears one set to null", async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w1', 'AAA234', { institution: 'Puskesmas Sukamaju', place: 'Aula', startDate: null, endDate: null, timeZone: null }));
        await s.setWorkshopDetails('w1', { nomor: '100.3/123/Dinkes/2026' });
        expect(await s.getWorkshop('w1')).toMatchObject({ nomor: '100.3/123/Dinkes/2026', institution: 'Puskesmas Sukamaju', place: 'Aula' });
        await s.setWorkshopDetails('w1', { place: 'Ruang rapat lantai 2', institution: null });
        expect(await s.getWorkshop('w1')).toMatchObject({ nomor: '100.3/123/Dinkes/2026', institution: null, place: 'Ruang rapat lantai 2' });
        await s.setWorkshopDetails('w1', {});
        expect((await s.getWorkshop('w1'))?.place).toBe('Ruang rapat lantai 2');
        await s.close();
      });

      it('rotates a join code: the old one finds nothing, a code in use is refused', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w1', 'AAA234'));
        await s.createWorkshop(workshop('w2', 'BBB234'));
        await s.setJoinCode('w1', 'CCC234');
        expect(await s.getWorkshopByJoinCode('AAA234')).toBeNull();
        expect((await s.getWorkshopByJoinCode('CCC234'))?.id).toBe('w1');
        await expect(s.setJoinCode('w1', 'BBB234')).rejects.toThrow();
        expect((await s.getWorkshop('w1'))?.joinCode).toBe('CCC234');
        await s.close();
      });

      it('knows owner token hashes it stored, on every handle, and refuses the same hash twice', async () => {
        const open = newDatabase();
        const a = await open();
        await a.addOwnerToken('owner-1', 1);
        await a.addOwnerToken('owner-2', 2);
        await expect(a.addOwnerToken('owner-1', 3)).rejects.toThrow();
        const b = await open();
        expect(await b.isOwnerTokenHash('owner-1')).toBe(true);
        expect(await b.isOwnerTokenHash('owner-2')).toBe(true);
        expect(await b.isOwnerTokenHash('owner-3')).toBe(false);
        await a.close();
        await b.close();
      });

      it('keeps the first revocation time when a participant is revoked again', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w1', 'AAA234'));
        await s.createParticipant(participant('p1', 'w1'), 'hash-1');
        await s.revokeParticipant('p1', 5);
        await s.revokeParticipant('p1', 9);
        expect((await s.getParticipant('p1'))?.revokedAt).toBe(5);
        await s.close();
      });
    });

    describe('charter archive', () => {
      it('stores a frozen charter version with its event, atomically, and never a second time', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w3', 'GHJ234'));
        const e = (seq: number) => event(seq, { type: 'charterFrozen' });
        const v1 = version(1, { json: '{"v":1}', contentState: bytes(1, 2, 3), createdAt: 10 });
        await s.appendEvent('w3', e(1), { charterVersion: v1 });
        expect(await s.getCharterVersion('w3', 1)).toEqual(v1);
        expect(await s.getCharterVersion('w3', 2)).toBeNull();
        // A second version 1 is refused, and its event is not stored either.
        await expect(s.appendEvent('w3', e(2), { charterVersion: { ...v1, json: '{"v":"changed"}' } })).rejects.toBeInstanceOf(
          ImmutableRecordError,
        );
        expect((await s.loadEvents('w3')).map((x) => x.seq)).toEqual([1]);
        expect((await s.getCharterVersion('w3', 1))?.json).toBe('{"v":1}');
        await s.appendEvent('w3', e(2), { charterVersion: { ...v1, version: 2, sha256: 'b'.repeat(64) } });
        expect(await s.listCharterVersions('w3')).toEqual([
          { version: 1, sha256: 'a'.repeat(64), createdAt: 10 },
          { version: 2, sha256: 'b'.repeat(64), createdAt: 10 },
        ]);
        await s.close();
      });

      it('returns json and the content state byte for byte, and nothing of another workshop', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w1', 'AAA234'));
        await s.createWorkshop(workshop('w2', 'BBB234'));
        const every = bytes(...Array.from({ length: 256 }, (_, i) => i), 0, 0);
        const v = version(1, { json: '{"judul":"Kontrak “Pelayanan”","x":"𝔘 \\u0000"}', contentState: every });
        await s.appendEvent('w1', event(1), { charterVersion: v });
        expect(await s.getCharterVersion('w1', 1)).toEqual(v);
        expect(await s.getCharterVersion('w2', 1)).toBeNull();
        expect(await s.listCharterVersions('w2')).toEqual([]);
        await s.close();
      });

      it('stores signatures once per signer and capacity, and returns the seal over the most signatures', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w4', 'KLM234'));
        await s.appendEvent('w4', event(1), { charterVersion: version(1) });
        await s.appendEvent('w4', event(2), { signature: signature('S9', 'pihak_kedua') });
        await s.appendEvent('w4', event(3), { signature: signature('S1', 'pihak_pertama'), seal: { version: 1, signatureCount: 3, json: '{"seal":3}' } });
        await expect(s.appendEvent('w4', event(4), { signature: signature('S9', 'pihak_kedua') })).rejects.toBeInstanceOf(ImmutableRecordError);
        // A seal over fewer signatures recorded later does not hide the one over more.
        await s.appendEvent('w4', event(4), { signature: signature('S7', 'saksi'), seal: { version: 1, signatureCount: 2, json: '{"seal":2}' } });
        expect((await s.listSignatures('w4', 1)).map((x) => x.participantId)).toEqual(['S9', 'S1', 'S7']);
        expect(await s.listSignatures('w4', 1).then((l) => l[0])).toEqual(signature('S9', 'pihak_kedua'));
        expect(await s.latestSeal('w4', 1)).toEqual({ version: 1, signatureCount: 3, json: '{"seal":3}' });
        expect(await s.latestSeal('w4', 2)).toBeNull();
        expect(await s.listSignatures('w4', 2)).toEqual([]);
        await s.close();
      });

      it('stores neither the event nor its signature when the seal that comes with them is refused', async () => {
        const s = await newDatabase()();
        await s.createWorkshop(workshop('w5', 'NPQ234'));
        await s.appendEvent('w5', event(1), { charterVersion: version(1) });
        await s.appendEvent('w5', event(2), { signature: signature('S1', 'saksi'), seal: { version: 1, signatureCount: 1, json: '{}' } });
        const again = { signature: signature('S2', 'saksi'), seal: { version: 1, signatureCount: 1, json: '{"other":1}' } };
        await expect(s.appendEvent('w5', event(3), again)).rejects.toBeInstanceOf(ImmutableRecordError);
        expect((await s.loadEvents('w5')).map((e) => e.seq)).toEqual([1, 2]);
        expect((await s.listSignatures('w5', 1)).map((x) => x.participantId)).toEqual(['S1']);
        expect(await s.latestSeal('w5', 1)).toEqual({ version: 1, signatureCount: 1, json: '{}' });
        await s.close();
      });
    });

    describe('lifecycle', () => {
      it('keeps what every part wrote across a close and a reopen once whenOnDisk resolved', async () => {
        const open = newDatabase();
        const s = await open();
        await s.createWorkshop(workshop('w', 'AAA234'));
        await s.createParticipant(participant('p', 'w'), 'hash');
        await s.appendUpdates('w/content', [bytes(1)]);
        await s.appendEvent('w', event(1), { charterVersion: version(1) });
        await s.whenOnDisk();
        await s.close();
        const again = await open();
        expect((await again.getParticipantByTokenHash('hash'))?.id).toBe('p');
        expect(plain((await again.loadDoc('w/content')).updates)).toEqual([[1]]);
        expect((await again.loadEvents('w')).map((e) => e.seq)).toEqual([1]);
        expect((await again.listCharterVersions('w')).map((v) => v.version)).toEqual([1]);
        await again.close();
      });
    });
  });
}
