import { describe, expect, it } from 'vitest';
import { chooseTab, followRoom, goBack, type RoomSignal } from './followRoom';

const drafting: RoomSignal = { stepId: 'st-draft', stepTab: 'clauses', openRoundId: null, openCheckId: null };

describe('participants follow the room', () => {
  it('goes to the new step and keeps the panel the person was on for the way back', () => {
    const onMapping = chooseTab('mapping');
    const next = followRoom(onMapping, drafting, { ...drafting, stepId: 'st-vote', stepTab: 'vote' });
    expect(next).toEqual({ tab: 'vote', back: 'mapping' });
    expect(goBack(next)).toEqual({ tab: 'mapping', back: null });
  });

  it('goes to the consensus panel when a check opens, even within the same step', () => {
    const next = followRoom(chooseTab('clauses'), drafting, { ...drafting, openCheckId: 'chk1' });
    expect(next).toEqual({ tab: 'consensus', back: 'clauses' });
  });

  it('goes to the vote when a round opens', () => {
    expect(followRoom(chooseTab('flow'), drafting, { ...drafting, openRoundId: 'r1' })).toEqual({ tab: 'vote', back: 'flow' });
  });

  it('offers no way back when the person was already where the room went', () => {
    expect(followRoom(chooseTab('consensus'), drafting, { ...drafting, openCheckId: 'chk1' })).toEqual({ tab: 'consensus', back: null });
  });

  it('leaves the person alone when nothing began: a check closing, or the same signal again', () => {
    const open = { ...drafting, openCheckId: 'chk1' };
    const mine = chooseTab('mapping');
    expect(followRoom(mine, open, { ...drafting, openCheckId: null })).toBe(mine);
    expect(followRoom(mine, drafting, { ...drafting })).toBe(mine);
  });

  it('opens a fresh page on what the room is doing, without a notice, once the state arrives', () => {
    const loading: RoomSignal = { stepId: undefined, stepTab: 'clauses', openRoundId: null, openCheckId: null, loaded: false };
    const arrived = { ...drafting, stepId: 'st-check', stepTab: 'consensus' as const, openCheckId: 'chk1', loaded: true };
    expect(followRoom(chooseTab('clauses'), loading, arrived)).toEqual({ tab: 'consensus', back: null });
    // Later moves still keep the way back.
    expect(followRoom(chooseTab('clauses'), { ...drafting, loaded: true }, arrived)).toEqual({ tab: 'consensus', back: 'clauses' });
  });

  it('a choice of their own clears the way back', () => {
    expect(chooseTab('clauses')).toEqual({ tab: 'clauses', back: null });
    expect(goBack(chooseTab('clauses'))).toEqual({ tab: 'clauses', back: null });
  });
});
