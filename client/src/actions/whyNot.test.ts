import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../shared/schema/records';
import { publicProjection } from '../../../shared/state/projection';
import { clauseCommand, FACILITATOR, Room } from '../../../shared/testing/workshopKit';
import { whyNot } from './whyNot';

const viewer = (room: Room, id: string, actFor?: string) => {
  const p = entryOf(room.state.participants, id)!;
  return { me: { participantId: id, role: p.role, sector: p.sector }, ...(actFor ? { actFor: { id: actFor } } : {}) };
};

describe('whyNot: the refusal the server would give, from the decisions projection', () => {
  it('is null for a command the server accepts', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.goTo('drafting');
    expect(whyNot(publicProjection(room.state), viewer(room, s9), clauseCommand('K1', 'WAKTU') as never)).toBeNull();
  });

  it('gives the refusal code as an i18n key, the permission guards included', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.goTo('stakeholder_mapping');
    const state = publicProjection(room.state);
    expect(whyNot(state, viewer(room, s9), clauseCommand('K1', 'WAKTU') as never)).toBe('refusal.step_forbidden');
    expect(whyNot(state, viewer(room, s9), { type: 'freezeCharter' })).toBe('refusal.role_forbidden');
  });

  it('judges input a facilitator enters for someone as that person\'s', () => {
    const room = new Room();
    const none = room.join('Tamu', null);
    room.goTo('consensus_check');
    room.must(FACILITATOR, clauseCommand('K1', 'WAKTU'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K1', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    const answer = { type: 'answerConsensus', checkId: 'c1', level: null, standAside: true } as never;
    expect(whyNot(publicProjection(room.state), viewer(room, FACILITATOR, none), answer)).toBe('refusal.sector_required');
  });

  it('says nothing while the decisions state has not arrived', () => {
    expect(whyNot(null, { me: { participantId: 'x', role: 'participant', sector: null } }, { type: 'freezeCharter' })).toBeNull();
  });
});
