/**
 * Dot voting (multivoting) to prioritise clauses or issues. charter-method.md §2.2:
 * - budget per person: round(N/3) for N options ("N/3 rule"), clamped to 1..10;
 * - cap per option per person (default 2), so nobody can stack all dots on one item;
 * - both fixed before the round opens, and no new options once it is open;
 * - hidden until revealed by default, against the bandwagon effect of visible stickers;
 * - tallies per sector as well as in total: a charter binds three pillars, not a head count.
 * The result is advisory; it orders the discussion, it decides nothing.
 */
import type { BilingualText } from '../schema/text';
import type { ClauseId, ParticipantId, VoteOptionId, VoteRoundId } from '../schema/ids';
import type { Sector } from '../schema/stakeholders';
import { SECTORS } from '../schema/stakeholders';
import { copyRecord, emptyRecord, entryOf, withEntry, withoutEntry } from '../schema/records';

export const MIN_DOT_BUDGET = 1;
/** Upper clamp of the default budget (charter-method.md §2.2). */
export const MAX_DEFAULT_DOT_BUDGET = 10;
/** An explicitly configured budget may go higher, up to this, for very long option lists. */
export const MAX_DOT_BUDGET = 20;
export const DEFAULT_CAP_PER_OPTION = 2;
export const MIN_VOTE_OPTIONS = 2;
export const MAX_VOTE_OPTIONS = 60;

export const VOTE_VISIBILITIES = ['hidden_until_reveal', 'open'] as const;
export type VoteVisibility = (typeof VOTE_VISIBILITIES)[number];
export type VoteRoundStatus = 'draft' | 'open' | 'closed' | 'revealed';

export interface VoteOption {
  id: VoteOptionId;
  label: BilingualText;
  clauseId?: ClauseId;
}

export interface VoteRound {
  id: VoteRoundId;
  title?: BilingualText;
  options: VoteOption[];
  budgetPerPerson: number;
  capPerOption: number;
  visibility: VoteVisibility;
  status: VoteRoundStatus;
  /**
   * participantId → optionId → dots, null-prototype records (`schema/records.ts`): an option id
   * such as `__proto__` must count like any other. Never shown to others before reveal.
   */
  dots: Record<string, Record<string, number>>;
  openedAt?: string;
  closedAt?: string;
  revealedAt?: string;
  /** Sticker dots counted off a flip chart (format 7); absent when nobody voted on paper. */
  paper?: PaperDots;
}

/**
 * Paper dots (format 7). The facilitator declares how many people in a sector vote on paper
 * (no phone) and enters the stickers counted per option and sector. Each paper participant has
 * the round's budget and cap, so a sector's entries are bounded by
 * `voters × budgetPerPerson` in total and `voters × capPerOption` on any one option.
 * A new entry for the same option and sector replaces the previous one (a correction).
 */
export interface PaperDots {
  /** sector → declared paper participants. */
  voters: Partial<Record<Sector, number>>;
  /** optionId → sector → the latest entry (null-prototype by option id). */
  dots: Record<string, Partial<Record<Sector, PaperDotEntry>>>;
}

export interface PaperDotEntry {
  dots: number;
  /** The facilitator who entered (or last corrected) it. */
  enteredBy: ParticipantId;
  at: string;
}

/** round(N/3) clamped to 1..10; N = 14 clauses gives 5 dots, as in the demo workshop. */
export function defaultDotBudget(optionCount: number): number {
  return Math.min(MAX_DEFAULT_DOT_BUDGET, Math.max(MIN_DOT_BUDGET, Math.round(optionCount / 3)));
}

export function dotsOf(round: VoteRound, participantId: ParticipantId): Record<string, number> {
  return entryOf(round.dots, participantId) ?? emptyRecord();
}

export function dotsUsed(round: VoteRound, participantId: ParticipantId): number {
  return Object.values(dotsOf(round, participantId)).reduce((a, b) => a + b, 0);
}

