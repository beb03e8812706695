/** Use cases: startConsensusCheck, startNotApplicableCheck, answerConsensus, recordConsensusOutcome. */
import type { ConsensusAnswer, ConsensusCheck, ConsensusRecord, ConsensusResult, ConsensusSubject, PaperCardCount } from '../rules/consensus';
import { answerCount, computeConsensusResult, DEFAULT_SECTOR_QUORUM_PERCENT, eligibleMembersBySector, majorityAdopts, outcomeAllowsAgreement, usersBlockStands } from '../rules/consensus';
import { levelOf } from '../rules/consensusPresets';
import { canonicalJson } from '../charter/canonical';
import { activeParticipant } from '../state/workshopState';
import type { ConsensusCheckId } from '../schema/ids';
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision, Refusal } from './result';
import { conflict, invalid, notFound } from './result';
import { emptyRecord, entryOf, hasEntry } from '../schema/records';
import type { EventDataMap } from './events';
import { refuseNotApplicable } from './clauses';

/** Default quorum: one answer. Facilitators should set the room's real quorum when they start. */
export const DEFAULT_QUORUM = 1;

export function startConsensusCheck(ctx: DecideContext, command: CommandOf<'startConsensusCheck'>): Decision {
  const { state } = ctx;
  if (hasEntry(state.consensusChecks, command.checkId)) return conflict('check_exists', 'a consensus check with this id exists');
  const clause = entryOf(state.clauses, command.clauseId);
  if (!clause) return notFound('clause_not_found', 'no clause with this id');
  if (clause.status !== 'under_discussion') return conflict('clause_not_under_discussion', 'only a clause under discussion can be checked');
  if (Object.values(state.consensusChecks).some((c) => c.clauseId === clause.id && c.status === 'open')) {
    return conflict('check_already_open', 'this clause already has an open consensus check');
  }
  return startCheck(ctx, command, { clauseId: clause.id, clauseVersionId: clause.currentVersionId });
}

type StartCommand = CommandOf<'startConsensusCheck'> | CommandOf<'startNotApplicableCheck'>;

/**
 * Both kinds of check start alike: the scale, rule, quorum, fallback and the room's sectors are
 * fixed now, before anyone answers; only what the check asks (`subject`) differs.
 */
function startCheck(ctx: DecideContext, command: StartCommand, subject: ConsensusSubject): Decision {
  const { state } = ctx;
  if (command.fallback.kind === 'designated_decider' && !activeParticipant(state, command.fallback.deciderId)) {
    return notFound('participant_not_found', 'the designated decider is not an active participant');
  }
  const check: ConsensusCheck = {
    id: command.checkId,
    ...subject,
    preset: command.preset,
    rule: command.rule,
    fallback: command.fallback,
    quorum: command.quorum ?? DEFAULT_QUORUM,
    sectors: { members: eligibleMembersBySector(Object.values(state.participants)), quorumPercent: command.sectorQuorumPercent ?? DEFAULT_SECTOR_QUORUM_PERCENT },
    status: 'open',
    answers: emptyRecord(),
    startedBy: ctx.actor.participantId,
    startedAt: ctx.now,
  };
  return emit(ctx, 'consensusCheckStarted', { check });
}

/**
 * The room's check on "Bagian X tidak berlaku karena ...": the same scale, rule, quorum and
 * fallback as a clause check; its outcome, if it allows agreement, marks the section.
 */
export function startNotApplicableCheck(ctx: DecideContext, command: CommandOf<'startNotApplicableCheck'>): Decision {
  const { state } = ctx;
  if (hasEntry(state.consensusChecks, command.checkId)) return conflict('check_exists', 'a consensus check with this id exists');
  const refusal = refuseNotApplicable(state, command.sectionCode);
  if (refusal) return refusal;
  if (Object.values(state.consensusChecks).some((c) => c.subject?.sectionCode === command.sectionCode && c.status === 'open')) {
    return conflict('check_already_open', 'this section already has an open consensus check');
  }
  return startCheck(ctx, command, { subject: { kind: 'section_not_applicable', sectionCode: command.sectionCode, reason: command.reason } });
}

