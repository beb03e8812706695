import { describe, expect, it } from 'vitest';
import type { Clause, ClauseVersion } from '../../../../shared/schema/clauses';
import { amendClause, proposeClause } from '../../actions/clauses';
import { conditionLinks } from './CapacityText';
import { commitmentProblem, fromCommitment, toCommitment } from './CommitmentFields';
import { conditionCandidates } from './ConditionFields';

function clause(id: string, number: number, sectionCode: Clause['sectionCode'], extra: Partial<ClauseVersion> = {}, status: Clause['status'] = 'proposed'): Clause {
  const version = { id: `${id}v1`, parentVersionId: null, text: { id: `Teks ${id}` }, rationale: 'r', obligatedParty: 'provider', proposedBy: 'p', proposerSector: null, createdAt: 't', ...extra };
  return { id, number, sectionCode, status, currentVersionId: `${id}v1`, versions: { [`${id}v1`]: version } } as unknown as Clause;
}

const days = (value: string) => ({ value, unit: 'working_days' as const });

describe('phased commitment fields', () => {
  it('sends a commitment that applies now, or an interim value now and the target from a date', () => {
    expect(toCommitment({ target: days('5'), phased: false, interim: days(''), targetDate: '' })).toEqual({ phasing: 'now', measure: { value: 5, unit: 'working_days' } });
    expect(toCommitment({ target: days('5'), phased: true, interim: days('10'), targetDate: '2027-07-01' })).toEqual({
      phasing: 'phased',
      measure: { value: 5, unit: 'working_days' },
      targetDate: '2027-07-01',
      interim: { value: 10, unit: 'working_days' },
    });
    expect(toCommitment({ target: days('5'), phased: true, interim: days(''), targetDate: '2027-07-01' })).toEqual({ phasing: 'phased', measure: { value: 5, unit: 'working_days' }, targetDate: '2027-07-01' });
    expect(toCommitment({ target: days(''), phased: true, interim: days('10'), targetDate: '2027-07-01' })).toBeUndefined();
  });

  it('asks for the date of a phased promise, and reads a stored phased commitment back into the form', () => {
    expect(commitmentProblem({ target: days('5'), phased: true, interim: days('10'), targetDate: '' })).toBe('clause.phasedDateRequired');
    expect(commitmentProblem({ target: days('5'), phased: false, interim: days(''), targetDate: '' })).toBeNull();
    const stored = { phasing: 'phased' as const, measure: { value: 5, unit: 'working_days' as const }, targetDate: '2027-07-01', interim: { value: 10, unit: 'working_days' as const } };
    expect(toCommitment(fromCommitment(stored))).toEqual(stored);
  });

  it('builds commands with the phased commitment, the ask in words and the condition, leaving empty ones out', () => {
    const draft = { textId: 'Akta 5 hari kerja.', rationale: 'r', obligatedParty: 'provider' as const };
    const phased = { phasing: 'phased' as const, measure: { value: 5, unit: 'working_days' as const }, targetDate: '2027-07-01' };
    expect(proposeClause('WAKTU', { ...draft, commitment: phased, usersAskText: '  Petugas ramah ', conditionClauseId: 'staff' })).toMatchObject({
      commitment: phased,
      usersAskText: 'Petugas ramah',
      conditionClauseId: 'staff',
    });
    const plain = amendClause('c', 'v1', { ...draft, commitment: { value: 3, unit: 'working_days' }, usersAskText: ' ', conditionClauseId: '' });
    expect(plain).toMatchObject({ commitment: { phasing: 'now', measure: { value: 3 } } });
    expect(plain).not.toHaveProperty('usersAskText');
    expect(plain).not.toHaveProperty('conditionClauseId');
  });
});

describe('conditions in the console', () => {
  const staff = clause('staff', 12, 'JUMLAH_PELAKSANA');
  const room = clause('room', 3, 'SARANA');
  const fee = clause('fee', 2, 'BIAYA');
  const promise = clause('time', 7, 'WAKTU', { conditionClauseId: 'staff' } as Partial<ClauseVersion>);
  const all = { staff, room, fee, time: promise };

  it('offers only clauses of their own in staff, facilities or provider obligations that rest on nothing', () => {
    const chained = clause('desk', 4, 'SARANA', { conditionClauseId: 'room' } as Partial<ClauseVersion>);
    expect(conditionCandidates([staff, room, fee, chained]).map((c) => c.id)).toEqual(['room', 'staff']);
    expect(conditionCandidates([staff, room, fee], room).map((c) => c.id)).toEqual(['staff']);
    // A clause that already is a condition takes none.
    expect(conditionCandidates([staff, room, promise], staff)).toEqual([]);
  });

  it('names both ends of the link: "bergantung pada K12" and "syarat untuk K7"', () => {
    expect(conditionLinks(promise, all)).toEqual({ dependsOn: 'K12', conditionFor: [] });
    expect(conditionLinks(staff, all)).toEqual({ conditionFor: ['K7'] });
    expect(conditionLinks(fee, all)).toEqual({ conditionFor: [] });
  });
});