export type DotRefusal =
  | { code: 'round_not_open' }
  | { code: 'option_unknown' }
  | { code: 'dot_budget_exhausted'; budget: number }
  | { code: 'dot_cap_reached'; cap: number }
  | { code: 'no_dot_to_remove' };

export type PaperDotRefusal =
  | { code: 'round_not_open' }
  | { code: 'option_unknown' }
  | { code: 'paper_voters_missing' }
  | { code: 'paper_dots_over_cap'; max: number; cap: number; voters: number }
  | { code: 'paper_dots_over_budget'; max: number; budget: number; voters: number; entered: number }
  | { code: 'paper_voters_below_entries'; needed: number };

export function paperVoters(round: Pick<VoteRound, 'paper'>, sector: Sector): number {
  return round.paper?.voters[sector] ?? 0;
}

export function paperDotsOf(round: Pick<VoteRound, 'paper'>, optionId: string, sector: Sector): number {
  return entryOf(round.paper?.dots ?? emptyRecord<Partial<Record<Sector, PaperDotEntry>>>(), optionId)?.[sector]?.dots ?? 0;
}

/** Paper dots entered for `sector` over all options, leaving out `exceptOption` (the one being replaced). */
export function paperDotsInSector(round: Pick<VoteRound, 'paper'>, sector: Sector, exceptOption?: string): number {
  let sum = 0;
  for (const [optionId, bySector] of Object.entries(round.paper?.dots ?? {})) {
    if (optionId !== exceptOption) sum += bySector[sector]?.dots ?? 0;
  }
  return sum;
}

/** Why `dots` counted stickers may not stand for `optionId` in `sector`, or null if they may. */
export function refusePaperDots(round: VoteRound, sector: Sector, optionId: VoteOptionId, dots: number): PaperDotRefusal | null {
  if (round.status !== 'open') return { code: 'round_not_open' };
  if (!round.options.some((o) => o.id === optionId)) return { code: 'option_unknown' };
  const voters = paperVoters(round, sector);
  if (dots === 0) return null; // clearing an entry is always possible
  if (voters === 0) return { code: 'paper_voters_missing' };
  const capMax = voters * round.capPerOption;
  if (dots > capMax) return { code: 'paper_dots_over_cap', max: capMax, cap: round.capPerOption, voters };
  const entered = paperDotsInSector(round, sector, optionId);
  const budgetMax = voters * round.budgetPerPerson;
  if (entered + dots > budgetMax) return { code: 'paper_dots_over_budget', max: budgetMax, budget: round.budgetPerPerson, voters, entered };
  return null;
}

/** Why `sector` may not now have `voters` paper participants: fewer than its entries need. */
export function refusePaperVoters(round: VoteRound, sector: Sector, voters: number): PaperDotRefusal | null {
  if (round.status !== 'open') return { code: 'round_not_open' };
  const total = paperDotsInSector(round, sector);
  const largest = Math.max(0, ...round.options.map((o) => paperDotsOf(round, o.id, sector)));
  const needed = Math.max(Math.ceil(total / round.budgetPerPerson), Math.ceil(largest / round.capPerOption));
  return voters < needed ? { code: 'paper_voters_below_entries', needed } : null;
}

const emptyPaper = (): PaperDots => ({ voters: {}, dots: emptyRecord() });

export function withPaperVoters(round: VoteRound, sector: Sector, voters: number): VoteRound {
  const paper = round.paper ?? emptyPaper();
  return { ...round, paper: { ...paper, voters: { ...paper.voters, [sector]: voters } } };
}

export function withPaperDots(round: VoteRound, sector: Sector, optionId: VoteOptionId, entry: PaperDotEntry): VoteRound {
  const paper = round.paper ?? emptyPaper();
  const current = entryOf(paper.dots, optionId) ?? {};
  return { ...round, paper: { ...paper, dots: withEntry(paper.dots, optionId, { ...current, [sector]: entry }) } };
}

