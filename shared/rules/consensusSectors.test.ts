import { describe, expect, it } from 'vitest';
import { asClauseId, asClauseVersionId, asConsensusCheckId, asParticipantId } from '../schema/ids';
import type { Sector } from '../schema/stakeholders';
import type { ConsensusAnswer, ConsensusCheck, DecisionRule, SectorRule } from './consensus';
import { computeConsensusResult, describeSectorPreview, describeSectorResult, majorityAdopts, previewSectorRule, usersBlockStands } from './consensus';
import { levelOf } from './consensusPresets';

/** Answers on the Kaner scale, as [sector, level] pairs; 'aside' is a stand-aside. */
type Answer = [Sector, number | 'aside'];

function check(answers: Answer[], rule: DecisionRule, sectors: SectorRule | null, quorum = 1): ConsensusCheck {
  const record: Record<string, ConsensusAnswer> = {};
  answers.forEach(([sector, vote], i) => {
    const participantId = asParticipantId(`p${i}`);
    const level = vote === 'aside' ? undefined : levelOf('kaner_gradients', vote);
    record[participantId] = {
      participantId,
      sector,
      level: level?.value ?? null,
      kind: level?.kind ?? 'stand_aside',
      reason: 'alasan',
      at: '2026-01-15T10:00:00.000Z',
    };
  });
  return {
    id: asConsensusCheckId('c1'),
    clauseId: asClauseId('K5'),
    clauseVersionId: asClauseVersionId('v1'),
    preset: 'kaner_gradients',
    rule,
    fallback: { kind: 'majority' },
    quorum,
    sectors,
    status: 'open',
    answers: record,
    startedBy: asParticipantId('fac'),
    startedAt: '2026-01-15T09:00:00.000Z',
  };
}

const DEMO_ROOM: SectorRule = { members: { government: 4, private: 2, civil_society: 3 }, quorumPercent: 50 };
const SUPERMAJORITY_75: DecisionRule = { kind: 'supermajority', percent: 75 };
/** 4 government and 2 private support; 1 citizen supports, 2 seriously disagree: 7 of 9. */
const SEVEN_OF_NINE: Answer[] = [
  ['government', 1],
  ['government', 1],
  ['government', 2],
  ['government', 1],
  ['private', 1],
  ['private', 3],
  ['civil_society', 1],
  ['civil_society', 7],
  ['civil_society', 7],
];

