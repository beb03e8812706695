import { describe, expect, it } from 'vitest';
import type { AgendaStep } from '../../shared/schema/agenda';
import { DemoDay } from './demoClock';

const step = (id: string, plannedMinutes: number) => ({ id, method: 'drafting', title: { id }, plannedMinutes, sectionCodes: [] }) as unknown as AgendaStep;

describe("the finished demo's day", () => {
  it('is the last working day before it is made: arrivals from 07.45, each step at its planned time, in the demo zone', () => {
    // Monday 7 December 2026, 05.00 WIB: the day is Friday 4 December.
    const day = new DemoDay(new Date('2026-12-06T22:00:00Z'), 'WIB');
    expect(day.arrival()().toISOString()).toBe('2026-12-04T00:45:00.000Z');
    expect(day.arrival()().toISOString()).toBe('2026-12-04T00:45:15.000Z');
    const steps = [step('a', 30), step('b', 45), step('c', 60)];
    expect(day.command({ type: 'setAgenda', steps } as never)().toISOString()).toBe('2026-12-04T01:00:30.000Z');
    expect(day.command({ type: 'setAgendaStep', stepId: 'b' } as never)().toISOString()).toBe('2026-12-04T01:30:00.000Z'); // 08.30 WIB
    expect(day.command({ type: 'pauseStepClock' } as never)().toISOString()).toBe('2026-12-04T01:30:30.000Z');
    expect(day.command({ type: 'setAgendaStep', stepId: 'c' } as never)().toISOString()).toBe('2026-12-04T02:15:00.000Z'); // 09.15 WIB
    // Going back to an earlier step never moves time backwards.
    expect(day.command({ type: 'setAgendaStep', stepId: 'a' } as never)().toISOString()).toBe('2026-12-04T02:15:00.000Z');
  });

  it('skips the weekend and never lies in the future', () => {
    // Sunday 6 December 2026, 20.00 WITA: Friday 4 December.
    const sunday = new DemoDay(new Date('2026-12-06T12:00:00Z'), 'WITA');
    expect(sunday.arrival()().toISOString()).toBe('2026-12-03T23:45:00.000Z'); // 07.45 WITA on the 4th
    // Tuesday 00.30 WIB (still Monday in UTC): Monday.
    const tuesday = new DemoDay(new Date('2026-12-07T17:30:00Z'), 'WIB');
    expect(tuesday.arrival()().getTime()).toBeLessThan(Date.parse('2026-12-07T17:30:00Z'));
    expect(tuesday.arrival()().toISOString().slice(0, 10)).toBe('2026-12-07');
  });
});