/**
 * The mark a not-applicable check's outcome sets: only when the outcome allows agreement (a
 * consensus, with reservations too, or a fallback that adopted it) and the section may still be
 * marked (a clause agreed meanwhile wins: the outcome is recorded, nothing is marked).
 */
function notApplicableEffect(ctx: DecideContext, check: ConsensusCheck, record: ConsensusRecord): EventDataMap['consensusOutcomeRecorded']['notApplicable'] {
  const question = check.subject;
  if (!question || !outcomeAllowsAgreement(record, true)) return undefined;
  if (refuseNotApplicable(ctx.state, question.sectionCode)) return undefined;
  return {
    sectionCode: question.sectionCode,
    mark: { reason: question.reason, markedBy: ctx.actor.participantId, markedAt: ctx.now, checkId: check.id },
  };
}

function openCheck(ctx: DecideContext, checkId: ConsensusCheckId): ConsensusCheck | Refusal {
  const check = entryOf(ctx.state.consensusChecks, checkId);
  if (!check) return notFound('check_not_found', 'no consensus check with this id');
  if (check.status !== 'open') return conflict('check_closed', 'this consensus check is already recorded');
  return check;
}

function buildAnswer(ctx: DecideContext, check: ConsensusCheck, command: CommandOf<'answerConsensus'>): ConsensusAnswer | Refusal {
  const { sector } = ctx.author;
  if (!sector) return conflict('sector_required', 'answers are tallied per sector; this participant has none');
  const base = { participantId: ctx.author.id, sector, at: ctx.now, ...(ctx.enteredBy ? { enteredBy: ctx.enteredBy } : {}) };
  const reason = command.reason ? { reason: command.reason } : {};
  if (command.standAside) {
    if (command.level !== null) return invalid('stand_aside_with_level', 'a stand-aside carries no level');
    return { ...base, level: null, kind: 'stand_aside', ...reason };
  }
  if (command.level === null) return invalid('level_required', 'choose a level of the scale or stand aside');
  const level = levelOf(check.preset, command.level);
  if (!level) return invalid('level_unknown', `level ${command.level} is not on this scale`, { level: command.level });
  if (level.reasonRequired && !command.reason) return invalid('reason_required', 'this answer needs a reason', { level: command.level });
  return { ...base, level: level.value, kind: level.kind, ...reason };
}

/** One answer per person per check: changing one's mind means a new check after amendment. */
export function answerConsensus(ctx: DecideContext, command: CommandOf<'answerConsensus'>): Decision {
  const check = openCheck(ctx, command.checkId);
  if ('ok' in check) return check;
  if (hasEntry(check.answers, ctx.author.id)) return conflict('already_answered', 'this participant has already answered');
  const answer = buildAnswer(ctx, check, command);
  if ('ok' in answer) return answer;
  return emit(ctx, 'consensusAnswered', { checkId: check.id, answer });
}

/**
 * Paper consensus cards of one sector (format 7; the rule is written at `PaperCards`): every
 * level must be on the check's scale, once, and the cards cannot outnumber the sector's
 * declared paper participants. The new entry replaces the sector's previous one.
 */
export function enterPaperCards(ctx: DecideContext, command: CommandOf<'enterPaperCards'>): Decision {
  const check = openCheck(ctx, command.checkId);
  if ('ok' in check) return check;
  if (new Set(command.counts.map((c) => c.level)).size !== command.counts.length) return invalid('duplicate_level', 'each level of the scale is counted once');
  const counts: PaperCardCount[] = [];
  for (const c of command.counts) {
    const level = levelOf(check.preset, c.level);
    if (!level) return invalid('level_unknown', `level ${c.level} is not on this scale`, { level: c.level });
    if (c.count > 0) counts.push({ level: level.value, kind: level.kind, count: c.count });
  }
  counts.sort((a, b) => a.level - b.level);
  const cards = counts.reduce((sum, c) => sum + c.count, 0);
  if (cards > command.participants) {
    return conflict('paper_cards_exceed_participants', `${cards} cards from ${command.participants} paper participants`, { cards, participants: command.participants });
  }
  const previous = check.paper?.[command.sector];
  if (previous ? previous.participants === command.participants && canonicalJson(previous.counts) === canonicalJson(counts) : command.participants === 0) {
    return conflict('paper_unchanged', 'this entry is already recorded');
  }
  return emit(ctx, 'paperCardsEntered', { checkId: check.id, sector: command.sector, participants: command.participants, counts });
}

