/**
 * Ids from clients are data, never keys into prototypes (design.md §Architecture 9, issue 13).
 * At the edge the id schema refuses prototype names and strict objects refuse unknown fields;
 * behind it, records read by own property stay correct even for a log written before that.
 */
import { describe, expect, it } from 'vitest';
import { dotsOf, projectVoteRound, refuseCastDot, tallyVoteRound } from '../rules/dotVote';
import type { ParticipantId, VoteOptionId } from '../schema/ids';
import { asParticipantId, asWorkshopId } from '../schema/ids';
import { entryOf, hasEntry } from '../schema/records';
import { activeParticipant, initialWorkshopState, sectorOf } from '../state/workshopState';
import { publicProjection } from '../state/projection';
import { FACILITATOR, Room } from '../testing/workshopKit';
import { applyEvent } from './applyEvent';
import { decide } from './decide';
import type { DomainEvent } from './events';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const id = (s: string) => s as ParticipantId;

/** A room in the consensus step with a clause under discussion (K1) and a signatory-ready person. */
function busyRoom() {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  room.goTo('drafting');
  room.must(FACILITATOR, { type: 'proposeClause', clauseId: 'K1', versionId: 'v1', sectionCode: 'WAKTU', text: { id: 'Lima hari kerja.' }, rationale: 'Survei.', obligatedParty: 'provider' });
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
  return { room, s9 };
}

function expectInvalid(room: Room, command: Record<string, unknown>, field: string) {
  const before = room.events.length;
  const decision = room.run(FACILITATOR, command);
  expect(decision, JSON.stringify(command)).toMatchObject({ ok: false, status: 422, code: 'invalid_command' });
  if (!decision.ok) expect(decision.message).toContain(field);
  expect(room.events).toHaveLength(before);
}

describe('prototype names as ids', () => {
  for (const name of HOSTILE) {
    it(`refuses ${name} as a clause, participant, round or option id with 422 and stores nothing`, () => {
      const { room } = busyRoom();
      expectInvalid(room, { type: 'setClauseStatus', clauseId: name, status: 'under_discussion' }, 'clauseId');
      expectInvalid(room, { type: 'setClauseStatus', clauseId: 'K1', status: 'agreed', checkId: name }, 'checkId');
      expectInvalid(room, { type: 'setRole', participantId: name, role: 'observer' }, 'participantId');
      expectInvalid(room, { type: 'enrollSignatory', participantId: name, capacity: 'saksi' }, 'participantId');
      expectInvalid(room, { type: 'revokeParticipant', participantId: name }, 'participantId');
      expectInvalid(room, { type: 'castDot', roundId: 'r1', optionId: name }, 'optionId');
      expectInvalid(room, { type: 'castDot', roundId: name, optionId: 'o1' }, 'roundId');
      expectInvalid(room, { type: 'configureVoteRound', roundId: 'r1', options: [{ id: name, label: { id: 'A' } }, { id: 'o2', label: { id: 'B' } }] }, 'options');
      expect(entryOf(room.state.participants, name)).toBeUndefined();
    });
  }

  it('treats an issuing actor whose id names a prototype property as unknown', () => {
    const state = new Room().state;
    for (const name of HOSTILE) {
      const decision = decide(state, { participantId: id(name), role: 'facilitator', sector: null }, { type: 'setAgendaStep', stepId: null }, '2026-01-15T08:00:00.000Z');
      expect(decision, name).toMatchObject({ ok: false, status: 403, code: 'actor_unknown' });
    }
  });

  it('finds no participant under a prototype name in a fresh state', () => {
    const state = initialWorkshopState(asWorkshopId('demoroom01'));
    for (const name of HOSTILE) {
      expect(activeParticipant(state, id(name)), name).toBeUndefined();
      expect(sectorOf(state)(id(name))).toBeNull();
    }
  });
});

