import { describe, expect, it } from 'vitest';
import { elapsedMs } from '../rules/stepClock';
import { asParticipantId } from '../schema/ids';
import { freezeAsServer } from '../testing/charterKit';
import { clauseCommand, FACILITATOR, readyToFreeze, Room } from '../testing/workshopKit';
import * as Y from 'yjs';
import { readDecisions, writeDecisions } from '../state/decisionsDoc';
import { publicProjection } from '../state/projection';

const at = (iso: string) => Date.parse(iso);

describe('the step clock', () => {
  it('starts when the step becomes current, at the server time of that event', () => {
    const room = new Room();
    room.goTo('drafting');
    const moved = room.events.at(-1)!;
    expect(room.state.stepClock).toEqual({ stepId: 'drafting', runningSince: at(moved.ts), elapsedBeforeMs: 0, extraMinutes: 0 });
  });

  it('pauses, resumes and keeps the time already run', () => {
    const room = new Room(); // the kit's clock advances one minute per command
    room.goTo('drafting');
    const paused = room.must(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'pause' });
    expect(room.state.stepClock).toMatchObject({ runningSince: null, elapsedBeforeMs: 60_000 });
    expect(room.run(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'pause' })).toMatchObject({ status: 409, code: 'clock_already_paused' });
    // Paused: no time passes, however late we look.
    expect(elapsedMs(room.state.stepClock!, at(paused.ts) + 3_600_000)).toBe(60_000);
    const resumed = room.must(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'resume' });
    expect(room.run(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'resume' })).toMatchObject({ code: 'clock_already_running' });
    expect(elapsedMs(room.state.stepClock!, at(resumed.ts) + 30_000)).toBe(90_000);
  });

  it('restarts from zero and lengthens or shortens the step, never below one minute', () => {
    const room = new Room();
    room.goTo('drafting'); // 30 planned minutes in the kit's agenda
    room.must(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'extend', minutes: 10 });
    room.must(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'extend', minutes: -5 });
    expect(room.state.stepClock?.extraMinutes).toBe(5);
    expect(room.run(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'extend', minutes: -35 })).toMatchObject({ status: 422, code: 'clock_too_short' });
    expect(room.run(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'extend' })).toMatchObject({ status: 422, code: 'clock_minutes_required' });
    expect(room.run(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'pause', minutes: 3 })).toMatchObject({ code: 'clock_minutes_not_allowed' });
    const restarted = room.must(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'restart' });
    expect(room.state.stepClock).toEqual({ stepId: 'drafting', runningSince: at(restarted.ts), elapsedBeforeMs: 0, extraMinutes: 5 });
  });

  it('refuses a click meant for a step that is no longer current', () => {
    const room = new Room();
    room.goTo('drafting');
    room.goTo('dot_vote');
    expect(room.run(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'pause' })).toMatchObject({
      status: 409,
      code: 'step_not_current',
      params: { currentStepId: 'dot_vote' },
    });
  });

  it('is a new clock on every step change, and none without a step', () => {
    const room = new Room();
    room.goTo('drafting');
    room.must(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'extend', minutes: 10 });
    room.goTo('dot_vote');
    expect(room.state.stepClock).toMatchObject({ stepId: 'dot_vote', extraMinutes: 0, elapsedBeforeMs: 0 });
    room.must(FACILITATOR, { type: 'setAgendaStep', stepId: null });
    expect(room.state.stepClock).toBeNull();
  });

  it('is steered by facilitators and co-facilitators only', () => {
    const room = new Room();
    const co = room.join('CO', null, 'co_facilitator');
    const s9 = room.join('S9', 'civil_society');
    room.goTo('drafting');
    room.must(co, { type: 'setStepClock', stepId: 'drafting', action: 'pause' });
    expect(room.run(s9, { type: 'setStepClock', stepId: 'drafting', action: 'resume' })).toMatchObject({ status: 403, code: 'role_forbidden' });
    expect(room.run(s9, { type: 'setBoardFocus', focus: null })).toMatchObject({ status: 403, code: 'role_forbidden' });
  });
});

describe('the board focus', () => {
  it('spotlights an existing clause and returns to the step when the agenda moves', () => {
    const room = new Room();
    room.goTo('drafting');
    room.must(FACILITATOR, clauseCommand('K1', 'PERSYARATAN'));
    room.must(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'clause', id: 'K1' } });
    expect(room.state.boardFocus).toEqual({ kind: 'clause', id: 'K1' });
    room.goTo('dot_vote');
    expect(room.state.boardFocus).toBeNull();
  });

  it('refuses clauses and steps that do not exist, and ids that are not ids', () => {
    const room = new Room();
    room.goTo('drafting');
    expect(room.run(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'clause', id: 'K404' } })).toMatchObject({ status: 404, code: 'clause_not_found' });
    expect(room.run(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'step', id: 'nope' } })).toMatchObject({ status: 404, code: 'step_not_found' });
    expect(room.run(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'clause', id: 'a b' } })).toMatchObject({ status: 422, code: 'invalid_command' });
    expect(room.run(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'panel', id: 'x' } })).toMatchObject({ status: 422 });
    expect(room.run(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'clause', id: 'K1', extra: 1 } })).toMatchObject({ status: 422 });
  });
});

describe('the board options', () => {
  it('shows consensus answers per sector once the facilitator turns it on, and refuses a repeat or a participant', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    expect(room.state.boardOptions).toEqual({ consensusBySector: false });
    expect(room.run(s9, { type: 'setBoardOptions', options: { consensusBySector: true } })).toMatchObject({ status: 403, code: 'role_forbidden' });
    room.must(FACILITATOR, { type: 'setBoardOptions', options: { consensusBySector: true } });
    expect(room.state.boardOptions).toEqual({ consensusBySector: true });
    expect(room.run(FACILITATOR, { type: 'setBoardOptions', options: { consensusBySector: true } })).toMatchObject({ status: 409, code: 'board_options_unchanged' });
    expect(room.run(FACILITATOR, { type: 'setBoardOptions', options: { consensusBySector: false, names: true } })).toMatchObject({ status: 422 });
  });
});

describe('after the freeze', () => {
  it('still moves the agenda, keeps time and points the board, all as decisions every screen reads', () => {
    const { room } = readyToFreeze();
    freezeAsServer(room);
    expect(room.state.freeze).not.toBeNull();
    room.must(FACILITATOR, { type: 'setAgendaStep', stepId: 'rights_obligations' });
    room.must(FACILITATOR, { type: 'setStepClock', stepId: 'rights_obligations', action: 'pause' });
    room.must(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'clause', id: 'c_PERSYARATAN' } });
    room.must(FACILITATOR, { type: 'setBoardOptions', options: { consensusBySector: true } });
    const doc = new Y.Doc();
    writeDecisions(doc, publicProjection(room.state), { seq: room.events.length, head: null }, 'server');
    const seen = readDecisions(doc)!;
    expect(seen.stepClock).toMatchObject({ stepId: 'rights_obligations', runningSince: null });
    expect(seen.boardFocus).toEqual({ kind: 'clause', id: 'c_PERSYARATAN' });
    expect(seen.boardOptions).toEqual({ consensusBySector: true });
    expect(room.run(asParticipantId('S9'), { type: 'setStepClock', stepId: 'rights_obligations', action: 'resume' })).toMatchObject({ status: 403 });
  });
});
