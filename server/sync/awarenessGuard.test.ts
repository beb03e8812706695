import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { guardAwareness, MAX_AWARENESS_STATES_PER_MESSAGE, MAX_NEW_AWARENESS_IDS_PER_MESSAGE } from './awarenessGuard';
import type { Connection } from './Connection';

function conn(name: string): Connection {
  return { closed: false, identity: { name, participantId: `p_${name}`, role: 'participant', sector: 'civil_society' } } as unknown as Connection;
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

describe('guardAwareness', () => {
  it("takes a stock provider's echo of a whole room of 100 after a reconnect: the others' states are dropped, its own kept", () => {
    const owners = new Map<number, Connection>();
    const room = Array.from({ length: 100 }, (_, i) => conn(`c${i}`));
    for (const [i, c] of room.entries()) owners.set(1000 + i, c);
    const me = conn('me');
    const echo = awarenessUpdate([...room.map((_, i): [number, number, unknown] => [1000 + i, 3, { cursor: null }]), [7, 1, { cursor: { anchor: 1 } }]]);
    const out = guardAwareness(echo, me, owners, 4096);
    expect(out).not.toBeNull();
    expect(owners.get(7)).toBe(me);
    expect(owners.get(1000)).toBe(room[0]);
  });

  it("drops an echo of the whole room's departure instead of adopting the ids", () => {
    const owners = new Map<number, Connection>();
    const me = conn('me');
    const departures = awarenessUpdate(Array.from({ length: 100 }, (_, i): [number, number, unknown] => [2000 + i, 5, null]));
    expect(guardAwareness(departures, me, owners, 4096)).toBeNull();
    expect(owners.size).toBe(0);
  });

  it('refuses a message that would give one socket more than a handful of new presences', () => {
    const make = (n: number) => awarenessUpdate(Array.from({ length: n }, (_, i): [number, number, unknown] => [3000 + i, 1, {}]));
    expect(guardAwareness(make(MAX_NEW_AWARENESS_IDS_PER_MESSAGE), conn('a'), new Map(), 4096)).not.toBeNull();
    expect(() => guardAwareness(make(MAX_NEW_AWARENESS_IDS_PER_MESSAGE + 1), conn('b'), new Map(), 4096)).toThrow(/too many awareness states/);
  });

  it('still refuses a message with more states than any room holds', () => {
    const many = awarenessUpdate(Array.from({ length: MAX_AWARENESS_STATES_PER_MESSAGE + 1 }, (_, i): [number, number, unknown] => [i + 1, 1, null]));
    expect(() => guardAwareness(many, conn('x'), new Map(), 4096)).toThrow(/too many awareness states/);
  });
});