describe('unknown fields', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a command', { type: 'setAgendaStep', stepId: null, isAdmin: true }, 'isAdmin'],
    ['clause text', { type: 'proposeClause', clauseId: 'K2', versionId: 'v2', sectionCode: 'WAKTU', text: { id: 'Teks.', html: '<b>' }, rationale: 'R.', obligatedParty: 'provider' }, 'html'],
    ['a measure', { type: 'proposeClause', clauseId: 'K2', versionId: 'v2', sectionCode: 'WAKTU', text: { id: 'Teks.' }, rationale: 'R.', obligatedParty: 'provider', usersAsk: { value: 3, unit: 'working_days', x: 1 } }, 'x'],
    ['a commitment', { type: 'proposeClause', clauseId: 'K2', versionId: 'v2', sectionCode: 'WAKTU', text: { id: 'Teks.' }, rationale: 'R.', obligatedParty: 'provider', commitment: { phasing: 'now', measure: { value: 3, unit: 'hours' }, bonus: 1 } }, 'bonus'],
    ['an agenda step', { type: 'setAgenda', steps: [{ id: 's1', method: 'drafting', title: { id: 'T' }, plannedMinutes: 10, sectionCodes: [], owner: 'me' }] }, 'owner'],
    ['a stakeholder card', { type: 'addStakeholder', stakeholder: { id: 'sh1', name: 'N', category: 'ngo', sector: 'civil_society', power: 3, interest: 3, salience: { power: true, legitimacy: true, urgency: false, money: true } } }, 'money'],
    ['a user group', { type: 'addUserGroup', userGroup: { id: 'ug1', name: { id: 'Lansia' }, secret: 1 } }, 'secret'],
    ['a vote option', { type: 'configureVoteRound', roundId: 'r9', options: [{ id: 'o1', label: { id: 'A' }, weight: 9 }, { id: 'o2', label: { id: 'B' } }] }, 'weight'],
    ['a decision rule', { type: 'startConsensusCheck', checkId: 'c9', clauseId: 'K1', preset: 'kaner_gradients', rule: { kind: 'consensus', veto: false }, fallback: { kind: 'defer' } }, 'veto'],
    ['a fallback', { type: 'startConsensusCheck', checkId: 'c9', clauseId: 'K1', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'defer', until: 'never' } }, 'until'],
    ['a minority report', { type: 'recordConsensusOutcome', checkId: 'c1', minorityReport: { text: { id: 'T' }, authorIds: ['S9'], signed: true } }, 'signed'],
    ['an empty command', { type: 'freezeCharter', force: true }, 'force'],
  ];
  for (const [what, command, field] of cases) {
    it(`refuses an unknown field in ${what} with 422 naming it`, () => {
      const { room } = busyRoom();
      if (command.type === 'addStakeholder' || command.type === 'addUserGroup') room.goTo(command.type === 'addStakeholder' ? 'stakeholder_mapping' : 'user_groups');
      expectInvalid(room, command, field);
    });
  }

  it('accepts the same commands without the unknown field', () => {
    const { room } = busyRoom();
    expect(room.run(FACILITATOR, { type: 'setAgendaStep', stepId: null })).toMatchObject({ ok: true });
  });
});

describe('a log written before ids were checked', () => {
  /** The event as it comes back from storage: a JSON round trip, so records are plain objects. */
  const stored = (event: DomainEvent): DomainEvent => JSON.parse(JSON.stringify(event));

  it('counts dots on an option named __proto__ and enforces its cap (budget 2, cap 1)', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.goTo('dot_vote');
    const configured = room.must(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options: [{ id: 'o1', label: { id: 'A' } }, { id: 'o2', label: { id: 'B' } }], budgetPerPerson: 2, capPerOption: 1 });
    const legacy = stored(configured) as Extract<DomainEvent, { type: 'voteRoundConfigured' }>;
    legacy.data.round.options = legacy.data.round.options.map((o, i) => ({ ...o, id: (i === 0 ? '__proto__' : 'constructor') as VoteOptionId }));
    let state = applyEvent(room.state, legacy);
    state = applyEvent(state, stored(room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' })));
    const cast = (optionId: string): DomainEvent => stored({ type: 'dotCast', data: { roundId: 'r1', optionId, participantId: s9 }, actor: room.actor(s9), ts: room.now() } as DomainEvent);
    state = applyEvent(state, cast('__proto__'));

    const round = entryOf(state.voteRounds, 'r1')!;
    const proto = '__proto__' as VoteOptionId;
    expect(hasEntry(dotsOf(round, s9), '__proto__')).toBe(true);
    expect(entryOf(dotsOf(round, s9), '__proto__')).toBe(1);
    expect(refuseCastDot(round, s9, proto)).toMatchObject({ code: 'dot_cap_reached' });
    expect(refuseCastDot(round, s9, 'constructor' as VoteOptionId)).toBeNull();
    const tally = tallyVoteRound(round, sectorOf(state));
    expect(entryOf(tally.total, '__proto__')).toBe(1);
    expect(entryOf(tally.total, 'constructor')).toBe(0);
    expect(tally.ranking[0]).toBe('__proto__');
    expect(entryOf(projectVoteRound(round, sectorOf(state), s9).myDots, '__proto__')).toBe(1);
    expect(JSON.parse(JSON.stringify(publicProjection(state))).voteRounds.r1.voters).toBe(1);
  });

  it('ignores role changes and revocations of participants named after prototype properties', () => {
    const room = new Room();
    room.join('S9', 'civil_society');
    let state = room.state;
    const keys = Object.keys(state.participants);
    for (const name of HOSTILE) {
      const actor = room.actor(FACILITATOR);
      state = applyEvent(state, stored({ type: 'roleSet', data: { participantId: id(name), role: 'facilitator', previousRole: 'participant' }, actor, ts: room.now() } as DomainEvent));
      state = applyEvent(state, stored({ type: 'participantRevoked', data: { participantId: id(name) }, actor, ts: room.now() } as DomainEvent));
    }
    expect(Object.keys(state.participants)).toEqual(keys);
    expect(Object.getPrototypeOf(state.participants)).toBeNull();
    expect(entryOf(state.participants, asParticipantId('S9'))?.revoked).toBe(false);
  });
});
