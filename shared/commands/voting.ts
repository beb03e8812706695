/** Use cases: configure/open/close/reveal a dot-vote round, cast and remove dots. */
import { canonicalJson } from '../charter/canonical';
import type { DotRefusal, PaperDotRefusal, VoteRound } from '../rules/dotVote';
import { DEFAULT_CAP_PER_OPTION, defaultDotBudget, paperDotsOf, paperVoters, refuseCastDot, refusePaperDots, refusePaperVoters, refuseRemoveDot } from '../rules/dotVote';
import type { VoteRoundId } from '../schema/ids';
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision, Refusal } from './result';
import { conflict, invalid, notFound } from './result';
import { emptyRecord, entryOf, hasEntry } from '../schema/records';

function buildRound(command: CommandOf<'configureVoteRound'>): VoteRound | Refusal {
  if (new Set(command.options.map((o) => o.id)).size !== command.options.length) {
    return invalid('duplicate_option', 'option ids must be unique');
  }
  const budgetPerPerson = command.budgetPerPerson ?? defaultDotBudget(command.options.length);
  const capPerOption = command.capPerOption ?? Math.min(DEFAULT_CAP_PER_OPTION, budgetPerPerson);
  if (capPerOption > budgetPerPerson) return invalid('cap_exceeds_budget', 'the cap per option cannot exceed the budget', { budgetPerPerson });
  return {
    id: command.roundId,
    ...(command.title ? { title: command.title } : {}),
    options: command.options,
    budgetPerPerson,
    capPerOption,
    visibility: command.visibility ?? 'hidden_until_reveal',
    status: 'draft',
    dots: emptyRecord(),
  };
}

/** Configuration may change freely until the round opens; after that it is fixed. */
export function configureVoteRound(ctx: DecideContext, command: CommandOf<'configureVoteRound'>): Decision {
  const existing = entryOf(ctx.state.voteRounds, command.roundId);
  if (existing && existing.status !== 'draft') return conflict('round_already_open', 'options and budgets are fixed once the round opens');
  const unknownClause = command.options.find((o) => o.clauseId && !hasEntry(ctx.state.clauses, o.clauseId));
  if (unknownClause) return notFound('clause_not_found', `option ${unknownClause.id} names an unknown clause`);
  const round = buildRound(command);
  if ('ok' in round) return round;
  if (existing && canonicalJson(existing) === canonicalJson(round)) return conflict('round_unchanged', 'the round already has this configuration');
  return emit(ctx, 'voteRoundConfigured', { round });
}

function roundIn(ctx: DecideContext, roundId: VoteRoundId): VoteRound | Refusal {
  return entryOf(ctx.state.voteRounds, roundId) ?? notFound('round_not_found', 'no vote round with this id');
}

export function openVoteRound(ctx: DecideContext, command: CommandOf<'openVoteRound'>): Decision {
  const round = roundIn(ctx, command.roundId);
  if ('ok' in round) return round;
  if (round.status !== 'draft') return conflict('round_not_draft', `the round is already ${round.status}`);
  return emit(ctx, 'voteRoundOpened', { roundId: round.id });
}

function dotRefusal(refusal: DotRefusal): Refusal {
  switch (refusal.code) {
    case 'option_unknown':
      return notFound(refusal.code, 'no such option in this round');
    case 'dot_budget_exhausted':
      return conflict(refusal.code, `all ${refusal.budget} dots are used`, { budget: refusal.budget });
    case 'dot_cap_reached':
      return conflict(refusal.code, `at most ${refusal.cap} dots per option`, { cap: refusal.cap });
    case 'no_dot_to_remove':
      return conflict(refusal.code, 'there is no dot of yours on this option');
    default:
      return conflict(refusal.code, 'the round is not open for voting');
  }
}

export function castDot(ctx: DecideContext, command: CommandOf<'castDot'>): Decision {
  const round = roundIn(ctx, command.roundId);
  if ('ok' in round) return round;
  if (!ctx.author.sector) return conflict('sector_required', 'dots are tallied per sector; this participant has none');
  const refusal = refuseCastDot(round, ctx.author.id, command.optionId);
  if (refusal) return dotRefusal(refusal);
  return emit(ctx, 'dotCast', { roundId: round.id, optionId: command.optionId, participantId: ctx.author.id });
}

