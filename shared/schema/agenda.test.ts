import { describe, expect, it } from 'vitest';
import type { AgendaStep } from './agenda';
import { agendaSchema, sectionsOpenInStep, totalPlannedMinutes } from './agenda';

const step = (id: string, plannedMinutes: number, sectionCodes: string[] = []) => ({
  id,
  method: 'drafting',
  title: { id: 'Penyusunan klausul', en: 'Drafting clauses' },
  plannedMinutes,
  sectionCodes,
});

describe('agenda', () => {
  it('accepts bilingual steps and sums their planned minutes', () => {
    const steps = agendaSchema.parse([step('s1', 120), step('s2', 30)]);
    expect(totalPlannedMinutes(steps as AgendaStep[])).toBe(150);
  });

  it('refuses duplicate step ids, unknown methods, unknown sections and zero-minute steps', () => {
    expect(agendaSchema.safeParse([step('s1', 30), step('s1', 30)]).success).toBe(false);
    expect(agendaSchema.safeParse([{ ...step('s1', 30), method: 'karaoke' }]).success).toBe(false);
    expect(agendaSchema.safeParse([step('s1', 30, ['NOT_A_SECTION'])]).success).toBe(false);
    expect(agendaSchema.safeParse([step('s1', 0)]).success).toBe(false);
  });

  it('opens every section in a step that names none, and only the named ones otherwise', () => {
    const [open, narrow] = agendaSchema.parse([step('a', 30), step('b', 30, ['WAKTU', 'BIAYA'])]) as AgendaStep[];
    expect(sectionsOpenInStep(open)).toBeNull();
    expect([...(sectionsOpenInStep(narrow) ?? [])]).toEqual(['WAKTU', 'BIAYA']);
  });
});
