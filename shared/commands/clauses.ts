/** Use cases: proposeClause, amendClause, setClauseStatus, mark/clear section not applicable. */
import type { Clause, ClauseVersion, ProposedClause } from '../schema/clauses';
import { CONDITION_SECTIONS, canTransition, clauseLabel, conditionIdOf, dependentsOf, isAgreedStatus, isAmendable, isConditionSection, SANCTIONS_SECTION } from '../schema/clauses';
import { isProtectedSection, sectionByCode, type SectionCode } from '../schema/sections';
import { outcomeAllowsAgreement } from '../rules/consensus';
import { sectionsOpenInStep } from '../schema/agenda';
import type { ClauseVersionId } from '../schema/ids';
import { currentStep } from '../state/workshopState';
import type { WorkshopState } from '../state/workshopState';
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision, Refusal } from './result';
import { conflict, invalid, notFound } from './result';
import { entryOf, hasEntry, withEntry } from '../schema/records';

type VersionInput = CommandOf<'proposeClause'> | CommandOf<'amendClause'>;

function buildVersion(ctx: DecideContext, command: VersionInput, parentVersionId: ClauseVersionId | null): ClauseVersion {
  const { text, rationale, obligatedParty, partnerId, answersFailureOf, legalBasis, commitment, conditionClauseId } = command;
  const userGroupIds = [...new Set(command.userGroupIds ?? [])];
  return {
    id: command.versionId,
    parentVersionId,
    text,
    rationale,
    obligatedParty,
    ...(partnerId ? { partnerId } : {}),
    ...(answersFailureOf ? { answersFailureOf } : {}),
    ...(legalBasis ? { legalBasis } : {}),
    ...(commitment ? { commitment } : {}),
    ...(userGroupIds.length > 0 ? { userGroupIds } : {}),
    ...(conditionClauseId ? { conditionClauseId } : {}),
    proposedBy: ctx.author.id,
    proposerSector: ctx.author.sector,
    ...(ctx.enteredBy ? { enteredBy: ctx.enteredBy } : {}),
    createdAt: ctx.now,
  };
}

/** A version may only name user groups the room has registered. */
function refuseUnknownUserGroup(ctx: DecideContext, command: VersionInput): Refusal | null {
  const unknown = command.userGroupIds?.find((id) => !hasEntry(ctx.state.userGroups, id));
  return unknown === undefined ? null : notFound('user_group_not_found', `no user group ${unknown}`);
}

/**
 * A partner is named by its stakeholder card, and only where the clause puts something on it;
 * only sanctions and compensation name whose failure they answer.
 */
function refuseParties(ctx: DecideContext, sectionCode: SectionCode, command: VersionInput): Refusal | null {
  if (command.answersFailureOf && sectionCode !== SANCTIONS_SECTION) {
    return invalid('failure_party_outside_sanctions', `only clauses in ${SANCTIONS_SECTION} name whose failure they answer`, { sectionCode });
  }
  const namesPartner = command.obligatedParty === 'partner' || command.answersFailureOf === 'partner';
  if (!namesPartner) return command.partnerId ? invalid('partner_not_named', 'partnerId is given but the clause puts nothing on a partner') : null;
  if (!command.partnerId) return invalid('partner_required', 'name the partner (a stakeholder card) this clause puts a duty on');
  if (!hasEntry(ctx.state.stakeholders, command.partnerId)) return notFound('partner_not_found', 'no stakeholder card with this id');
  return null;
}

/** Participants draft only in the sections the current step works on; facilitators anywhere. */
function refuseSectionForStep(ctx: DecideContext, sectionCode: SectionCode): Refusal | null {
  if (ctx.author.role !== 'participant') return null;
  const open = sectionsOpenInStep(currentStep(ctx.state));
  if (!open || open.has(sectionCode)) return null;
  return conflict('section_not_in_step', `section ${sectionCode} is not worked on in this step`, { sectionCode });
}

/**
 * A promise may rest on one condition: an existing clause in a condition section (staff,
 * facilities, provider obligations), which itself rests on nothing, so links never chain or loop.
 */
