import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../../shared/schema/records';
import { publicProjection } from '../../../../shared/state/projection';
import { agreeClause, clauseCommand, FACILITATOR, markNotApplicableByRoom, Room } from '../../../../shared/testing/workshopKit';
import { whyNotAmend, whyNotPropose } from './clauseGuards';

const viewer = (room: Room, id: string) => {
  const p = entryOf(room.state.participants, id)!;
  return { me: { participantId: id, role: p.role, sector: p.sector } };
};

function draftingRoom() {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  room.goTo('drafting');
  return { room, s9 };
}
const clause = (room: Room, id: string) => entryOf(room.state.clauses, id)!;

describe('why a clause cannot be proposed', () => {
  it('is allowed in an open section', () => {
    const { room, s9 } = draftingRoom();
    expect(whyNotPropose(publicProjection(room.state), viewer(room, s9), 'WAKTU')).toBeNull();
  });

  it('refuses a section marked not applicable, for the facilitator too', () => {
    const { room, s9 } = draftingRoom();
    room.goTo('consensus_check');
    markNotApplicableByRoom(room, s9, 'BIAYA', 'Gratis');
    room.goTo('drafting');
    const state = publicProjection(room.state);
    expect(whyNotPropose(state, viewer(room, s9), 'BIAYA')).toBe('refusal.section_not_applicable');
    expect(whyNotPropose(state, viewer(room, FACILITATOR), 'BIAYA')).toBe('refusal.section_not_applicable');
  });

  it('refuses a participant a section the current step does not work on', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.must(FACILITATOR, { type: 'setAgenda', steps: [{ id: 'vm', method: 'vision_mission', title: { id: 'Visi-misi' }, plannedMinutes: 30, sectionCodes: ['VISI_MISI'] }] });
    room.must(FACILITATOR, { type: 'setAgendaStep', stepId: 'vm' });
    expect(whyNotPropose(publicProjection(room.state), viewer(room, s9), 'BIAYA')).toBe('refusal.section_not_in_step');
  });
});

describe('why a clause cannot be amended', () => {
  it('is allowed for a proposed clause', () => {
    const { room, s9 } = draftingRoom();
    room.must(s9, clauseCommand('K1', 'WAKTU'));
    expect(whyNotAmend(publicProjection(room.state), viewer(room, s9), clause(room, 'K1'))).toBeNull();
  });

  it('refuses while a consensus check on the clause is open', () => {
    const { room, s9 } = draftingRoom();
    room.goTo('consensus_check');
    room.must(FACILITATOR, clauseCommand('K1', 'WAKTU'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K1', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    expect(whyNotAmend(publicProjection(room.state), viewer(room, s9), clause(room, 'K1'))).toBe('refusal.consensus_check_open');
  });

  it('refuses an agreed clause', () => {
    const { room, s9 } = draftingRoom();
    room.goTo('consensus_check');
    agreeClause(room, s9, 'WAKTU');
    expect(whyNotAmend(publicProjection(room.state), viewer(room, s9), clause(room, 'c_WAKTU'))).toBe('refusal.clause_not_amendable');
  });
});
