import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { guardAwareness, MAX_AWARENESS_STATES_PER_MESSAGE, MAX_NEW_AWARENESS_IDS_PER_MESSAGE, PresenceOwners } from './awarenessGuard';
import type { Connection } from './Connection';

function conn(name: string, participantId = `p_${name}`): Connection {
  return { closed: false, awarenessClients: new Set<number>(), identity: { name, participantId, role: 'participant', sector: 'civil_society' } } as unknown as Connection;
}

function awarenessUpdate(entries: [number, number, unknown][]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(e, id);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  }
  return encoding.toUint8Array(e);
}

/** The ids and names an update carries. */
function read(update: Uint8Array | null): [number, string | null][] {
  if (!update) return [];
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  return Array.from({ length: n }, () => {
    const id = decoding.readVarUint(d);
    decoding.readVarUint(d);
    const state = JSON.parse(decoding.readVarString(d)) as { user?: { name: string } } | null;
    return [id, state?.user?.name ?? null];
  });
}

const noClock = () => 0;

describe('guardAwareness', () => {
  it("takes a stock provider's echo of a whole room of 100 after a reconnect: the others' states are dropped, its own kept", () => {
    const owners = new PresenceOwners();
    const room = Array.from({ length: 100 }, (_, i) => conn(`c${i}`));
    for (const [i, c] of room.entries()) owners.claim(1000 + i, c);
    const me = conn('me');
    const echo = awarenessUpdate([...room.map((_, i): [number, number, unknown] => [1000 + i, 3, { cursor: null }]), [7, 1, { cursor: { anchor: 1 } }]]);
    const out = guardAwareness(echo, me, owners, 4096, () => 3);
    expect(read(out)).toEqual([[7, 'me']]);
    expect(owners.get(7)?.conn).toBe(me);
    expect(owners.get(1000)?.conn).toBe(room[0]);
    expect([...me.awarenessClients]).toEqual([7]);
  });

  it("drops an echo of the whole room's departure instead of adopting the ids", () => {
    const owners = new PresenceOwners();
    const me = conn('me');
    const departures = awarenessUpdate(Array.from({ length: 100 }, (_, i): [number, number, unknown] => [2000 + i, 5, null]));
    expect(guardAwareness(departures, me, owners, 4096, noClock)).toBeNull();
    expect(owners.size).toBe(0);
  });

  it("never gives a departed person's id to someone else: a late echo after their socket closed is dropped", () => {
    const owners = new PresenceOwners();
    const ani = conn('Ani');
    const budi = conn('Budi');
    expect(read(guardAwareness(awarenessUpdate([[11, 4, { cursor: 1 }]]), ani, owners, 4096, noClock))).toEqual([[11, 'Ani']]);
    ani.closed = true;
    owners.release(ani);
    // Budi's provider echoes Ani's last state, which crossed her socket's close on the way.
    expect(guardAwareness(awarenessUpdate([[11, 4, { cursor: 1 }]]), budi, owners, 4096, () => 4)).toBeNull();
    expect(guardAwareness(awarenessUpdate([[11, 5, { cursor: 2 }]]), budi, owners, 4096, () => 4)).toBeNull();
    expect(owners.get(11)).toEqual({ conn: null, participantId: 'p_Ani' });
    expect(budi.awarenessClients.size).toBe(0);
  });

  it('lets the same person take their id over on a new socket: at once when the old one closed, with a newer state while it is still open', () => {
    const owners = new PresenceOwners();
    const phone = conn('Ani');
    guardAwareness(awarenessUpdate([[11, 4, { cursor: 1 }]]), phone, owners, 4096, noClock);
    // The Wi-Fi dropped: the old socket is still open on the server (half-open) when the phone reconnects.
    const again = conn('Ani');
    expect(guardAwareness(awarenessUpdate([[11, 4, { cursor: 1 }]]), again, owners, 4096, () => 4)).toBeNull();
    expect(owners.get(11)?.conn).toBe(phone);
    expect(read(guardAwareness(awarenessUpdate([[11, 5, { cursor: 9 }]]), again, owners, 4096, () => 4))).toEqual([[11, 'Ani']]);
    expect(owners.get(11)?.conn).toBe(again);
    // The old socket's close then leaves her presence alone.
    expect(phone.awarenessClients.has(11)).toBe(false);
    expect(again.awarenessClients.has(11)).toBe(true);

    // After a close, the returning socket's first (same-clock) state takes the id over.
    again.closed = true;
    owners.release(again);
    const third = conn('Ani');
    expect(read(guardAwareness(awarenessUpdate([[11, 5, { cursor: 9 }]]), third, owners, 4096, () => 5))).toEqual([[11, 'Ani']]);
    expect(owners.get(11)?.conn).toBe(third);
  });

  it("keeps an id from another node as that person's", () => {
    const owners = new PresenceOwners();
    owners.noteRemote(21, 'p_Citra');
    expect(guardAwareness(awarenessUpdate([[21, 2, { cursor: 1 }]]), conn('Budi'), owners, 4096, () => 2)).toBeNull();
    expect(read(guardAwareness(awarenessUpdate([[21, 3, { cursor: 1 }]]), conn('Citra'), owners, 4096, () => 2))).toEqual([[21, 'Citra']]);
  });

  it('forgets the oldest departed ids beyond its limit', () => {
    const owners = new PresenceOwners(3);
    for (let id = 1; id <= 5; id++) owners.claim(id, conn(`c${id}`));
    expect(owners.size).toBe(3);
    expect(owners.get(1)).toBeUndefined();
    expect(owners.get(5)?.participantId).toBe('p_c5');
  });

  it('refuses a message that would give one socket more than a handful of new presences', () => {
    const make = (n: number) => awarenessUpdate(Array.from({ length: n }, (_, i): [number, number, unknown] => [3000 + i, 1, {}]));
    expect(guardAwareness(make(MAX_NEW_AWARENESS_IDS_PER_MESSAGE), conn('a'), new PresenceOwners(), 4096, noClock)).not.toBeNull();
    expect(() => guardAwareness(make(MAX_NEW_AWARENESS_IDS_PER_MESSAGE + 1), conn('b'), new PresenceOwners(), 4096, noClock)).toThrow(/too many awareness states/);
  });

  it('still refuses a message with more states than any room holds', () => {
    const many = awarenessUpdate(Array.from({ length: MAX_AWARENESS_STATES_PER_MESSAGE + 1 }, (_, i): [number, number, unknown] => [i + 1, 1, null]));
    expect(() => guardAwareness(many, conn('x'), new PresenceOwners(), 4096, noClock)).toThrow(/too many awareness states/);
  });
});
