import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../../shared/schema/clauses';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { agreeingCheck, clauseStatusText, clausesBySection, commitmentLabelKey, orderedClauses, versionHistory } from './clauseView';

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

  describe('status labels tell the truth', () => {
    const statusLabel = (status: string) => `status:${status}`;
    const checkWith = (outcome: string, fallback: ConsensusCheck['fallback']) =>
      ({ id: 'c1', fallback, record: { outcome, fallback: { kind: fallback.kind, adopted: true } } }) as unknown as ConsensusCheck;
    const stateWith = (check: ConsensusCheck) => ({ consensusChecks: { c1: check }, participants: { kadis: { displayName: 'Ibu Kepala Dinas' } } });
    const agreed = { status: 'agreed', agreedByCheckId: 'c1' } as Pick<Clause, 'status' | 'agreedByCheckId'>;

    it('a clause the Kepala Dinas decided under the fallback reads as a unilateral decision, never as agreed', () => {
      const state = stateWith(checkWith('decided_by_fallback', { kind: 'designated_decider', deciderId: 'kadis' } as ConsensusCheck['fallback']));
      const label = clauseStatusText(agreed, state, 'id', statusLabel);
      expect(label).toEqual({ fallback: true, text: 'Tidak tercapai mufakat; ditetapkan oleh Ibu Kepala Dinas sesuai aturan yang disepakati di awal' });
      expect(label.text).not.toContain('status:agreed');
      expect(clauseStatusText(agreed, state, 'en-GB', statusLabel).text).toBe('No consensus reached; decided by Ibu Kepala Dinas under the rule agreed at the start');
      const majority = stateWith(checkWith('decided_by_fallback', { kind: 'majority' }));
      expect(clauseStatusText(agreed, majority, 'id', statusLabel).text).toContain('ditetapkan oleh suara terbanyak peserta');
      expect(commitmentLabelKey('agreed', true)).toBe('clause.commitmentDecided');
    });

    it('agreed by consensus keeps the status label; numbers are "proposed" until agreed', () => {
      const state = stateWith(checkWith('consensus', { kind: 'defer' }));
      expect(clauseStatusText(agreed, state, 'id', statusLabel)).toEqual({ fallback: false, text: 'status:agreed' });
      expect(clauseStatusText({ status: 'proposed' }, undefined, 'id', statusLabel)).toEqual({ fallback: false, text: 'status:proposed' });
      expect(commitmentLabelKey('proposed')).toBe('clause.commitmentProposed');
      expect(commitmentLabelKey('under_discussion')).toBe('clause.commitmentProposed');
      expect(commitmentLabelKey('agreed_with_reservations')).toBe('clause.commitment');
    });
  });
});