export function removeDot(ctx: DecideContext, command: CommandOf<'removeDot'>): Decision {
  const round = roundIn(ctx, command.roundId);
  if ('ok' in round) return round;
  const refusal = refuseRemoveDot(round, ctx.author.id, command.optionId);
  if (refusal) return dotRefusal(refusal);
  return emit(ctx, 'dotRemoved', { roundId: round.id, optionId: command.optionId, participantId: ctx.author.id });
}

function paperRefusal(refusal: PaperDotRefusal): Refusal {
  switch (refusal.code) {
    case 'option_unknown':
      return notFound(refusal.code, 'no such option in this round');
    case 'paper_voters_missing':
      return conflict(refusal.code, 'declare how many people in this sector vote on paper first');
    case 'paper_dots_over_cap': {
      const { max, cap, voters } = refusal;
      return conflict(refusal.code, `${voters} paper voters may put at most ${max} dots on one option (${cap} each)`, { max, cap, voters });
    }
    case 'paper_dots_over_budget': {
      const { max, budget, voters, entered } = refusal;
      return conflict(refusal.code, `${voters} paper voters have ${max} dots in all (${budget} each); ${entered} are entered on other options`, { max, budget, voters, entered });
    }
    case 'paper_voters_below_entries':
      return conflict(refusal.code, `the paper dots entered for this sector need at least ${refusal.needed} paper voters`, { needed: refusal.needed });
    default:
      return conflict(refusal.code, 'the round is not open for voting');
  }
}

/**
 * Paper voters of a sector (format 7). Lowering the number is refused while the sector's
 * entered dots would exceed what fewer people could cast; correct the dots first.
 */
export function declarePaperVoters(ctx: DecideContext, command: CommandOf<'declarePaperVoters'>): Decision {
  const round = roundIn(ctx, command.roundId);
  if ('ok' in round) return round;
  const refusal = refusePaperVoters(round, command.sector, command.voters);
  if (refusal) return paperRefusal(refusal);
  if (paperVoters(round, command.sector) === command.voters) return conflict('paper_unchanged', 'this sector already has this many paper voters');
  return emit(ctx, 'paperVotersDeclared', { roundId: round.id, sector: command.sector, voters: command.voters });
}

/** Counted stickers for one option and sector (format 7): the new count replaces the old one. */
export function enterPaperDots(ctx: DecideContext, command: CommandOf<'enterPaperDots'>): Decision {
  const round = roundIn(ctx, command.roundId);
  if ('ok' in round) return round;
  const refusal = refusePaperDots(round, command.sector, command.optionId, command.dots);
  if (refusal) return paperRefusal(refusal);
  if (paperDotsOf(round, command.optionId, command.sector) === command.dots && hasEntry(round.paper?.dots ?? emptyRecord(), command.optionId)) {
    return conflict('paper_unchanged', 'this count is already entered');
  }
  return emit(ctx, 'paperDotsEntered', { roundId: round.id, optionId: command.optionId, sector: command.sector, dots: command.dots });
}

export function closeVoteRound(ctx: DecideContext, command: CommandOf<'closeVoteRound'>): Decision {
  const round = roundIn(ctx, command.roundId);
  if ('ok' in round) return round;
  if (round.status !== 'open') return conflict('round_not_open', `the round is ${round.status}`);
  return emit(ctx, 'voteRoundClosed', { roundId: round.id });
}

/** Revealing only after closing: a tally shown while voting runs recreates the bandwagon effect. */
export function revealVoteRound(ctx: DecideContext, command: CommandOf<'revealVoteRound'>): Decision {
  const round = roundIn(ctx, command.roundId);
  if ('ok' in round) return round;
  if (round.status !== 'closed') return conflict('round_not_closed', `the round is ${round.status}; close it before revealing`);
  return emit(ctx, 'voteRoundRevealed', { roundId: round.id });
}