function refuseCondition(ctx: DecideContext, clauseId: string, command: VersionInput): Refusal | null {
  const id = command.conditionClauseId;
  if (!id) return null;
  const condition = entryOf(ctx.state.clauses, id);
  if (!condition) return notFound('condition_not_found', 'no clause with the condition id');
  if (condition.id === clauseId || !isConditionSection(condition.sectionCode)) {
    return conflict('condition_section_invalid', `a condition is a clause of its own in ${CONDITION_SECTIONS.join(', ')}`, { condition: clauseLabel(condition) });
  }
  const self = entryOf(ctx.state.clauses, clauseId);
  if (conditionIdOf(condition) || (self && dependentsOf(Object.values(ctx.state.clauses), clauseId).length > 0)) {
    return conflict('condition_chained', 'a condition clause rests on no other condition, and a clause that is a condition rests on none', { condition: clauseLabel(condition) });
  }
  return null;
}

export function proposeClause(ctx: DecideContext, command: CommandOf<'proposeClause'>): Decision {
  if (hasEntry(ctx.state.clauses, command.clauseId)) return conflict('clause_exists', 'a clause with this id exists');
  // A clause under "tidak berlaku" would contradict the reason printed in the naskah: undo the mark first.
  if (hasEntry(ctx.state.notApplicable, command.sectionCode)) {
    return conflict('section_not_applicable', `section ${command.sectionCode} is marked not applicable`, { sectionCode: command.sectionCode });
  }
  const stepRefusal = refuseSectionForStep(ctx, command.sectionCode) ?? refuseUnknownUserGroup(ctx, command) ?? refuseParties(ctx, command.sectionCode, command);
  if (stepRefusal) return stepRefusal;
  const conditionRefusal = refuseCondition(ctx, command.clauseId, command);
  if (conditionRefusal) return conditionRefusal;
  const version = buildVersion(ctx, command, null);
  const clause: ProposedClause = {
    id: command.clauseId,
    sectionCode: command.sectionCode,
    status: 'proposed',
    currentVersionId: version.id,
    versions: withEntry({}, version.id, version),
    ...(command.usersAsk ? { usersAsk: command.usersAsk } : {}),
    ...(command.providerBaseline ? { providerBaseline: command.providerBaseline } : {}),
    ...(command.usersAskText ? { usersAskText: command.usersAskText } : {}),
  };
  return emit(ctx, 'clauseProposed', { clause });
}

export function amendClause(ctx: DecideContext, command: CommandOf<'amendClause'>): Decision {
  const clause = entryOf(ctx.state.clauses, command.clauseId);
  if (!clause) return notFound('clause_not_found', 'no clause with this id');
  if (!isAmendable(clause.status)) return conflict('clause_not_amendable', `a clause that is ${clause.status} cannot be amended`, { status: clause.status });
  if (hasEntry(clause.versions, command.versionId)) return conflict('version_exists', 'a version with this id exists');
  // Optimistic concurrency: an amendment must build on the text everyone currently sees.
  if (command.parentVersionId !== clause.currentVersionId) {
    return conflict('stale_parent_version', 'the clause changed since this amendment was written', { currentVersionId: clause.currentVersionId });
  }
  if (Object.values(ctx.state.consensusChecks).some((c) => c.clauseId === clause.id && c.status === 'open')) {
    return conflict('consensus_check_open', 'record the open consensus check before amending the clause');
  }
  const stepRefusal = refuseSectionForStep(ctx, clause.sectionCode) ?? refuseUnknownUserGroup(ctx, command) ?? refuseParties(ctx, clause.sectionCode, command);
  if (stepRefusal) return stepRefusal;
  const conditionRefusal = refuseCondition(ctx, clause.id, command);
  if (conditionRefusal) return conditionRefusal;
  return emit(ctx, 'clauseAmended', {
    clauseId: clause.id,
    version: buildVersion(ctx, command, clause.currentVersionId),
    ...(command.usersAsk ? { usersAsk: command.usersAsk } : {}),
    ...(command.providerBaseline ? { providerBaseline: command.providerBaseline } : {}),
    ...(command.usersAskText ? { usersAskText: command.usersAskText } : {}),
  });
}

