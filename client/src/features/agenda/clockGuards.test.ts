import { describe, expect, it } from 'vitest';
import { publicProjection } from '../../../../shared/state/projection';
import { FACILITATOR, Room } from '../../../../shared/testing/workshopKit';
import { whyNotExtend } from './clockGuards';

const fac = { me: { participantId: FACILITATOR, role: 'facilitator' as const, sector: 'civil_society' as const } };

describe('why a step cannot be shortened', () => {
  it('is allowed while the step keeps at least a minute', () => {
    const room = new Room();
    room.goTo('drafting');
    expect(whyNotExtend(publicProjection(room.state), fac, 'drafting', -5)).toBeNull();
  });

  it('refuses a step shorter than a minute', () => {
    const room = new Room();
    room.goTo('drafting');
    room.must(FACILITATOR, { type: 'setStepClock', stepId: 'drafting', action: 'extend', minutes: -28 });
    expect(whyNotExtend(publicProjection(room.state), fac, 'drafting', -5)).toBe('refusal.clock_too_short');
  });

  it('refuses a click for a step that is no longer current', () => {
    const room = new Room();
    room.goTo('drafting');
    room.goTo('dot_vote');
    expect(whyNotExtend(publicProjection(room.state), fac, 'drafting', -5)).toBe('refusal.step_not_current');
  });
});
