import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../shared/schema/participants';
import { peopleBySector, proxyCandidates } from './peopleModel';

const p = (id: string, sector: Participant['sector'], role: Participant['role'] = 'participant', revoked = false) =>
  ({ id, displayName: id, sector, role, revoked, joinedAt: '' }) as Participant;

describe('people model', () => {
  it('groups by sector in pillar order, people without a sector last, empty sectors left out', () => {
    const groups = peopleBySector([p('Nur', 'civil_society'), p('Fasilitator', null, 'facilitator'), p('Bambang', 'government')]);
    expect(groups.map((g) => g.sector)).toEqual(['government', 'civil_society', null]);
  });

  it('proxies only for active participants with a sector', () => {
    const out = proxyCandidates([p('b', 'private'), p('a', 'civil_society'), p('x', 'government', 'participant', true), p('f', null, 'facilitator'), p('o', 'private', 'observer')]);
    expect(out.map((x) => x.id)).toEqual(['a', 'b']);
  });
});