/** An agreement must rest on a recorded consensus check of the clause's current text. */
function refuseAgreement(ctx: DecideContext, clause: Clause, command: CommandOf<'setClauseStatus'>): Refusal | null {
  if (!command.checkId) return invalid('consensus_check_required', 'agreeing a clause needs the consensus check that agreed it');
  const check = entryOf(ctx.state.consensusChecks, command.checkId);
  if (!check) return notFound('check_not_found', 'no consensus check with this id');
  if (check.clauseId !== clause.id || check.clauseVersionId !== clause.currentVersionId) {
    return conflict('check_not_for_current_version', 'the consensus check is not about the current text of this clause');
  }
  if (!check.record) return conflict('check_not_recorded', 'the consensus check has no recorded outcome yet');
  const conditionId = conditionIdOf(clause);
  const condition = conditionId ? entryOf(ctx.state.clauses, conditionId) : undefined;
  if (conditionId && !(condition && isAgreedStatus(condition.status))) {
    const label = condition ? clauseLabel(condition) : 'K?';
    return conflict('condition_not_agreed', `this promise rests on ${label}, which is not agreed yet: agree the condition first`, { condition: label });
  }
  if (!outcomeAllowsAgreement(check.record, command.status === 'agreed_with_reservations')) {
    return conflict('outcome_does_not_allow', `outcome ${check.record.outcome} does not allow status ${command.status}`, {
      outcome: check.record.outcome,
    });
  }
  return null;
}

export function setClauseStatus(ctx: DecideContext, command: CommandOf<'setClauseStatus'>): Decision {
  const clause = entryOf(ctx.state.clauses, command.clauseId);
  if (!clause) return notFound('clause_not_found', 'no clause with this id');
  const from = clause.status;
  const to = command.status;
  if (from === to) return conflict('status_unchanged', `the clause is already ${to}`);
  if (!canTransition(from, to)) return conflict('transition_not_allowed', `a clause cannot go from ${from} to ${to}`, { from, to });
  if (isAgreedStatus(to)) {
    const refusal = refuseAgreement(ctx, clause, command);
    if (refusal) return refusal;
  }
  return emit(ctx, 'clauseStatusSet', { clauseId: clause.id, from, to, ...(command.checkId ? { checkId: command.checkId } : {}) });
}

/**
 * Why `sectionCode` cannot be marked not applicable now (by the facilitator or by the room), or
 * null: protected sections never, nor a section already marked or with an agreed clause.
 */
export function refuseNotApplicable(state: WorkshopState, sectionCode: SectionCode): Refusal | null {
  if (isProtectedSection(sectionCode)) {
    return conflict('section_protected', `section ${sectionCode} is part of every contract between provider and users and cannot be marked not applicable`, { sectionCode });
  }
  if (hasEntry(state.notApplicable, sectionCode)) return conflict('already_not_applicable', 'this section is already marked not applicable');
  const agreed = Object.values(state.clauses).some((c) => c.sectionCode === sectionCode && isAgreedStatus(c.status));
  if (agreed) return conflict('section_has_agreed_clause', 'a section with an agreed clause cannot be marked not applicable');
  return null;
}

/**
 * Direct marking by the facilitator team, for optional sections only: a required section is
 * not applicable only if the room says so (`startNotApplicableCheck`, then the outcome).
 */
export function markSectionNotApplicable(ctx: DecideContext, command: CommandOf<'markSectionNotApplicable'>): Decision {
  const { sectionCode } = command;
  const refusal = refuseNotApplicable(ctx.state, sectionCode);
  if (refusal) return refusal;
  if (sectionByCode(sectionCode).requiredForFreeze) {
    return conflict('section_needs_room_consent', `section ${sectionCode} is required: only the room's consensus check can mark it not applicable`, { sectionCode });
  }
  const mark = { reason: command.reason, markedBy: ctx.author.id, markedAt: ctx.now };
  return emit(ctx, 'sectionMarkedNotApplicable', { sectionCode, mark });
}

export function clearSectionNotApplicable(ctx: DecideContext, command: CommandOf<'clearSectionNotApplicable'>): Decision {
  if (!hasEntry(ctx.state.notApplicable, command.sectionCode)) return conflict('not_marked', 'this section is not marked not applicable');
  return emit(ctx, 'sectionNotApplicableCleared', { sectionCode: command.sectionCode });
}
