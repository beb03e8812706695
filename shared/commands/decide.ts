/**
 * `decide(state, actor, command, now)`: the single entry point the server calls for a command.
 * Pure: it reads the state and returns either the event to append or a refusal with an HTTP
 * status. Shared guards run first (shape, identity, on-behalf, role × step × freeze), then the
 * use case's own rules.
 */
import { canActOnBehalf, COMMAND_PERMISSIONS, refuseCommand } from './permissions';
import type { Actor, Participant } from '../schema/participants';
import type { WorkshopState } from '../state/workshopState';
import { activeParticipant, currentStep } from '../state/workshopState';
import { setAgenda, setAgendaStep, setBoardFocus, setBoardOptions, setStepClock } from './agenda';
import { changeSignatoryCapacity, enrollSignatory, freezeCharter, reopenCharter, setSignatoryMandate, withdrawSignatory } from './charter';
import { recordWetInkSignature, registerSigningKey, signCharter } from './signing';
import { amendClause, clearSectionNotApplicable, markSectionNotApplicable, proposeClause, setClauseStatus } from './clauses';
import type { Command, CommandType } from './commandSchema';
import { parseCommand } from './commandSchema';
import { assignComplaints, defineComplaintTheme, recordComplaints, setClauseComplaintThemes } from './complaints';
import { answerConsensus, enterPaperCards, recordConsensusOutcome, startConsensusCheck, startNotApplicableCheck } from './consensus';
import type { DecideContext } from './context';
import { allowRejoin, joinWorkshop, revokeParticipant, setRole } from './participants';
import { addStakeholder, addUserGroup } from './registry';
import { recordSurvey } from './survey';
import type { Decision, Refusal } from './result';
import { conflict, forbidden, invalid, notFound } from './result';
import { castDot, closeVoteRound, configureVoteRound, declarePaperVoters, enterPaperDots, openVoteRound, removeDot, revealVoteRound } from './voting';
import { entryOf } from '../schema/records';

type Handler<T extends CommandType> = (ctx: DecideContext, command: Extract<Command, { type: T }>) => Decision;

const HANDLERS: { [T in Exclude<CommandType, 'joinWorkshop'>]: Handler<T> } = {
  setAgenda,
  setAgendaStep,
  setStepClock,
  setBoardFocus,
  setBoardOptions,
  setRole,
  revokeParticipant,
  allowRejoin,
  addStakeholder,
  addUserGroup,
  recordSurvey,
  proposeClause,
  amendClause,
  setClauseStatus,
  markSectionNotApplicable,
  clearSectionNotApplicable,
  configureVoteRound,
  openVoteRound,
  castDot,
  removeDot,
  declarePaperVoters,
  enterPaperDots,
  closeVoteRound,
  revealVoteRound,
  startConsensusCheck,
  startNotApplicableCheck,
  answerConsensus,
  enterPaperCards,
  recordConsensusOutcome,
  enrollSignatory,
  withdrawSignatory,
  changeSignatoryCapacity,
  setSignatoryMandate,
  freezeCharter,
  reopenCharter,
  registerSigningKey,
  signCharter,
  recordComplaints,
  defineComplaintTheme,
  assignComplaints,
  setClauseComplaintThemes,
  recordWetInkSignature,
};

const PERMISSION_MESSAGES = {
  role_forbidden: [403, 'this role may not issue this command'],
  step_forbidden: [409, 'this command is not available in the current agenda step'],
  charter_frozen: [409, 'the charter is frozen; reopen it first'],
  charter_not_frozen: [409, 'the charter is not frozen'],
} as const;

/** Resolves the issuing and the represented participant, or refuses. The state's role wins over the token's. */
function resolveContext(state: WorkshopState, actor: Actor, command: Command, now: string): DecideContext | Refusal {
  const issuer = entryOf(state.participants, actor.participantId);
  if (!issuer) return forbidden('actor_unknown', 'the issuing participant is not part of this workshop');
  if (issuer.revoked) return forbidden('participant_revoked', 'this participant has been revoked');
  const resolved: Actor = { participantId: issuer.id, role: issuer.role, sector: issuer.sector };
  if (!actor.onBehalfOf) return { state, actor: resolved, author: issuer, now };
  if (!COMMAND_PERMISSIONS[command.type].onBehalf) return invalid('on_behalf_not_allowed', 'this command cannot be issued on behalf of someone');
  if (!canActOnBehalf(issuer.role)) return forbidden('role_forbidden', 'only facilitators may enter input on behalf of others');
  const author: Participant | undefined = activeParticipant(state, actor.onBehalfOf);
  if (!author) return notFound('participant_not_found', 'the represented participant is not active in this workshop');
  return { state, actor: { ...resolved, onBehalfOf: author.id }, author, enteredBy: issuer.id, now };
}

function refusePermission(ctx: DecideContext, type: CommandType): Refusal | null {
  const step = currentStep(ctx.state)?.method ?? null;
  const refusal = refuseCommand(ctx.author.role, type, step, ctx.state.freeze !== null);
  if (!refusal) return null;
  const [status, message] = PERMISSION_MESSAGES[refusal];
  return status === 403 ? forbidden(refusal, message) : conflict(refusal, message, { step });
}

export function decide(state: WorkshopState, actor: Actor, input: unknown, now: string): Decision {
  const parsed = parseCommand(input);
  if (!parsed.ok) return invalid('invalid_command', parsed.message);
  const command = parsed.command;
  if (command.type === 'joinWorkshop') {
    if (refuseCommand(actor.role, 'joinWorkshop', null, false)) return forbidden('role_forbidden', 'this role cannot join by link');
    return joinWorkshop(state, actor, command, now);
  }
  const ctx = resolveContext(state, actor, command, now);
  if ('ok' in ctx) return ctx;
  const refusal = refusePermission(ctx, command.type);
  if (refusal) return refusal;
  const handler = HANDLERS[command.type] as Handler<typeof command.type>;
  return handler(ctx, command);
}