describe('per-sector consent', () => {
  it('demo room: "Mayoritas 75%" with 7 of 9 but 2 of 3 citizens disagreeing is no consensus', () => {
    // Counted per person (a check from before format 6) it passes: 7/9 = 78%.
    expect(computeConsensusResult(check(SEVEN_OF_NINE, SUPERMAJORITY_75, null)).outcome).toBe('consensus_with_reservations');
    const result = computeConsensusResult(check(SEVEN_OF_NINE, SUPERMAJORITY_75, DEMO_ROOM));
    expect(result.outcome).toBe('no_consensus');
    const citizens = result.sectors?.find((s) => s.sector === 'civil_society');
    expect(citizens).toEqual({
      sector: 'civil_society',
      members: 3,
      answers: 3,
      supporters: 1,
      dissent: 2,
      blocks: 0,
      quorumNeeded: 2,
      quorumHeld: true,
      ruleHeld: false,
    });
    expect(citizens && describeSectorResult(citizens).id).toBe('Masyarakat: 1 dari 3 mendukung — aturan tidak terpenuhi');
    expect(result.sectors?.filter((s) => s.ruleHeld).map((s) => s.sector)).toEqual(['government', 'private']);
  });

  it('passes when the rule holds overall and in every present sector', () => {
    // One government member disagrees (3 of 4 = 75%); every citizen supports.
    const answers: Answer[] = SEVEN_OF_NINE.map(([sector, level], i) => [sector, i === 0 ? 7 : level === 7 ? 2 : level]);
    const result = computeConsensusResult(check(answers, SUPERMAJORITY_75, DEMO_ROOM));
    expect(result.outcome).toBe('consensus_with_reservations');
    expect(result.sectors?.every((s) => s.ruleHeld && s.quorumHeld)).toBe(true);
  });

  it('is no consensus when a present sector misses its quorum, even if everyone who answered supports', () => {
    const answers: Answer[] = [
      ['government', 1],
      ['government', 1],
      ['private', 1],
      ['civil_society', 1],
    ];
    // Civil society: 1 of 3 answered, 2 needed at 50%.
    const result = computeConsensusResult(check(answers, { kind: 'consensus' }, DEMO_ROOM));
    expect(result.outcome).toBe('no_consensus');
    const citizens = result.sectors?.find((s) => s.sector === 'civil_society');
    expect(citizens).toMatchObject({ quorumNeeded: 2, quorumHeld: false, ruleHeld: true });
    expect(citizens && describeSectorResult(citizens).id).toBe('Masyarakat: 1 dari 3 mendukung — kuorum sektor tidak tercapai (1 menjawab, perlu 2)');
    // A lower sector quorum, fixed at the start, lets the same answers pass.
    const lenient = computeConsensusResult(check(answers, { kind: 'consensus' }, { ...DEMO_ROOM, quorumPercent: 30 }));
    expect(lenient.outcome).toBe('consensus');
  });

  it('ignores sectors with no eligible members at the start', () => {
    const answers: Answer[] = [
      ['government', 1],
      ['civil_society', 1],
    ];
    const result = computeConsensusResult(check(answers, { kind: 'consensus' }, { members: { government: 1, civil_society: 1 }, quorumPercent: 50 }));
    expect(result.outcome).toBe('consensus');
    expect(result.sectors?.map((s) => s.sector)).toEqual(['government', 'civil_society']);
  });

  it("names a block from the users' sector, and a block blocks under every rule", () => {
    const answers: Answer[] = [...SEVEN_OF_NINE.slice(0, 8), ['civil_society', 8]];
    const result = computeConsensusResult(check(answers, { kind: 'supermajority', percent: 50 }, DEMO_ROOM));
    expect(result.outcome).toBe('blocked');
    expect(result.blockedByUsers).toBe(true);
    const byGovernment = computeConsensusResult(check([['government', 8], ...SEVEN_OF_NINE.slice(1)], { kind: 'supermajority', percent: 50 }, DEMO_ROOM));
    expect(byGovernment.outcome).toBe('blocked');
    expect(byGovernment.blockedByUsers).toBe(false);
  });

  it('does not let a sector whose only position is dissent count as agreeing under "consensus minus one"', () => {
    const answers: Answer[] = [
      ['government', 1],
      ['government', 1],
      ['civil_society', 7],
    ];
    const sectors: SectorRule = { members: { government: 2, civil_society: 1 }, quorumPercent: 50 };
    expect(computeConsensusResult(check(answers, { kind: 'consensus_minus', maxDissent: 1 }, null)).outcome).toBe('consensus_with_reservations');
    expect(computeConsensusResult(check(answers, { kind: 'consensus_minus', maxDissent: 1 }, sectors)).outcome).toBe('no_consensus');
  });

  it('keeps checks without a sector rule per person and leaves the new result fields out', () => {
    const result = computeConsensusResult(check(SEVEN_OF_NINE, SUPERMAJORITY_75, null));
    expect(result).not.toHaveProperty('sectors');
    expect(result).not.toHaveProperty('blockedByUsers');
  });
});