function fallbackDecision(check: ConsensusCheck, result: ConsensusResult, adopted: boolean | undefined): ConsensusRecord['fallback'] | Refusal {
  if (result.outcome === 'consensus' || result.outcome === 'consensus_with_reservations') {
    return invalid('fallback_not_needed', 'the check reached consensus; the fallback does not apply');
  }
  const { fallback } = check;
  if (fallback.kind === 'defer') return invalid('fallback_cannot_decide', 'the fallback is to defer: the question waits for a later session');
  if (fallback.kind === 'majority') return { kind: 'majority', adopted: majorityAdopts(result) };
  if (adopted === undefined) return invalid('decision_required', "record the designated decider's decision (adopted true or false)");
  if (adopted && usersBlockStands(result)) return conflict('users_block_stands', 'a block from the service users stands: the designated decider cannot adopt the clause over it');
  return { kind: 'designated_decider', adopted };
}

/**
 * A quiet room is not an agreeing room: below the quorum fixed at the start, no outcome is
 * recorded, so a check nobody answered cannot pass as a decision. The facilitator may still
 * close it explicitly as "no consensus" (`closeWithoutQuorum`), and nothing else.
 */
function refuseQuorum(check: ConsensusCheck, command: CommandOf<'recordConsensusOutcome'>): Refusal | null {
  // Paper cards are answers too (format 7).
  const answers = answerCount(check);
  const params = { answers, quorum: check.quorum };
  if (answers < check.quorum) {
    if (!command.closeWithoutQuorum) return conflict('quorum_not_reached', `${answers} of the ${check.quorum} answers this check needs`, params);
    if (command.useFallback || command.minorityReport) return invalid('quorum_not_reached', 'a check closed without quorum records no fallback or minority report', params);
    return null;
  }
  if (command.closeWithoutQuorum) return invalid('quorum_reached', 'the quorum is reached: record the outcome', params);
  return null;
}

export function recordConsensusOutcome(ctx: DecideContext, command: CommandOf<'recordConsensusOutcome'>): Decision {
  const check = openCheck(ctx, command.checkId);
  if ('ok' in check) return check;
  const quorumRefusal = refuseQuorum(check, command);
  if (quorumRefusal) return quorumRefusal;
  const unknownAuthor = command.minorityReport?.authorIds.find((id) => !hasEntry(ctx.state.participants, id));
  if (unknownAuthor) return notFound('participant_not_found', `minority report author ${unknownAuthor} is unknown`);
  const result = computeConsensusResult(check);
  let fallback: ConsensusRecord['fallback'];
  if (command.useFallback) {
    const decided = fallbackDecision(check, result, command.useFallback.adopted);
    if (decided && 'ok' in decided) return decided;
    fallback = decided;
  }
  const record: ConsensusRecord = {
    outcome: fallback ? 'decided_by_fallback' : result.outcome,
    result,
    ...(fallback ? { fallback } : {}),
    ...(command.minorityReport ? { minorityReport: command.minorityReport } : {}),
    recordedBy: ctx.actor.participantId,
    recordedAt: ctx.now,
  };
  const notApplicable = notApplicableEffect(ctx, check, record);
  return emit(ctx, 'consensusOutcomeRecorded', { checkId: check.id, record, ...(notApplicable ? { notApplicable } : {}) });
}
