import { describe, expect, it } from 'vitest';
import { FACILITATOR, clauseCommand, Room } from '../../../../shared/testing/workshopKit';
import { userGroupCoverage } from './userGroupView';

/** A room with its own groups, as the demo has them: the late registrants' group has no clause yet. */
function roomWithGroups() {
  const room = new Room();
  room.goTo('drafting');
  const group = (id: string, name: string, priority?: number) => room.must(FACILITATOR, { type: 'addUserGroup', userGroup: { id, name: { id: name }, ...(priority ? { priority } : {}) } });
  group('umum', 'Orang tua bayi baru lahir', 2);
  group('disabilitas', 'Penyandang disabilitas', 1);
  group('terlambat', 'Pelapor terlambat (lebih dari 60 hari)');
  room.must(FACILITATOR, { ...clauseCommand('k1', 'WAKTU', 'Akta selesai 3 hari kerja.'), userGroupIds: ['umum'] });
  room.must(FACILITATOR, { ...clauseCommand('k2', 'TEMPAT_WAKTU', 'Loket prioritas di lantai dasar.'), userGroupIds: ['disabilitas', 'umum'] });
  room.must(FACILITATOR, clauseCommand('k3', 'PERSYARATAN', 'Persyaratan berlaku bagi semua.'));
  room.must(FACILITATOR, { ...clauseCommand('k4', 'BIAYA', 'Layanan gratis bagi pelapor terlambat.'), userGroupIds: ['terlambat'] });
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'k4', status: 'rejected' });
  return room;
}

describe('clauses per user group', () => {
  it('lists each group with the clauses naming it, highest priority first, and highlights the groups with none', () => {
    const coverage = userGroupCoverage(roomWithGroups().state);
    expect(coverage.rows.map((r) => [r.group.id, r.clauses.map((c) => c.id)])).toEqual([
      ['disabilitas', ['k2']],
      ['umum', ['k1', 'k2']],
      // The rejected clause covers nobody.
      ['terlambat', []],
    ]);
    expect(coverage.uncovered.map((g) => g.id)).toEqual(['terlambat']);
    expect(coverage.forEveryone.map((c) => c.id)).toEqual(['k3']);
  });

  it('reads the current version: an amendment that drops a group uncovers it', () => {
    const room = roomWithGroups();
    room.must(FACILITATOR, { type: 'amendClause', clauseId: 'k2', versionId: 'k2v2', parentVersionId: 'k2v1', text: { id: 'Loket prioritas.' }, rationale: 'r', obligatedParty: 'provider', userGroupIds: ['umum'] });
    expect(userGroupCoverage(room.state).uncovered.map((g) => g.id)).toEqual(['disabilitas', 'terlambat']);
  });

  it('has nothing to show without groups', () => {
    expect(userGroupCoverage(new Room().state)).toEqual({ rows: [], uncovered: [], forEveryone: [] });
  });
});
