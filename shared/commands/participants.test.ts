import { describe, expect, it } from 'vitest';
import { asParticipantId } from '../schema/ids';
import { FACILITATOR, Room } from '../testing/workshopKit';
import { publicProjection } from '../state/projection';

describe('roles and revocation', () => {
  it('lets the facilitator change a role, and refuses the same change twice', () => {
    const room = new Room();
    const s2 = room.join('S2', 'government');
    room.must(FACILITATOR, { type: 'setRole', participantId: s2, role: 'co_facilitator' });
    expect(room.state.participants.S2?.role).toBe('co_facilitator');
    expect(room.run(FACILITATOR, { type: 'setRole', participantId: s2, role: 'co_facilitator' })).toMatchObject({ status: 409, code: 'role_unchanged' });
  });

  it('never leaves the workshop without a lead facilitator', () => {
    const room = new Room();
    expect(room.run(FACILITATOR, { type: 'setRole', participantId: FACILITATOR, role: 'participant' })).toMatchObject({ code: 'last_facilitator' });
    expect(room.run(FACILITATOR, { type: 'revokeParticipant', participantId: FACILITATOR })).toMatchObject({ code: 'last_facilitator' });
    const other = room.join('f2', 'civil_society', 'facilitator');
    room.must(other, { type: 'setRole', participantId: FACILITATOR, role: 'participant' });
    expect(room.state.participants.fac?.role).toBe('participant');
  });

  it('does not let a co-facilitator change roles', () => {
    const room = new Room();
    const co = room.join('co', 'civil_society', 'co_facilitator');
    const s9 = room.join('S9', 'civil_society');
    expect(room.run(co, { type: 'setRole', participantId: s9, role: 'observer' })).toMatchObject({ status: 403, code: 'role_forbidden' });
  });

  it('revokes once, and refuses unknown participants with 404', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.must(FACILITATOR, { type: 'revokeParticipant', participantId: s9, reason: 'kode bocor' });
    expect(room.state.participants.S9?.revoked).toBe(true);
    expect(room.run(FACILITATOR, { type: 'revokeParticipant', participantId: s9 })).toMatchObject({ status: 409, code: 'already_revoked' });
    expect(room.run(FACILITATOR, { type: 'revokeParticipant', participantId: asParticipantId('nobody') })).toMatchObject({ status: 404 });
  });
});

describe('agenda', () => {
  it('moves between existing steps only, and refuses moving to the current step again', () => {
    const room = new Room();
    room.goTo('promotion');
    expect(room.run(FACILITATOR, { type: 'setAgendaStep', stepId: 'nope' })).toMatchObject({ status: 404, code: 'step_not_found' });
    expect(room.run(FACILITATOR, { type: 'setAgendaStep', stepId: 'promotion' })).toMatchObject({ status: 409, code: 'step_already_current' });
  });

  it('refuses an agenda that drops the running step', () => {
    const room = new Room();
    room.goTo('promotion');
    const steps = [{ id: 'x', method: 'drafting', title: { id: 'Penyusunan' }, plannedMinutes: 60 }];
    expect(room.run(FACILITATOR, { type: 'setAgenda', steps })).toMatchObject({ status: 409, code: 'current_step_removed' });
  });
});

describe('stakeholder registry', () => {
  const card = (id: string, userGroupIds: string[] = []) => ({
    id,
    name: 'Ibu Nur Aini',
    category: 'service_user',
    sector: 'civil_society',
    power: 1,
    interest: 5,
    salience: { power: false, legitimacy: true, urgency: true },
    userGroupIds,
  });

  it('adds cards during stakeholder mapping, linked to known user groups only', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.goTo('stakeholder_mapping');
    room.must(s9, { type: 'addUserGroup', userGroup: { id: 'UG4', name: { id: 'Pemohon penyandang disabilitas/lansia' } } });
    room.must(s9, { type: 'addStakeholder', stakeholder: card('S9', ['UG4']) });
    expect(room.state.stakeholders.S9?.userGroupIds).toEqual(['UG4']);
    expect(room.run(s9, { type: 'addStakeholder', stakeholder: card('S9') })).toMatchObject({ status: 409, code: 'stakeholder_exists' });
    expect(room.run(s9, { type: 'addStakeholder', stakeholder: card('S8', ['UG9']) })).toMatchObject({ status: 404, code: 'user_group_not_found' });
    expect(room.run(s9, { type: 'addUserGroup', userGroup: { id: 'UG4', name: { id: 'x' } } })).toMatchObject({ status: 409 });
  });
});

describe('a revoked person on the same device', () => {
  const device = 'd'.repeat(64);
  const other = 'e'.repeat(64);
  const join = (room: Room, id: string, deviceHash: string) => room.joinOnDevice(id, 'civil_society', deviceHash);

  it('cannot join again until a facilitator allows it, then joins as a new person', () => {
    const room = new Room();
    join(room, 'budi', device);
    expect(room.state.participants.budi?.deviceHash).toBe(device);
    room.must(FACILITATOR, { type: 'revokeParticipant', participantId: 'budi' });
    expect(join(room, 'budi2', device)).toMatchObject({ ok: false, status: 403, code: 'device_revoked' });
    // Another device (or a browser that sends none) is not recognised: see docs/THREAT_MODEL.md.
    expect(join(room, 'budi2', other).ok).toBe(true);
    room.must(FACILITATOR, { type: 'allowRejoin', participantId: 'budi' });
    expect(room.run(FACILITATOR, { type: 'allowRejoin', participantId: 'budi' })).toMatchObject({ status: 409, code: 'rejoin_already_allowed' });
    expect(room.state.participants.budi).toMatchObject({ revoked: true, rejoinAllowed: true });
    expect(join(room, 'budi3', device).ok).toBe(true);
  });

  it('allows rejoining only for a revoked participant, and only the lead facilitator may', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    const co = room.join('co', 'government', 'co_facilitator');
    expect(room.run(FACILITATOR, { type: 'allowRejoin', participantId: s9 })).toMatchObject({ status: 409, code: 'participant_not_revoked' });
    room.must(FACILITATOR, { type: 'revokeParticipant', participantId: s9 });
    expect(room.run(co, { type: 'allowRejoin', participantId: s9 })).toMatchObject({ status: 403, code: 'role_forbidden' });
    expect(room.run(FACILITATOR, { type: 'allowRejoin', participantId: 'ghost' })).toMatchObject({ status: 404 });
  });

  it('keeps device hashes out of the shared decisions document', () => {
    const room = new Room();
    join(room, 'budi', device);
    expect(JSON.stringify(publicProjection(room.state))).not.toContain(device);
  });
});

