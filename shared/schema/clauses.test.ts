import { describe, expect, it } from 'vitest';
import { asClauseId, asClauseVersionId, asParticipantId } from './ids';
import type { Clause, ClauseStatus, Commitment, Measure } from './clauses';
import { aspirationGap, CLAUSE_STATUSES, canTransition, clauseLabel, commitmentSchema, isAmendable } from './clauses';

function clauseWith(commitment: Commitment | undefined, usersAsk?: Measure, providerBaseline?: Measure): Clause {
  const v = asClauseVersionId('v3');
  return {
    id: asClauseId('K5'),
    number: 5,
    sectionCode: 'WAKTU',
    status: 'under_discussion',
    currentVersionId: v,
    versions: {
      v3: {
        id: v,
        parentVersionId: asClauseVersionId('v2'),
        text: { id: 'Akta selesai paling lama 3 hari kerja.' },
        rationale: 'kompromi',
        obligatedParty: 'provider',
        ...(commitment ? { commitment } : {}),
        proposedBy: asParticipantId('s2'),
        proposerSector: 'government',
        createdAt: '2026-01-15T10:00:00.000Z',
      },
    },
    ...(usersAsk ? { usersAsk } : {}),
    ...(providerBaseline ? { providerBaseline } : {}),
  };
}

const days = (value: number): Measure => ({ value, unit: 'working_days' });

describe('clause status lifecycle', () => {
  it('reaches agreement only from discussion', () => {
    const into = (to: ClauseStatus) => CLAUSE_STATUSES.filter((from) => canTransition(from, to));
    expect(into('agreed')).toEqual(['under_discussion']);
    expect(into('agreed_with_reservations')).toEqual(['under_discussion']);
  });

  it('sends an agreed clause back to discussion before anything else', () => {
    expect(canTransition('agreed', 'under_discussion')).toBe(true);
    expect(canTransition('agreed', 'rejected')).toBe(false);
    expect(canTransition('agreed', 'deferred')).toBe(false);
  });

  it('never allows staying in the same status as a transition', () => {
    for (const s of CLAUSE_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('lets only proposed, discussed or deferred clauses be amended', () => {
    expect(CLAUSE_STATUSES.filter(isAmendable)).toEqual(['proposed', 'under_discussion', 'deferred']);
  });
});

describe('aspiration gap', () => {
  it('measures the demo compromise: users asked 1 day, provider had 5, 3 agreed', () => {
    const gap = aspirationGap(clauseWith({ phasing: 'now', measure: days(3) }, days(1), days(5)));
    expect(gap).toEqual({ unit: 'working_days', shortfallFromAsk: 2, improvementOnBaseline: 2, phased: false });
  });

  it('reports no shortfall when the commitment beats the ask', () => {
    expect(aspirationGap(clauseWith({ phasing: 'now', measure: days(1) }, days(2)))?.shortfallFromAsk).toBe(0);
  });

  it('treats a higher percentage as better', () => {
    const pct = (value: number): Measure => ({ value, unit: 'percent' });
    const gap = aspirationGap(clauseWith({ phasing: 'now', measure: pct(90) }, pct(100), pct(70)));
    expect(gap).toMatchObject({ shortfallFromAsk: 10, improvementOnBaseline: 20 });
  });

  it('flags a phased commitment and ignores sides stated in another unit', () => {
    const commitment: Commitment = { phasing: 'phased', measure: days(1), targetDate: '2027-01-01', interim: days(3) };
    const gap = aspirationGap(clauseWith(commitment, { value: 24, unit: 'hours' }, days(5)));
    expect(gap).toEqual({ unit: 'working_days', shortfallFromAsk: null, improvementOnBaseline: 4, phased: true });
  });

  it('has no gap for a clause without a measurable commitment', () => {
    expect(aspirationGap(clauseWith(undefined, days(1)))).toBeNull();
  });

  it('validates commitments: a phased one needs a target date, percentages stop at 100', () => {
    expect(commitmentSchema.safeParse({ phasing: 'phased', measure: days(1) }).success).toBe(false);
    expect(commitmentSchema.safeParse({ phasing: 'phased', measure: days(1), targetDate: '2027-01-01' }).success).toBe(true);
    expect(commitmentSchema.safeParse({ phasing: 'now', measure: { value: 120, unit: 'percent' } }).success).toBe(false);
    expect(commitmentSchema.safeParse({ phasing: 'now', measure: { value: -1, unit: 'rupiah' } }).success).toBe(false);
  });
});

describe('clause label', () => {
  it('names a clause by its stable number, and says so when a stale document has none', () => {
    expect(clauseLabel({ number: 7 })).toBe('K7');
    expect(clauseLabel({} as { number: number })).toBe('K?');
  });
});