describe('rule preview', () => {
  it('says, sector by sector, how many must support and answer', () => {
    const lines = previewSectorRule(SUPERMAJORITY_75, DEMO_ROOM).map((p) => describeSectorPreview(p));
    expect(lines.map((l) => l.id)).toEqual([
      'Setidaknya 3 dari 4 anggota Pemerintah harus mendukung (bila semua menyatakan sikap), dan setidaknya 2 harus menjawab.',
      'Setidaknya 2 dari 2 anggota Swasta harus mendukung (bila semua menyatakan sikap), dan setidaknya 1 harus menjawab.',
      'Setidaknya 3 dari 3 anggota Masyarakat harus mendukung (bila semua menyatakan sikap), dan setidaknya 2 harus menjawab.',
    ]);
    expect(lines[2]?.en).toBe('At least 3 of the 3 Civil society members must support (if all take a position), and at least 2 must answer.');
  });

  it('follows each rule and leaves out sectors without members', () => {
    const sectors: SectorRule = { members: { government: 4, civil_society: 3 }, quorumPercent: 100 };
    const need = (rule: DecisionRule) => previewSectorRule(rule, sectors).map((p) => [p.sector, p.supportNeeded, p.quorumNeeded]);
    expect(need({ kind: 'consensus' })).toEqual([
      ['government', 4, 4],
      ['civil_society', 3, 3],
    ]);
    expect(need({ kind: 'consensus_minus', maxDissent: 2 })).toEqual([
      ['government', 2, 4],
      ['civil_society', 1, 3],
    ]);
    expect(need({ kind: 'supermajority', percent: 60 })).toEqual([
      ['government', 3, 4],
      ['civil_society', 2, 3],
    ]);
  });

  it('matches the evaluation: the previewed support passes a sector, one fewer does not', () => {
    for (const rule of [{ kind: 'consensus' }, { kind: 'consensus_minus', maxDissent: 1 }, SUPERMAJORITY_75] as DecisionRule[]) {
      for (const p of previewSectorRule(rule, DEMO_ROOM)) {
        const answers = (supporters: number): Answer[] => Array.from({ length: p.members }, (_, i) => [p.sector, i < supporters ? 1 : 7]);
        const single: SectorRule = { members: { [p.sector]: p.members }, quorumPercent: 50 };
        const held = (n: number) => computeConsensusResult(check(answers(n), rule, single)).sectors?.[0]?.ruleHeld;
        expect(held(p.supportNeeded), `${rule.kind} ${p.sector}`).toBe(true);
        if (p.supportNeeded > 1) expect(held(p.supportNeeded - 1), `${rule.kind} ${p.sector} minus one`).toBe(false);
      }
    }
  });
});

describe('the fallbacks count per party too', () => {
  it('the majority fallback does not adopt the demo case: 7 of 9 heads, but the citizens are against', () => {
    expect(majorityAdopts(computeConsensusResult(check(SEVEN_OF_NINE, SUPERMAJORITY_75, null)))).toBe(true);
    expect(majorityAdopts(computeConsensusResult(check(SEVEN_OF_NINE, SUPERMAJORITY_75, DEMO_ROOM)))).toBe(false);
  });

  it('a block from civil society stands against the majority and against a designated decider', () => {
    const blocked: Answer[] = [...SEVEN_OF_NINE.slice(0, 7), ['civil_society', 8], ['civil_society', 1]];
    const result = computeConsensusResult(check(blocked, SUPERMAJORITY_75, DEMO_ROOM));
    expect(result.blockedByUsers).toBe(true);
    expect(usersBlockStands(result)).toBe(true);
    expect(majorityAdopts(result)).toBe(false);
  });

  it('a government block does not stop the per-party majority when every sector that took a position supports', () => {
    const answers: Answer[] = [
      ['government', 8],
      ['government', 1],
      ['government', 1],
      ['government', 1],
      ['private', 1],
      ['private', 1],
      ['civil_society', 1],
      ['civil_society', 1],
      ['civil_society', 4],
    ];
    const result = computeConsensusResult(check(answers, SUPERMAJORITY_75, DEMO_ROOM));
    expect(result.outcome).toBe('blocked');
    expect(usersBlockStands(result)).toBe(false);
    expect(majorityAdopts(result)).toBe(true);
  });
});
