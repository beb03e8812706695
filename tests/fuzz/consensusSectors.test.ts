/**
 * Seeded randomised rooms, rules and answers: no outcome that lets a clause be agreed while a
 * sector present at the start misses the rule or its quorum, or while anyone (in particular a
 * service user) blocks. The outcomes are checked against a small oracle written from the rule's
 * wording, not from the code. A failure prints its seed; replay with MUFAKAT_FUZZ_SEED=<seed>.
 */
import { describe, expect, it } from 'vitest';
import type { ConsensusAnswer, ConsensusCheck, ConsensusRecord, DecisionRule } from '../../shared/rules/consensus';
import { computeConsensusResult, majorityAdopts, outcomeAllowsAgreement, USERS_SECTOR } from '../../shared/rules/consensus';
import { CONSENSUS_PRESET_IDS, CONSENSUS_PRESETS, type AnswerKind } from '../../shared/rules/consensusPresets';
import { asClauseId, asClauseVersionId, asConsensusCheckId, asParticipantId } from '../../shared/schema/ids';
import { SECTORS, type Sector } from '../../shared/schema/stakeholders';
import { fuzzSeed, seededRandom } from '../support/random';

const SEED = fuzzSeed();
const ROOMS = Number(process.env.MUFAKAT_FUZZ_ROOMS ?? 3000);

function randomRoom(random: () => number) {
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const members: Partial<Record<Sector, number>> = {};
  for (const sector of SECTORS) if (random() < 0.85) members[sector] = 1 + int(6);
  const rules: DecisionRule[] = [
    { kind: 'consensus' },
    { kind: 'consensus_minus', maxDissent: 1 },
    { kind: 'consensus_minus', maxDissent: 2 },
    { kind: 'supermajority', percent: 50 + int(51) },
  ];
  const rule = pick(rules);
  const preset = pick(CONSENSUS_PRESET_IDS);
  // Mostly supportive rooms, so that agreement is common enough to test the invariant.
  const supportive = random() < 0.7;
  const answers: Record<string, ConsensusAnswer> = {};
  let n = 0;
  for (const sector of SECTORS) {
    for (let i = 0; i < (members[sector] ?? 0); i++) {
      n += 1;
      if (random() < 0.2) continue; // did not answer
      const levels = CONSENSUS_PRESETS[preset].levels;
      const level = supportive && random() < 0.85 ? (levels.find((l) => l.kind === 'support') ?? pick(levels)) : pick(levels);
      const participantId = asParticipantId(`p${n}`);
      answers[participantId] = { participantId, sector, level: level.value, kind: level.kind, reason: 'alasan', at: '2026-01-15T10:00:00.000Z' };
    }
  }
  const totalMembers = Object.values(members).reduce((a, b) => a + b, 0);
  const check: ConsensusCheck = {
    id: asConsensusCheckId('c1'),
    clauseId: asClauseId('K1'),
    clauseVersionId: asClauseVersionId('K1v1'),
    preset,
    rule,
    fallback: { kind: 'majority' },
    quorum: 1 + int(Math.max(1, Math.ceil(totalMembers / 2))),
    sectors: { members, quorumPercent: 1 + int(100) },
    status: 'open',
    answers,
    startedBy: asParticipantId('fac'),
    startedAt: '2026-01-15T09:00:00.000Z',
  };
  return check;
}

/** The rule in its own words: who supports, who dissents, and whether the rule holds for them. */
function holds(rule: DecisionRule, kinds: AnswerKind[]): boolean {
  const support = kinds.filter((k) => k === 'support' || k === 'reservation').length;
  const against = kinds.filter((k) => k === 'disagree' || k === 'more_discussion').length;
  if (kinds.includes('block') || support === 0) return false;
  if (rule.kind === 'consensus') return against === 0;
  if (rule.kind === 'consensus_minus') return against <= rule.maxDissent;
  return support / (support + against) >= rule.percent / 100;
}

function oracleAgrees(check: ConsensusCheck): { agreed: boolean; why: string } {
  const answers = Object.values(check.answers);
  if (answers.length < check.quorum) return { agreed: false, why: 'overall quorum' };
  if (answers.some((a) => a.kind === 'block')) return { agreed: false, why: 'block' };
  if (!holds(check.rule, answers.map((a) => a.kind))) return { agreed: false, why: 'overall rule' };
  for (const sector of SECTORS) {
    const members = check.sectors?.members[sector] ?? 0;
    if (members === 0) continue;
    const mine = answers.filter((a) => a.sector === sector);
    if (mine.length * 100 < members * (check.sectors?.quorumPercent ?? 0) || mine.length === 0) return { agreed: false, why: `${sector} quorum` };
    if (!holds(check.rule, mine.map((a) => a.kind))) return { agreed: false, why: `${sector} rule` };
  }
  return { agreed: true, why: '' };
}

describe(`per-sector consent over random rooms (seed ${SEED})`, () => {
  it('never lets a clause be agreed while a present sector fails the rule or its quorum, or anyone blocks', () => {
    const random = seededRandom(SEED);
    const seen = { agreed: 0, sectorFailed: 0, usersBlocked: 0 };
    for (let i = 0; i < ROOMS; i++) {
      const check = randomRoom(random);
      const result = computeConsensusResult(check);
      const record: ConsensusRecord = { outcome: result.outcome, result, recordedBy: asParticipantId('fac'), recordedAt: '2026-01-15T11:00:00.000Z' };
      const agreed = outcomeAllowsAgreement(record, true);
      const oracle = oracleAgrees(check);
      const context = `seed ${SEED}, room ${i}: ${JSON.stringify({ rule: check.rule, sectors: check.sectors, quorum: check.quorum, result: result.sectors, outcome: result.outcome, why: oracle.why })}`;
      expect(agreed, context).toBe(oracle.agreed);
      if (agreed) {
        seen.agreed += 1;
        for (const s of result.sectors ?? []) expect(s.ruleHeld && s.quorumHeld, context).toBe(true);
        expect(result.counts.block, context).toBe(0);
      }
      if (oracle.why.endsWith('rule') && oracle.why !== 'overall rule') seen.sectorFailed += 1;
      const usersBlock = Object.values(check.answers).some((a) => a.sector === USERS_SECTOR && a.kind === 'block');
      expect(result.blockedByUsers, context).toBe(usersBlock);
      // The majority fallback counts per party too: never over a users' block, never over a
      // sector whose members who took a position are mostly against.
      if (majorityAdopts(result)) {
        expect(usersBlock, context).toBe(false);
        for (const sector of SECTORS) {
          const mine = Object.values(check.answers).filter((a) => a.sector === sector);
          const pro = mine.filter((a) => a.kind === 'support' || a.kind === 'reservation').length;
          const con = mine.filter((a) => a.kind === 'disagree' || a.kind === 'more_discussion' || a.kind === 'block').length;
          if (pro + con > 0) expect(pro > con, context).toBe(true);
        }
      }
      if (usersBlock) {
        seen.usersBlocked += 1;
        expect(result.outcome, context).toBe(Object.keys(check.answers).length < check.quorum ? 'no_consensus' : 'blocked');
      }
    }
    // The generator must reach every case it claims to test.
    expect(seen.agreed).toBeGreaterThan(ROOMS / 20);
    expect(seen.sectorFailed).toBeGreaterThan(ROOMS / 50);
    expect(seen.usersBlocked).toBeGreaterThan(ROOMS / 50);
  });
});
