import { describe, expect, it } from 'vitest';
import { FACILITATOR, clauseCommand, Room } from '../testing/workshopKit';
import { applyEvent } from './applyEvent';
import type { DomainEvent } from './events';

function amend(clauseId: string, versionId: string, parentVersionId: string, text: string, days?: number) {
  return {
    type: 'amendClause',
    clauseId,
    versionId,
    parentVersionId,
    text: { id: text },
    rationale: 'kapasitas petugas',
    obligatedParty: 'provider',
    ...(days ? { commitment: { phasing: 'now', measure: { value: days, unit: 'working_days' } } } : {}),
  };
}

function draftingRoom() {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  const s2 = room.join('S2', 'government');
  room.goTo('drafting');
  return { room, s9, s2 };
}

describe('proposing and amending clauses', () => {
  it('numbers clauses in the order they were proposed, and an earlier section never shifts them', () => {
    const { room, s9, s2 } = draftingRoom();
    room.must(s9, clauseCommand('a', 'WAKTU'));
    room.must(s2, clauseCommand('b', 'BIAYA'));
    // Proposed later in an earlier section of the charter: it gets the next number, K3.
    room.must(s9, clauseCommand('c', 'PERSYARATAN'));
    room.must(s2, amend('a', 'av2', 'av1', 'lima hari'));
    expect(room.run(s9, clauseCommand('a', 'PROSEDUR'))).toMatchObject({ code: 'clause_exists' });
    const numbers = Object.fromEntries(Object.values(room.state.clauses).map((c) => [c.id, c.number]));
    expect(numbers).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('ignores a number carried in the event: the fold gives the next one', () => {
    const { room, s9 } = draftingRoom();
    room.must(s9, clauseCommand('a', 'WAKTU'));
    const event = room.must(s9, clauseCommand('b', 'WAKTU'));
    expect(event.data).not.toHaveProperty('clause.number');
    expect(room.state.clauses.b?.number).toBe(2);
    const forged = { ...event, data: { clause: { ...(event.data as { clause: object }).clause, id: 'c', number: 1 } } } as unknown as DomainEvent;
    expect(applyEvent(room.state, forged).clauses.c?.number).toBe(3);
  });

  it('keeps every version with its parent, proposer and proposer sector', () => {
    const { room, s9, s2 } = draftingRoom();
    room.must(s9, { ...clauseCommand('K5', 'WAKTU', 'Akta selesai 1 hari kerja.'), usersAsk: { value: 1, unit: 'working_days' } });
    room.must(s2, { ...amend('K5', 'K5v2', 'K5v1', 'Akta selesai 5 hari kerja.'), providerBaseline: { value: 5, unit: 'working_days' } });
    room.must(s9, amend('K5', 'K5v3', 'K5v2', 'Akta selesai 3 hari kerja.', 3));
    const clause = room.state.clauses.K5!;
    expect(clause.currentVersionId).toBe('K5v3');
    expect(Object.values(clause.versions).map((v) => [v.id, v.parentVersionId, v.proposedBy, v.proposerSector])).toEqual([
      ['K5v1', null, 'S9', 'civil_society'],
      ['K5v2', 'K5v1', 'S2', 'government'],
      ['K5v3', 'K5v2', 'S9', 'civil_society'],
    ]);
    expect(clause).toMatchObject({ usersAsk: { value: 1 }, providerBaseline: { value: 5 } });
  });

  it('refuses a replayed proposal and an amendment built on an outdated version', () => {
    const { room, s9, s2 } = draftingRoom();
    room.must(s9, clauseCommand('K5', 'WAKTU'));
    expect(room.run(s9, clauseCommand('K5', 'WAKTU'))).toMatchObject({ status: 409, code: 'clause_exists' });
    room.must(s2, amend('K5', 'K5v2', 'K5v1', 'lima hari'));
    expect(room.run(s9, amend('K5', 'K5v3', 'K5v1', 'satu hari'))).toMatchObject({ status: 409, code: 'stale_parent_version' });
    expect(room.run(s9, amend('K5', 'K5v2', 'K5v2', 'satu hari'))).toMatchObject({ status: 409, code: 'version_exists' });
    expect(room.run(s9, amend('K9', 'K9v2', 'K9v1', 'x'))).toMatchObject({ status: 404, code: 'clause_not_found' });
  });

  it('limits participants to the sections of the current step, but not the facilitator', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    const steps = [{ id: 'vm', method: 'vision_mission', title: { id: 'Visi-misi' }, plannedMinutes: 30, sectionCodes: ['VISI_MISI'] }];
    room.must(FACILITATOR, { type: 'setAgenda', steps });
    room.must(FACILITATOR, { type: 'setAgendaStep', stepId: 'vm' });
    expect(room.run(s9, clauseCommand('K6', 'BIAYA'))).toMatchObject({ status: 409, code: 'section_not_in_step', params: { sectionCode: 'BIAYA' } });
    room.must(s9, clauseCommand('K1', 'VISI_MISI'));
    room.must(FACILITATOR, clauseCommand('K6', 'BIAYA'));
  });

  it('keeps the user groups a version names, once each, and refuses a group the room has not registered', () => {
    const { room, s9, s2 } = draftingRoom();
    const group = (id: string, name: string) => ({ type: 'addUserGroup', userGroup: { id, name: { id: name } } });
    room.must(FACILITATOR, group('lansia', 'Warga lanjut usia'));
    room.must(FACILITATOR, group('terlambat', 'Pelapor terlambat'));
    room.must(s9, { ...clauseCommand('K5', 'WAKTU'), userGroupIds: ['terlambat', 'lansia', 'terlambat'] });
    expect(room.state.clauses.K5!.versions.K5v1!.userGroupIds).toEqual(['terlambat', 'lansia']);
    // An amendment names its own groups; none named means the clause is for everyone.
    room.must(s2, amend('K5', 'K5v2', 'K5v1', 'lima hari'));
    expect(room.state.clauses.K5!.versions.K5v2).not.toHaveProperty('userGroupIds');
    room.must(s2, { ...amend('K5', 'K5v3', 'K5v2', 'tiga hari'), userGroupIds: ['lansia'] });
    expect(room.state.clauses.K5!.versions.K5v3!.userGroupIds).toEqual(['lansia']);
    expect(room.run(s9, { ...clauseCommand('K6', 'WAKTU'), userGroupIds: ['disabilitas'] })).toMatchObject({ status: 404, code: 'user_group_not_found' });
    expect(room.run(s9, { ...amend('K5', 'K5v4', 'K5v3', 'x'), userGroupIds: ['lansia', 'nelayan'] })).toMatchObject({ status: 404, code: 'user_group_not_found' });
    expect(room.run(s9, { ...clauseCommand('K6', 'WAKTU'), userGroupIds: ['constructor'] })).toMatchObject({ status: 422 });
  });

  it('refuses an unknown section code or an empty text as invalid', () => {
    const { room, s9 } = draftingRoom();
    expect(room.run(s9, clauseCommand('K1', 'PANTUN'))).toMatchObject({ status: 422 });
    expect(room.run(s9, clauseCommand('K1', 'VISI_MISI', '   '))).toMatchObject({ status: 422 });
  });
});

describe('clause status', () => {
  it('follows the transition table and refuses a no-op change', () => {
    const { room, s9 } = draftingRoom();
    room.must(s9, clauseCommand('K5', 'WAKTU'));
    expect(room.run(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'proposed' })).toMatchObject({ code: 'status_unchanged' });
    expect(room.run(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed' })).toMatchObject({
      status: 409,
      code: 'transition_not_allowed',
      params: { from: 'proposed', to: 'agreed' },
    });
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'under_discussion' });
    expect(room.run(s9, { type: 'setClauseStatus', clauseId: 'K5', status: 'deferred' })).toMatchObject({ status: 403 });
  });

  it('refuses agreement without a recorded consensus check', () => {
    const { room, s9 } = draftingRoom();
    room.must(s9, clauseCommand('K5', 'WAKTU'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'under_discussion' });
    expect(room.run(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed' })).toMatchObject({ status: 422, code: 'consensus_check_required' });
    expect(room.run(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed', checkId: 'c9' })).toMatchObject({ status: 404 });
  });

  it('does not amend an agreed clause until it is back under discussion', () => {
    const { room, s9 } = draftingRoom();
    room.must(s9, clauseCommand('K5', 'WAKTU'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'rejected' });
    expect(room.run(s9, amend('K5', 'K5v2', 'K5v1', 'x'))).toMatchObject({ status: 409, code: 'clause_not_amendable', params: { status: 'rejected' } });
  });
});

describe('sections marked not applicable', () => {
  it('marks an optional section directly: needs a reason, can be cleared, and is refused twice', () => {
    const { room } = draftingRoom();
    expect(room.run(FACILITATOR, { type: 'markSectionNotApplicable', sectionCode: 'SARANA' })).toMatchObject({ status: 422 });
    room.must(FACILITATOR, { type: 'markSectionNotApplicable', sectionCode: 'SARANA', reason: { id: 'Layanan daring' } });
    expect(room.state.notApplicable.SARANA?.reason.id).toBe('Layanan daring');
    expect(room.run(FACILITATOR, { type: 'markSectionNotApplicable', sectionCode: 'SARANA', reason: { id: 'x' } })).toMatchObject({ code: 'already_not_applicable' });
    room.must(FACILITATOR, { type: 'clearSectionNotApplicable', sectionCode: 'SARANA' });
    expect(room.state.notApplicable.SARANA).toBeUndefined();
    expect(room.run(FACILITATOR, { type: 'clearSectionNotApplicable', sectionCode: 'SARANA' })).toMatchObject({ code: 'not_marked' });
  });

  it.each(['BIAYA', 'DASAR_HUKUM', 'RUANG_LINGKUP', 'MASA_BERLAKU'] as const)('refuses to mark the required section %s without the room, and records nothing', (sectionCode) => {
    const { room } = draftingRoom();
    const before = room.events.length;
    expect(room.run(FACILITATOR, { type: 'markSectionNotApplicable', sectionCode, reason: { id: 'Ditetapkan dalam SK terpisah' } }))
      .toMatchObject({ status: 409, code: 'section_needs_room_consent', params: { sectionCode } });
    expect(room.events.length).toBe(before);
    expect(room.state.notApplicable).toEqual({});
  });

  it.each(['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI', 'PENGADUAN', 'MAKLUMAT'] as const)(
    'never marks the protected section %s not applicable, and records nothing',
    (sectionCode) => {
      const { room } = draftingRoom();
      const before = room.state.notApplicable;
      expect(room.run(FACILITATOR, { type: 'markSectionNotApplicable', sectionCode, reason: { id: 'Tidak relevan', en: 'Not relevant' } }))
        .toMatchObject({ status: 409, code: 'section_protected', params: { sectionCode } });
      expect(room.state.notApplicable).toEqual(before);
    },
  );

  it('refuses a new clause in a section marked not applicable, and accepts it once the mark is undone', () => {
    const { room, s9 } = draftingRoom();
    room.must(FACILITATOR, { type: 'markSectionNotApplicable', sectionCode: 'SARANA', reason: { id: 'Gratis' } });
    expect(room.run(s9, clauseCommand('K7', 'SARANA'))).toMatchObject({ status: 409, code: 'section_not_applicable', params: { sectionCode: 'SARANA' } });
    expect(room.run(FACILITATOR, clauseCommand('K7', 'SARANA'))).toMatchObject({ code: 'section_not_applicable' });
    room.must(FACILITATOR, { type: 'clearSectionNotApplicable', sectionCode: 'SARANA' });
    room.must(s9, clauseCommand('K7', 'SARANA'));
  });
});
