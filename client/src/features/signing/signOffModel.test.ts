import { describe, expect, it } from 'vitest';
import { freezeAsServer, recordWetInk, registerKey, signAs, smallReadyToFreeze } from '../../../../shared/testing/charterKit';
import { publicProjection } from '../../../../shared/state/projection';
import { capacityStatuses, groupHash, missingCapacities, mySigning } from './signOffModel';

describe('sign-off model', () => {
  it('follows signatures of the frozen version per capacity', () => {
    const { room, s1, s9, s7 } = smallReadyToFreeze();
    const frozen = freezeAsServer(room);
    const version = { charterVersion: frozen.event.data.freeze.charterVersion, charterSha256: frozen.sha256 };
    const k1 = registerKey(room, s1);
    let state = publicProjection(room.state);
    expect(missingCapacities(capacityStatuses(state, version))).toEqual(['pihak_pertama', 'pihak_kedua', 'saksi']);
    expect(mySigning(state, s1, version)).toMatchObject({ capacities: ['pihak_pertama'], toSign: ['pihak_pertama'], registered: { keyId: k1.keyId } });
    expect(mySigning(state, s9, version).registered).toBeNull();

    expect(signAs(room, k1, 'pihak_pertama').ok).toBe(true);
    state = publicProjection(room.state);
    const statuses = capacityStatuses(state, version);
    expect(statuses.map((s) => s.capacity)).toEqual(['pihak_pertama', 'pihak_kedua', 'saksi']);
    expect(statuses[0]).toMatchObject({ required: true, signed: [{ participantId: s1, name: 'S1', institution: `Lembaga ${s1}` }] });
    expect(statuses[2]?.enrolled).toEqual([{ participantId: s7, name: 'S7' }]);
    expect(missingCapacities(statuses)).toEqual(['pihak_kedua', 'saksi']);
    expect(mySigning(state, s1, version).toSign).toEqual([]);
    // A signature on another hash is not a signature on this version.
    expect(missingCapacities(capacityStatuses(state, { ...version, charterSha256: 'f'.repeat(64) }))).toHaveLength(3);
  });

  it('counts a wet-ink signature a facilitator recorded, and tolerates a decisions document without the list', () => {
    const { room, s7 } = smallReadyToFreeze();
    const frozen = freezeAsServer(room);
    const version = { charterVersion: frozen.event.data.freeze.charterVersion, charterSha256: frozen.sha256 };
    expect(recordWetInk(room, s7, 'saksi', { scanSha256: 'cd'.repeat(32) }).ok).toBe(true);
    const state = publicProjection(room.state);
    const saksi = capacityStatuses(state, version).find((c) => c.capacity === 'saksi');
    expect(saksi?.signed).toMatchObject([{ participantId: s7, method: 'wet_ink', recordedBy: 'Tim Fasilitator', scanSha256: 'cd'.repeat(32) }]);
    expect(missingCapacities(capacityStatuses(state, version))).toEqual(['pihak_pertama', 'pihak_kedua']);
    expect(mySigning(state, s7, version).toSign).toEqual([]);
    const { wetInkSignatures: _old, ...before } = state;
    expect(missingCapacities(capacityStatuses(before as typeof state, version))).toHaveLength(3);
  });

  it('groups a hash in fours', () => {
    expect(groupHash('0123456789abcdef01')).toEqual(['0123', '4567', '89ab', 'cdef', '01']);
    expect(groupHash('a'.repeat(64))).toHaveLength(16);
  });
});

describe('sign-off model on state read from the decisions document (JSON)', () => {
  it('finds no key and no person under a prototype name', () => {
    const { room, s1 } = smallReadyToFreeze();
    const frozen = freezeAsServer(room);
    const version = { charterVersion: frozen.event.data.freeze.charterVersion, charterSha256: frozen.sha256 };
    const state = JSON.parse(JSON.stringify(publicProjection(room.state)));
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(mySigning(state, name as typeof s1, version).registered, name).toBeNull();
    }
  });
});
