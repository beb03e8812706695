import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../../shared/schema/clauses';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { agreeingCheck, clausesBySection, orderedClauses, versionHistory } from './clauseView';

function clause(id: string, sectionCode: Clause['sectionCode'], createdAt: string, versions = 1, number = 1): Clause {
  const all = Object.fromEntries(
    Array.from({ length: versions }, (_, i) => [
      `${id}v${i + 1}`,
      { id: `${id}v${i + 1}`, parentVersionId: i ? `${id}v${i}` : null, text: { id: `${id} v${i + 1}` }, rationale: 'r', obligatedParty: 'provider',
        proposedBy: 'p', proposerSector: 'civil_society', createdAt: `${createdAt}${i}` },
    ]),
  );
  return { id, number, sectionCode, status: 'proposed', currentVersionId: `${id}v${versions}`, versions: all } as unknown as Clause;
}

describe('clause view', () => {
  const waktu = clause('w', 'WAKTU', '2025-01-02', 3, 2);
  const visi = clause('v', 'VISI_MISI', '2025-01-03', 1, 3);
  const biaya = clause('b', 'BIAYA', '2025-01-01', 1, 1);

  it('orders clauses by charter section, then by their stable number (not by their text or time)', () => {
    const later = clause('a', 'WAKTU', '2024-01-01', 1, 4);
    expect(orderedClauses([later, waktu, biaya, visi]).map((c) => c.id)).toEqual(['v', 'w', 'a', 'b']);
  });

  it('groups by section and skips empty sections unless asked', () => {
    const groups = clausesBySection([waktu, visi]);
    expect(groups.map((g) => g.section.code)).toEqual(['VISI_MISI', 'WAKTU']);
    expect(clausesBySection([], true).length).toBeGreaterThan(20);
  });

  it('lists versions oldest first', () => {
    expect(versionHistory(waktu).map((v) => v.id)).toEqual(['wv1', 'wv2', 'wv3']);
  });

  it('only a recorded check on the current version can agree the clause', () => {
    const check = (id: string, version: string, status: 'open' | 'recorded') =>
      ({ id, clauseId: 'w', clauseVersionId: version, status, startedAt: id, record: status === 'recorded' ? { recordedAt: id } : undefined }) as unknown as ConsensusCheck;
    expect(agreeingCheck([check('c1', 'wv2', 'recorded'), check('c2', 'wv3', 'open')], waktu)).toBeUndefined();
    expect(agreeingCheck([check('c1', 'wv3', 'recorded')], waktu)?.id).toBe('c1');
  });
});