/** Why `participantId` may not add one dot on `optionId`, or null if they may. */
export function refuseCastDot(round: VoteRound, participantId: ParticipantId, optionId: VoteOptionId): DotRefusal | null {
  if (round.status !== 'open') return { code: 'round_not_open' };
  if (!round.options.some((o) => o.id === optionId)) return { code: 'option_unknown' };
  if (dotsUsed(round, participantId) >= round.budgetPerPerson) return { code: 'dot_budget_exhausted', budget: round.budgetPerPerson };
  if ((entryOf(dotsOf(round, participantId), optionId) ?? 0) >= round.capPerOption) return { code: 'dot_cap_reached', cap: round.capPerOption };
  return null;
}

export function refuseRemoveDot(round: VoteRound, participantId: ParticipantId, optionId: VoteOptionId): DotRefusal | null {
  if (round.status !== 'open') return { code: 'round_not_open' };
  if (!round.options.some((o) => o.id === optionId)) return { code: 'option_unknown' };
  if ((entryOf(dotsOf(round, participantId), optionId) ?? 0) === 0) return { code: 'no_dot_to_remove' };
  return null;
}

/** Returns a new round with one dot added (+1) or removed (-1); callers check the rules first. */
export function withDot(round: VoteRound, participantId: ParticipantId, optionId: VoteOptionId, delta: 1 | -1): VoteRound {
  const current = dotsOf(round, participantId);
  const next = (entryOf(current, optionId) ?? 0) + delta;
  const mine = next > 0 ? withEntry(current, optionId, next) : withoutEntry(current, optionId);
  const dots = Object.keys(mine).length === 0 ? withoutEntry(round.dots, participantId) : withEntry(round.dots, participantId, mine);
  return { ...round, dots };
}

export type SectorCounts = Record<Sector, number>;

export interface VoteTally {
  total: Record<string, number>;
  bySector: Record<string, SectorCounts>;
  /** People who placed at least one dot, overall and per sector. */
  voters: number;
  votersBySector: SectorCounts;
  /** Option ids, most dots first; ties keep the options' listed order. */
  ranking: VoteOptionId[];
  /**
   * The paper part, already included in `total`, `bySector`, `voters` and `votersBySector`;
   * absent when nobody voted on paper.
   */
  paper?: PaperTally;
}

export interface PaperTally {
  dots: number;
  voters: number;
  votersBySector: SectorCounts;
  /** optionId → paper dots. */
  total: Record<string, number>;
}

const zeroSectors = (): SectorCounts => Object.fromEntries(SECTORS.map((s) => [s, 0])) as SectorCounts;

/**
 * `sectorOf` may return null for a voter without a sector (the rules refuse such votes, but a
 * tally must not crash on old data): their dots count in the total, not in any sector.
 */
export function tallyVoteRound(round: VoteRound, sectorOf: (id: ParticipantId) => Sector | null): VoteTally {
  const total = emptyRecord<number>();
  const bySector = emptyRecord<SectorCounts>();
  for (const option of round.options) {
    total[option.id] = 0;
    bySector[option.id] = zeroSectors();
  }
  const votersBySector = zeroSectors();
  let voters = 0;
  for (const [voter, perOption] of Object.entries(round.dots)) {
    const sector = sectorOf(voter as ParticipantId);
    voters += 1;
    if (sector) votersBySector[sector] += 1;
    for (const [optionId, count] of Object.entries(perOption)) {
      total[optionId] = (entryOf(total, optionId) ?? 0) + count;
      const counts = entryOf(bySector, optionId);
      if (counts && sector) counts[sector] += count;
    }
  }
  const paper = round.paper ? addPaper(round, total, bySector) : undefined;
  if (paper) {
    voters += paper.voters;
    for (const s of SECTORS) votersBySector[s] += paper.votersBySector[s];
  }
  const ranking = round.options.map((o) => o.id).sort((a, b) => (entryOf(total, b) ?? 0) - (entryOf(total, a) ?? 0));
  return { total, bySector, voters, votersBySector, ranking, ...(paper && (paper.voters > 0 || paper.dots > 0) ? { paper } : {}) };
}

