/** Paper in the same tally (issue 17): counted sticker dots and paper consensus cards. */
import { describe, expect, it } from 'vitest';
import { computeConsensusResult, describePaperResult, describeSectorResult } from '../rules/consensus';
import { describePaperDots, projectVoteRound, tallyVoteRound } from '../rules/dotVote';
import { sectorOf } from '../state/workshopState';
import { clauseCommand, FACILITATOR, Room } from '../testing/workshopKit';

/** A round of three clauses, 3 dots per person, at most 2 per option; two device voters. */
function votingRoom(budgetPerPerson = 3, capPerOption = 2) {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  const s2 = room.join('S2', 'government');
  const co = room.join('CO', 'civil_society', 'co_facilitator');
  room.goTo('dot_vote');
  const options = ['A', 'B', 'C'].map((id) => ({ id, label: { id: `Pilihan ${id}` } }));
  room.must(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options, budgetPerPerson, capPerOption });
  room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
  return { room, s9, s2, co };
}

const declare = (sector: string, voters: number) => ({ type: 'declarePaperVoters', roundId: 'r1', sector, voters });
const dots = (optionId: string, sector: string, n: number) => ({ type: 'enterPaperDots', roundId: 'r1', optionId, sector, dots: n });

describe('paper dots: the declared paper voters bound what can be entered', () => {
  it('needs paper voters before any dots', () => {
    const { room } = votingRoom();
    expect(room.run(FACILITATOR, dots('A', 'civil_society', 1))).toMatchObject({ status: 409, code: 'paper_voters_missing' });
  });

  it('caps one option at voters × cap: exactly at the cap passes, one more is refused', () => {
    const { room } = votingRoom();
    room.must(FACILITATOR, declare('civil_society', 4));
    expect(room.run(FACILITATOR, dots('A', 'civil_society', 9))).toMatchObject({ status: 409, code: 'paper_dots_over_cap', params: { max: 8, cap: 2, voters: 4 } });
    room.must(FACILITATOR, dots('A', 'civil_society', 8));
  });

  it('bounds a sector over all options at voters × budget, on both sides', () => {
    const { room } = votingRoom();
    room.must(FACILITATOR, declare('civil_society', 4)); // 12 dots in all
    room.must(FACILITATOR, dots('A', 'civil_society', 8));
    expect(room.run(FACILITATOR, dots('B', 'civil_society', 5))).toMatchObject({
      status: 409,
      code: 'paper_dots_over_budget',
      params: { max: 12, budget: 3, voters: 4, entered: 8 },
    });
    room.must(FACILITATOR, dots('B', 'civil_society', 4)); // 12 of 12
    expect(room.run(FACILITATOR, dots('C', 'civil_society', 1))).toMatchObject({ code: 'paper_dots_over_budget' });
    // Sectors have their own budgets.
    room.must(FACILITATOR, declare('government', 1));
    room.must(FACILITATOR, dots('C', 'government', 2));
  });

  it('a correction replaces the previous entry (its own event, by whoever entered it) and frees its dots', () => {
    const { room, co } = votingRoom();
    room.must(FACILITATOR, declare('civil_society', 4));
    room.must(FACILITATOR, dots('A', 'civil_society', 8));
    room.must(FACILITATOR, dots('B', 'civil_society', 4));
    const fix = room.must(co, dots('A', 'civil_society', 5)); // recounted: 5, not 8
    expect(fix).toMatchObject({ type: 'paperDotsEntered', actor: { participantId: co }, data: { optionId: 'A', sector: 'civil_society', dots: 5 } });
    room.must(FACILITATOR, dots('C', 'civil_society', 3)); // 5 + 4 + 3 = 12
    const round = room.state.voteRounds.r1!;
    expect(round.paper?.dots.A?.civil_society).toMatchObject({ dots: 5, enteredBy: co });
    expect(room.run(FACILITATOR, dots('A', 'civil_society', 5))).toMatchObject({ code: 'paper_unchanged' });
    expect(room.events.filter((e) => e.type === 'paperDotsEntered')).toHaveLength(4);
  });

  it('refuses fewer paper voters than the entered dots need', () => {
    const { room } = votingRoom();
    room.must(FACILITATOR, declare('civil_society', 4));
    room.must(FACILITATOR, dots('A', 'civil_society', 6)); // needs 3 people at 2 each
    expect(room.run(FACILITATOR, declare('civil_society', 2))).toMatchObject({ code: 'paper_voters_below_entries', params: { needed: 3 } });
    room.must(FACILITATOR, declare('civil_society', 3));
  });

  it('refuses the wrong role, the wrong step and a closed round', () => {
    const { room, s9 } = votingRoom();
    expect(room.run(s9, declare('civil_society', 2))).toMatchObject({ status: 403, code: 'role_forbidden' });
    room.must(FACILITATOR, declare('civil_society', 2));
    expect(room.run(FACILITATOR, dots('A', 'civil_society', 1), s9)).toMatchObject({ code: 'on_behalf_not_allowed' });
    room.must(FACILITATOR, { type: 'closeVoteRound', roundId: 'r1' });
    expect(room.run(FACILITATOR, dots('A', 'civil_society', 1))).toMatchObject({ status: 409, code: 'round_not_open' });
    expect(room.run(FACILITATOR, declare('civil_society', 3))).toMatchObject({ status: 409, code: 'round_not_open' });
    room.goTo('drafting');
    expect(room.run(FACILITATOR, dots('A', 'civil_society', 1))).toMatchObject({ status: 409, code: 'step_forbidden' });
    expect(room.run(FACILITATOR, dots('Z', 'civil_society', 1))).toMatchObject({ code: 'step_forbidden' });
  });

  it('one tally holds device and paper dots, with the paper share marked', () => {
    const { room, s9, s2 } = votingRoom();
    room.must(s9, { type: 'castDot', roundId: 'r1', optionId: 'A' });
    room.must(s2, { type: 'castDot', roundId: 'r1', optionId: 'B' });
    room.must(FACILITATOR, declare('civil_society', 4));
    room.must(FACILITATOR, dots('A', 'civil_society', 7));
    room.must(FACILITATOR, dots('C', 'civil_society', 5));
    const tally = tallyVoteRound(room.state.voteRounds.r1!, sectorOf(room.state));
    expect(tally.total).toEqual({ A: 8, B: 1, C: 5 });
    expect(tally.bySector.A).toEqual({ government: 0, private: 0, civil_society: 8 });
    expect(tally.voters).toBe(6);
    expect(tally.votersBySector).toEqual({ government: 1, private: 0, civil_society: 5 });
    expect(tally.ranking).toEqual(['A', 'C', 'B']);
    expect(tally.paper).toMatchObject({ dots: 12, voters: 4, total: { A: 7, B: 0, C: 5 } });
    expect(describePaperDots(tally.paper!).id).toBe('termasuk 12 titik kertas dari 4 peserta tanpa perangkat');
    // Hidden until the reveal, like every dot; the device voter count stays the device count.
    const view = projectVoteRound(room.state.voteRounds.r1!, sectorOf(room.state), null);
    expect(view.tally).toBeNull();
    expect(view.voters).toBe(2);
    // A round without paper has no paper part.
    expect(tallyVoteRound({ ...room.state.voteRounds.r1!, paper: undefined }, sectorOf(room.state))).not.toHaveProperty('paper');
  });
});

