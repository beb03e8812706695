import { describe, expect, it } from 'vitest';
import { asParticipantId } from '../schema/ids';
import { FACILITATOR, Room } from '../testing/workshopKit';

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
