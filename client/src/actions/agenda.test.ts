import { describe, expect, it } from 'vitest';
import { agendaSchema } from '../../../shared/schema/agenda';
import { neighbourStep, standardAgenda } from './agenda';

describe('agenda actions', () => {
  it('the standard agenda is valid for setAgenda and has the ten steps in order', () => {
    const steps = standardAgenda();
    expect(agendaSchema.safeParse(steps).success).toBe(true);
    expect(steps.map((s) => s.method)).toEqual([
      'promotion',
      'complaint_review',
      'stakeholder_mapping',
      'user_groups',
      'vision_mission',
      'drafting',
      'dot_vote',
      'consensus_check',
      'rights_obligations',
      'sign_off',
    ]);
  });

  it('next from nothing is the first step; previous and next stop at the ends', () => {
    const steps = standardAgenda();
    expect(neighbourStep(steps, null, 1)?.id).toBe('step-1');
    expect(neighbourStep(steps, null, -1)).toBeNull();
    expect(neighbourStep(steps, 'step-1', -1)).toBeNull();
    expect(neighbourStep(steps, 'step-3', 1)?.id).toBe('step-4');
    expect(neighbourStep(steps, 'step-10', 1)).toBeNull();
  });
});
