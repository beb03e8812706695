import { describe, expect, it } from 'vitest';
import { asParticipantId } from '../schema/ids';
import { clauseCommand, FACILITATOR, Room } from '../testing/workshopKit';
import { decide } from './decide';

describe('decide: shared guards', () => {
  it('refuses a malformed command with 422 and a readable message', () => {
    const room = new Room();
    const refusal = room.run(FACILITATOR, { type: 'castDot', roundId: 'r1' });
    expect(refusal).toMatchObject({ ok: false, status: 422, code: 'invalid_command' });
    expect(!refusal.ok && refusal.message).toContain('optionId');
    expect(room.run(FACILITATOR, { type: 'launchRocket' })).toMatchObject({ status: 422, code: 'invalid_command' });
  });

  it('refuses an actor who is not part of the workshop, or was revoked', () => {
    const room = new Room();
    expect(room.run(asParticipantId('stranger'), { type: 'setAgendaStep', stepId: null })).toMatchObject({ status: 403, code: 'actor_unknown' });
    const s9 = room.join('S9', 'civil_society');
    room.must(FACILITATOR, { type: 'revokeParticipant', participantId: s9 });
    room.goTo('drafting');
    expect(room.run(s9, clauseCommand('K1', 'VISI_MISI'))).toMatchObject({ status: 403, code: 'participant_revoked' });
  });

  it('judges by the role recorded in the state, not the role claimed by the token', () => {
    const room = new Room();
    const obs = room.join('obs', 'civil_society', 'observer');
    room.goTo('drafting');
    const claimed = { participantId: obs, role: 'facilitator' as const, sector: 'civil_society' as const };
    expect(decide(room.state, claimed, { type: 'setAgendaStep', stepId: null }, room.now())).toMatchObject({ status: 403, code: 'role_forbidden' });
  });

  it('refuses participant input outside its agenda step with 409 step_forbidden', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.goTo('stakeholder_mapping');
    expect(room.run(s9, clauseCommand('K1', 'VISI_MISI'))).toMatchObject({ status: 409, code: 'step_forbidden', params: { step: 'stakeholder_mapping' } });
  });

  it('refuses a second join with the same participant id', () => {
    const room = new Room();
    room.join('S9', 'civil_society');
    const again = decide(room.state, { participantId: asParticipantId('S9'), role: 'participant', sector: 'civil_society' }, { type: 'joinWorkshop', displayName: 'x', sector: 'civil_society' }, room.now());
    expect(again).toMatchObject({ status: 409, code: 'participant_exists' });
  });

  it('admits the identities the server issues, including a facilitator or board without a sector', () => {
    const room = new Room();
    const board = decide(room.state, { participantId: asParticipantId('board'), role: 'observer', sector: null }, { type: 'joinWorkshop', displayName: 'Layar proyektor', sector: null }, room.now());
    expect(board.ok && board.event.data).toEqual({
      participant: { id: 'board', displayName: 'Layar proyektor', role: 'observer', sector: null, revoked: false, joinedAt: expect.any(String) },
    });
  });

  it('refuses dots and consensus answers from a participant without a sector', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    const nobody = room.join('nosector', null);
    room.goTo('dot_vote');
    room.must(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options: ['a', 'b'].map((id) => ({ id, label: { id } })) });
    room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
    expect(room.run(nobody, { type: 'castDot', roundId: 'r1', optionId: 'a' })).toMatchObject({ status: 409, code: 'sector_required' });
    room.must(s9, { type: 'castDot', roundId: 'r1', optionId: 'a' });
  });
});

describe('decide: input entered by the facilitator on behalf of someone', () => {
  it('records the represented participant as author, in their sector, and the facilitator as who typed it', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.goTo('drafting');
    const event = room.must(FACILITATOR, clauseCommand('K1', 'VISI_MISI'), s9);
    expect(event.actor).toEqual({ participantId: FACILITATOR, role: 'facilitator', sector: 'civil_society', onBehalfOf: s9 });
    const version = room.state.clauses.K1?.versions.K1v1;
    expect(version).toMatchObject({ proposedBy: s9, proposerSector: 'civil_society', enteredBy: FACILITATOR });
  });

  it('is only for facilitators, only for input commands, and only for active participants who may give that input', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    const s5 = room.join('S5', 'private');
    const obs = room.join('obs', 'civil_society', 'observer');
    room.goTo('drafting');
    expect(room.run(s5, clauseCommand('K1', 'VISI_MISI'), s9)).toMatchObject({ status: 403, code: 'role_forbidden' });
    expect(room.run(FACILITATOR, { type: 'setAgendaStep', stepId: null }, s9)).toMatchObject({ status: 422, code: 'on_behalf_not_allowed' });
    expect(room.run(FACILITATOR, clauseCommand('K1', 'VISI_MISI'), asParticipantId('ghost'))).toMatchObject({ status: 404 });
    expect(room.run(FACILITATOR, clauseCommand('K1', 'VISI_MISI'), obs)).toMatchObject({ status: 403, code: 'role_forbidden' });
  });
});
