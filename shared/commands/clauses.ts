/** Use cases: proposeClause, amendClause, setClauseStatus, mark/clear section not applicable. */
import type { Clause, ClauseVersion, ProposedClause } from '../schema/clauses';
import { canTransition, isAgreedStatus, isAmendable } from '../schema/clauses';
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
  const { text, rationale, obligatedParty, legalBasis, commitment } = command;
  return {
    id: command.versionId,
    parentVersionId,
    text,
    rationale,
    obligatedParty,
    ...(legalBasis ? { legalBasis } : {}),
    ...(commitment ? { commitment } : {}),
    proposedBy: ctx.author.id,
    proposerSector: ctx.author.sector,
    ...(ctx.enteredBy ? { enteredBy: ctx.enteredBy } : {}),
    createdAt: ctx.now,
  };
}

/** Participants draft only in the sections the current step works on; facilitators anywhere. */
function refuseSectionForStep(ctx: DecideContext, sectionCode: SectionCode): Refusal | null {
  if (ctx.author.role !== 'participant') return null;
  const open = sectionsOpenInStep(currentStep(ctx.state));
  if (!open || open.has(sectionCode)) return null;
  return conflict('section_not_in_step', `section ${sectionCode} is not worked on in this step`, { sectionCode });
}

export function proposeClause(ctx: DecideContext, command: CommandOf<'proposeClause'>): Decision {
  if (hasEntry(ctx.state.clauses, command.clauseId)) return conflict('clause_exists', 'a clause with this id exists');
  // A clause under "tidak berlaku" would contradict the reason printed in the naskah: undo the mark first.
  if (hasEntry(ctx.state.notApplicable, command.sectionCode)) {
    return conflict('section_not_applicable', `section ${command.sectionCode} is marked not applicable`, { sectionCode: command.sectionCode });
  }
  const stepRefusal = refuseSectionForStep(ctx, command.sectionCode);
  if (stepRefusal) return stepRefusal;
  const version = buildVersion(ctx, command, null);
  const clause: ProposedClause = {
    id: command.clauseId,
    sectionCode: command.sectionCode,
    status: 'proposed',
    currentVersionId: version.id,
    versions: withEntry({}, version.id, version),
    ...(command.usersAsk ? { usersAsk: command.usersAsk } : {}),
    ...(command.providerBaseline ? { providerBaseline: command.providerBaseline } : {}),
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
  const stepRefusal = refuseSectionForStep(ctx, clause.sectionCode);
  if (stepRefusal) return stepRefusal;
  return emit(ctx, 'clauseAmended', {
    clauseId: clause.id,
    version: buildVersion(ctx, command, clause.currentVersionId),
    ...(command.usersAsk ? { usersAsk: command.usersAsk } : {}),
    ...(command.providerBaseline ? { providerBaseline: command.providerBaseline } : {}),
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
