import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../../shared/commands/commandSchema';
import { FACILITATOR, clauseCommand, markNotApplicableByRoom, Room } from '../../../../shared/testing/workshopKit';
import { draftOffers, isEmptySection } from './draftOffers';

describe('draft offers of the console', () => {
  it('offers the Act for each empty rights or obligations section, and the legal-basis list while DASAR_HUKUM is empty', () => {
    const room = new Room();
    room.goTo('drafting');
    expect(draftOffers(room.state).map((o) => [o.sectionCode, o.source, o.count])).toEqual([
      ['HAK_PENGGUNA', 'UU 25/2009 Pasal 18', 9],
      ['KEWAJIBAN_PENGGUNA', 'UU 25/2009 Pasal 19', 3],
      ['HAK_PENYELENGGARA', 'UU 25/2009 Pasal 14', 5],
      ['KEWAJIBAN_PENYELENGGARA', 'UU 25/2009 Pasal 15', 9],
      ['DASAR_HUKUM', expect.stringContaining('UU 25/2009'), 1],
    ]);
    room.must(FACILITATOR, clauseCommand('k1', 'KEWAJIBAN_PENGGUNA'));
    const s9 = room.join('S9', 'civil_society');
    room.goTo('consensus_check');
    markNotApplicableByRoom(room, s9, 'HAK_PENYELENGGARA', 'Diatur dalam SK');
    room.must(FACILITATOR, clauseCommand('k2', 'HAK_PENGGUNA'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'k2', status: 'rejected' });
    expect(isEmptySection(room.state, 'HAK_PENGGUNA')).toBe(true);
    expect(draftOffers(room.state).map((o) => o.sectionCode)).toEqual(['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'DASAR_HUKUM']);
  });

  it('sends one proposed clause per letter with its legal basis, which the server accepts', () => {
    const room = new Room();
    room.goTo('drafting');
    const offer = draftOffers(room.state).find((o) => o.sectionCode === 'HAK_PENGGUNA')!;
    for (const command of offer.commands()) room.must(FACILITATOR, commandSchema.parse(command));
    const clauses = Object.values(room.state.clauses);
    expect(clauses).toHaveLength(9);
    expect(clauses.every((c) => c.status === 'proposed' && c.sectionCode === 'HAK_PENGGUNA')).toBe(true);
    expect(clauses.map((c) => c.versions[c.currentVersionId]!.legalBasis)).toEqual('abcdefghi'.split('').map((l) => `UU 25/2009 Pasal 18 huruf ${l}`));
    expect(clauses[0]!.versions[clauses[0]!.currentVersionId]!.rationale).toContain('UU 25/2009 Pasal 18');
    expect(draftOffers(room.state).some((o) => o.sectionCode === 'HAK_PENGGUNA')).toBe(false);
    // The legal-basis draft now cites the articles the clauses rest on.
    const basis = draftOffers(room.state).find((o) => o.sectionCode === 'DASAR_HUKUM')!;
    const [command] = basis.commands();
    room.must(FACILITATOR, command);
    const dasar = Object.values(room.state.clauses).find((c) => c.sectionCode === 'DASAR_HUKUM')!;
    expect(dasar.versions[dasar.currentVersionId]!.text.id).toContain('1. UU 25/2009 tentang Pelayanan Publik (Pasal 18)');
  });
});