/** One clause under a fist-to-five consensus check; 2 government, 1 private, 2 civil society on devices. */
function checkingRoom(sectorQuorumPercent = 50, quorum = 1) {
  const room = new Room();
  const g1 = room.join('G1', 'government');
  const g2 = room.join('G2', 'government');
  const p1 = room.join('P1', 'private');
  const c1 = room.join('C1', 'civil_society');
  const c2 = room.join('C2', 'civil_society');
  room.goTo('drafting');
  room.must(FACILITATOR, clauseCommand('K1', 'WAKTU', 'Akta selesai paling lama 3 hari kerja.'));
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
  room.goTo('consensus_check');
  room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'k1', clauseId: 'K1', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' }, sectorQuorumPercent, quorum });
  return { room, g1, g2, p1, c1, c2 };
}

const cards = (sector: string, participants: number, counts: [number, number][]) => ({
  type: 'enterPaperCards',
  checkId: 'k1',
  sector,
  participants,
  counts: counts.map(([level, count]) => ({ level, count })),
});
const answer = (level: number) => ({ type: 'answerConsensus', checkId: 'k1', level });

describe('paper consensus cards', () => {
  it('refuses more cards than paper participants, unknown and repeated levels', () => {
    const { room } = checkingRoom();
    expect(room.run(FACILITATOR, cards('civil_society', 3, [[5, 2], [4, 2]]))).toMatchObject({ status: 409, code: 'paper_cards_exceed_participants', params: { cards: 4, participants: 3 } });
    expect(room.run(FACILITATOR, cards('civil_society', 3, [[5, 1], [5, 1]]))).toMatchObject({ status: 422, code: 'duplicate_level' });
    room.must(FACILITATOR, cards('civil_society', 3, [[5, 2], [4, 1]])); // exactly as many cards as people
    // Fist-to-five ends at five.
    expect(room.run(FACILITATOR, cards('civil_society', 3, [[6, 1]]))).toMatchObject({ status: 422, code: 'level_unknown' });
  });

  it('refuses the wrong role and a recorded check; a correction replaces the sector entry', () => {
    const { room, g1, g2, p1, c1, c2 } = checkingRoom();
    expect(room.run(c1, cards('civil_society', 2, [[5, 2]]))).toMatchObject({ status: 403, code: 'role_forbidden' });
    room.must(FACILITATOR, cards('civil_society', 2, [[5, 2]]));
    room.must(FACILITATOR, cards('civil_society', 2, [[5, 1], [0, 1]])); // recounted: one fist
    expect(room.state.consensusChecks.k1!.paper?.civil_society).toMatchObject({ participants: 2, counts: [{ level: 0, kind: 'block', count: 1 }, { level: 5, kind: 'support', count: 1 }], enteredBy: FACILITATOR });
    for (const who of [g1, g2, p1, c1, c2]) room.must(who, answer(5));
    const result = computeConsensusResult(room.state.consensusChecks.k1!);
    expect(result.outcome).toBe('blocked');
    expect(result.blockedByUsers).toBe(true);
    room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'k1' });
    expect(room.run(FACILITATOR, cards('civil_society', 2, [[5, 2]]))).toMatchObject({ code: 'check_closed' });
  });

  it('paper participants are sector members: they raise the sector quorum, and their cards count toward it', () => {
    const { room, g1, g2, p1, c1 } = checkingRoom(50);
    for (const who of [g1, g2, p1, c1]) room.must(who, answer(5));
    // Civil society: 2 on devices; 1 answered = 50 %: quorum held without paper.
    expect(computeConsensusResult(room.state.consensusChecks.k1!).outcome).toBe('consensus');
    // 4 paper participants: 6 members, quorum 3; 1 card → 2 answers: not enough.
    room.must(FACILITATOR, cards('civil_society', 4, [[4, 1]]));
    let result = computeConsensusResult(room.state.consensusChecks.k1!);
    const cs = () => result.sectors!.find((s) => s.sector === 'civil_society')!;
    expect(cs()).toMatchObject({ members: 6, paperMembers: 4, paperAnswers: 1, answers: 2, quorumNeeded: 3, quorumHeld: false });
    expect(result.outcome).toBe('no_consensus');
    // One more card: 3 of 6 answered, the quorum holds exactly.
    room.must(FACILITATOR, cards('civil_society', 4, [[4, 2]]));
    result = computeConsensusResult(room.state.consensusChecks.k1!);
    expect(cs()).toMatchObject({ answers: 3, quorumHeld: true, ruleHeld: true });
    expect(result.outcome).toBe('consensus');
    expect(result.paper).toEqual({ participants: 4, answers: 2, bySector: { civil_society: { participants: 4, answers: 2 } } });
    expect(describePaperResult(result.paper!).id).toBe('termasuk 2 kartu kertas dari 4 peserta tanpa perangkat');
    expect(describeSectorResult(cs()).id).toContain('Masyarakat: 3 dari 6 mendukung (termasuk 4 peserta dengan kartu kertas)');
    // The snapshot taken at the start is never changed.
    expect(room.state.consensusChecks.k1!.sectors?.members).toEqual({ government: 2, private: 1, civil_society: 2 });
  });

  it('a sector with no device members becomes present through paper, and the rule must hold there', () => {
    const room = new Room();
    const g1 = room.join('G1', 'government');
    room.goTo('drafting');
    room.must(FACILITATOR, clauseCommand('K1', 'WAKTU'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
    room.goTo('consensus_check');
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'k1', clauseId: 'K1', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    room.must(g1, answer(5));
    room.must(FACILITATOR, cards('civil_society', 3, [[2, 2], [5, 1]]));
    const result = computeConsensusResult(room.state.consensusChecks.k1!);
    expect(result.sectors?.map((s) => s.sector)).toEqual(['government', 'civil_society']);
    expect(result.outcome).toBe('no_consensus'); // two paper cards disagree
  });

  it('paper cards count toward the overall quorum of answers', () => {
    const { room, g1 } = checkingRoom(1, 4);
    room.must(g1, answer(5));
    expect(room.run(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'k1' })).toMatchObject({ code: 'quorum_not_reached', params: { answers: 1, quorum: 4 } });
    room.must(FACILITATOR, cards('private', 3, [[5, 3]]));
    room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'k1' });
    expect(room.state.consensusChecks.k1!.record?.result.paper).toMatchObject({ participants: 3, answers: 3 });
  });
});
