import { describe, expect, it } from 'vitest';
import { asClauseId, asClauseVersionId, asConsensusCheckId, asParticipantId } from '../schema/ids';
import type { Sector } from '../schema/stakeholders';
import type { ConsensusAnswer, ConsensusCheck, DecisionRule } from './consensus';
import { computeConsensusResult, majorityAdopts, outcomeAllowsAgreement } from './consensus';
import type { ConsensusPresetId } from './consensusPresets';
import { CONSENSUS_PRESETS, levelOf } from './consensusPresets';

type Vote = number | 'aside';

/** A check whose answers are the given levels, one person each, alternating sectors. */
function checkWith(preset: ConsensusPresetId, votes: Vote[], rule: DecisionRule = { kind: 'consensus' }, quorum = 1): ConsensusCheck {
  const sectors: Sector[] = ['government', 'private', 'civil_society'];
  const answers: Record<string, ConsensusAnswer> = {};
  votes.forEach((vote, i) => {
    const participantId = asParticipantId(`p${i}`);
    const level = vote === 'aside' ? undefined : levelOf(preset, vote);
    if (vote !== 'aside' && !level) throw new Error(`no level ${vote} in ${preset}`);
    answers[participantId] = {
      participantId,
      sector: sectors[i % 3]!,
      level: level?.value ?? null,
      kind: level?.kind ?? 'stand_aside',
      reason: 'alasan',
      at: '2026-01-15T10:00:00.000Z',
    };
  });
  return {
    id: asConsensusCheckId('c1'),
    clauseId: asClauseId('K5'),
    clauseVersionId: asClauseVersionId('v3'),
    preset,
    rule,
    fallback: { kind: 'defer' },
    quorum,
    sectors: null,
    status: 'open',
    answers,
    startedBy: asParticipantId('fac'),
    startedAt: '2026-01-15T09:00:00.000Z',
  };
}

const outcome = (...args: Parameters<typeof checkWith>) => computeConsensusResult(checkWith(...args)).outcome;