/** Adds the paper dots into the device tally (in place) and returns the paper part on its own. */
function addPaper(round: VoteRound, total: Record<string, number>, bySector: Record<string, SectorCounts>): PaperTally {
  const paperTotal = emptyRecord<number>();
  let dots = 0;
  for (const option of round.options) {
    let sum = 0;
    for (const sector of SECTORS) {
      const n = paperDotsOf(round, option.id, sector);
      sum += n;
      const counts = entryOf(bySector, option.id);
      if (counts) counts[sector] += n;
    }
    paperTotal[option.id] = sum;
    total[option.id] = (entryOf(total, option.id) ?? 0) + sum;
    dots += sum;
  }
  const votersBySector = zeroSectors();
  for (const s of SECTORS) votersBySector[s] = paperVoters(round, s);
  const voters = SECTORS.reduce((a, s) => a + votersBySector[s], 0);
  return { dots, voters, votersBySector, total: paperTotal };
}

/** What a viewer may see of a round. `viewer` null = the shared wall screen / decisions document. */
export interface VoteRoundView {
  id: VoteRoundId;
  title?: BilingualText;
  options: VoteOption[];
  budgetPerPerson: number;
  capPerOption: number;
  visibility: VoteVisibility;
  status: VoteRoundStatus;
  /** Only the count of people who have voted is public while a hidden round is not revealed. */
  voters: number;
  /**
   * Paper entries as the facilitator typed them (the stickers hang on the wall for everyone to
   * see anyway); the board shows only the declared paper participants until the reveal.
   */
  paper?: PaperDots;
  tally: VoteTally | null;
  myDots: Record<string, number> | null;
  revealedAt?: string;
}

export function isTallyVisible(round: VoteRound): boolean {
  return round.visibility === 'open' || round.status === 'revealed';
}

export function projectVoteRound(round: VoteRound, sectorOf: (id: ParticipantId) => Sector | null, viewer: ParticipantId | null): VoteRoundView {
  const visible = isTallyVisible(round);
  // `revealedAt` stays: with several revealed rounds, the screens show the latest one.
  const { dots: _hidden, openedAt: _o, closedAt: _c, ...config } = round;
  return {
    ...config,
    voters: Object.keys(round.dots).length,
    tally: visible ? tallyVoteRound(round, sectorOf) : null,
    myDots: viewer ? copyRecord(dotsOf(round, viewer)) : null,
  };
}

/**
 * Bias check (charter-method.md §2.2): a sector "dominates" an option when it supplied more
 * than this share of its dots. 0.6 flags clear skew while tolerating the usual imbalance of a
 * room where one sector sent more people.
 */
export const DEFAULT_DOMINANCE_SHARE = 0.6;

/** The sector that supplied more than `share` of the option's dots, or null. */
export function dominantSector(tally: VoteTally, optionId: VoteOptionId, share = DEFAULT_DOMINANCE_SHARE): Sector | null {
  const counts = entryOf(tally.bySector, optionId);
  const total = entryOf(tally.total, optionId) ?? 0;
  if (!counts || total === 0) return null;
  return SECTORS.find((s) => counts[s] / total > share) ?? null;
}

/** The paper share of a tally, e.g. "termasuk 12 titik kertas dari 4 peserta tanpa perangkat". */
export function describePaperDots(paper: { dots: number; voters: number }): BilingualText {
  return {
    id: `termasuk ${paper.dots} titik kertas dari ${paper.voters} peserta tanpa perangkat`,
    en: `including ${paper.dots} paper ${paper.dots === 1 ? 'dot' : 'dots'} from ${paper.voters} ${paper.voters === 1 ? 'participant' : 'participants'} without a device`,
  };
}