describe('presets', () => {
  it('offer Kaner 1-8 in two variants and fist-to-five 0-5, each requiring a reason to block', () => {
    expect(CONSENSUS_PRESETS.kaner_gradients.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(CONSENSUS_PRESETS.kaner_gradients_caw.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(CONSENSUS_PRESETS.fist_to_five.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const preset of Object.values(CONSENSUS_PRESETS)) {
      for (const l of preset.levels.filter((x) => x.kind === 'block')) expect(l.reasonRequired).toBe(true);
    }
  });

  it('reads level 5 as "more discussion" in the current Kaner scale and as a stand-aside in the older one', () => {
    expect(levelOf('kaner_gradients', 5)?.kind).toBe('more_discussion');
    expect(levelOf('kaner_gradients_caw', 5)?.kind).toBe('stand_aside');
    expect(levelOf('kaner_gradients_caw', 7)?.kind).toBe('stand_aside');
  });
});

describe('Kaner gradients of agreement', () => {
  it('is consensus when everyone endorses whole-heartedly', () => {
    expect(outcome('kaner_gradients', [1, 1, 1])).toBe('consensus');
  });

  it('reproduces the demo clause K5: levels 1-3, one "don\'t like but will support", one stand-aside', () => {
    const result = computeConsensusResult(checkWith('kaner_gradients', [1, 1, 2, 2, 3, 1, 3, 6, 'aside']));
    expect(result.outcome).toBe('consensus_with_reservations');
    expect(result.standAsides).toEqual(['p8']);
    expect(result.reservations.map((r) => r.participantId)).toEqual(['p2', 'p3', 'p4', 'p6', 'p7']);
  });

  it('ignores abstentions but needs someone to take a position', () => {
    expect(outcome('kaner_gradients', [1, 4, 4])).toBe('consensus');
    expect(outcome('kaner_gradients', [4, 4])).toBe('no_consensus');
  });

  it('has no consensus while someone needs more discussion or seriously disagrees', () => {
    expect(outcome('kaner_gradients', [1, 1, 5])).toBe('no_consensus');
    expect(outcome('kaner_gradients', [1, 1, 7])).toBe('no_consensus');
  });

  it('is blocked by a veto under every rule', () => {
    expect(outcome('kaner_gradients', [1, 1, 8])).toBe('blocked');
    expect(outcome('kaner_gradients', [1, 1, 1, 8], { kind: 'supermajority', percent: 60 })).toBe('blocked');
  });

  it('accepts one dissenter under "consensus minus one", with the dissent kept as a reservation outcome', () => {
    const result = computeConsensusResult(checkWith('kaner_gradients', [1, 1, 7], { kind: 'consensus_minus', maxDissent: 1 }));
    expect(result.outcome).toBe('consensus_with_reservations');
    expect(result.dissenters).toEqual(['p2']);
    expect(outcome('kaner_gradients', [1, 7, 7], { kind: 'consensus_minus', maxDissent: 1 })).toBe('no_consensus');
  });

  it('applies a supermajority to those taking a position', () => {
    const rule: DecisionRule = { kind: 'supermajority', percent: 75 };
    expect(outcome('kaner_gradients', [1, 1, 1, 7, 4], rule)).toBe('consensus_with_reservations');
    expect(outcome('kaner_gradients', [1, 1, 7, 7], rule)).toBe('no_consensus');
  });

  it('has no consensus below the quorum', () => {
    expect(outcome('kaner_gradients', [1, 1], { kind: 'consensus' }, 3)).toBe('no_consensus');
  });
});

describe('older Community At Work gradients', () => {
  it('lets stand-asides and "go with the majority" pass with reservations', () => {
    expect(outcome('kaner_gradients_caw', [1, 2, 5])).toBe('consensus_with_reservations');
    expect(outcome('kaner_gradients_caw', [1, 6, 7])).toBe('consensus_with_reservations');
  });

  it('is blocked by level 8', () => {
    expect(outcome('kaner_gradients_caw', [1, 2, 8])).toBe('blocked');
  });
});

describe('fist to five', () => {
  it('is consensus when everyone shows four or five fingers', () => {
    expect(outcome('fist_to_five', [4, 5, 5])).toBe('consensus');
  });

  it('passes with reservations when someone shows three', () => {
    expect(outcome('fist_to_five', [3, 5, 4])).toBe('consensus_with_reservations');
  });

  it('has no consensus when anyone shows fewer than three, and is blocked by a fist', () => {
    expect(outcome('fist_to_five', [5, 5, 2])).toBe('no_consensus');
    expect(outcome('fist_to_five', [5, 5, 0])).toBe('blocked');
  });
});

describe('fallback and agreement', () => {
  it('lets a majority adopt when supporters outnumber opponents, blocks counting against', () => {
    expect(majorityAdopts(computeConsensusResult(checkWith('kaner_gradients', [1, 1, 7])))).toBe(true);
    expect(majorityAdopts(computeConsensusResult(checkWith('kaner_gradients', [1, 7, 8])))).toBe(false);
  });

  it('allows "agreed" only on clean consensus or an adopting fallback, and reservations only as "agreed with reservations"', () => {
    const record = (o: 'consensus' | 'consensus_with_reservations' | 'no_consensus' | 'decided_by_fallback', adopted?: boolean) => ({
      outcome: o,
      result: computeConsensusResult(checkWith('kaner_gradients', [1])),
      ...(adopted === undefined ? {} : { fallback: { kind: 'majority' as const, adopted } }),
      recordedBy: asParticipantId('fac'),
      recordedAt: '2026-01-15T10:00:00.000Z',
    });
    expect(outcomeAllowsAgreement(record('consensus'), false)).toBe(true);
    expect(outcomeAllowsAgreement(record('consensus_with_reservations'), false)).toBe(false);
    expect(outcomeAllowsAgreement(record('consensus_with_reservations'), true)).toBe(true);
    expect(outcomeAllowsAgreement(record('no_consensus'), true)).toBe(false);
    expect(outcomeAllowsAgreement(record('decided_by_fallback', true), false)).toBe(true);
    expect(outcomeAllowsAgreement(record('decided_by_fallback', false), true)).toBe(false);
  });
});
