/** Use cases: enrollSignatory, withdrawSignatory, changeSignatoryCapacity, freezeCharter, reopenCharter. */
import { isAgreedStatus } from '../schema/clauses';
import { freezeGaps } from '../rules/freezeGate';
import { MANDATE_CAPACITY, PARTNER_CAPACITY, signatoryIneligibility } from '../rules/signatories';
import type { Mandate, Signatory, SignatoryCapacity } from '../rules/signatories';
import type { ParticipantId, StakeholderId } from '../schema/ids';
import { activeParticipant, activeSignatories } from '../state/workshopState';
import type { WorkshopState } from '../state/workshopState';
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import type { Refusal } from './result';
import { conflict, invalid, notFound } from './result';
import { entryOf, hasEntry } from '../schema/records';

export function enrollSignatory(ctx: DecideContext, command: CommandOf<'enrollSignatory'>): Decision {
  const person = activeParticipant(ctx.state, command.participantId);
  if (!person) return notFound('participant_not_found', 'no active participant with this id');
  const ineligible = signatoryIneligibility(person);
  if (ineligible === 'facilitator_cannot_sign') return conflict(ineligible, 'facilitators stay neutral and do not sign the charter');
  if (ineligible) return conflict('signatory_needs_sector', 'a signatory signs for a pillar: this person has no sector');
  const already = ctx.state.signatories.some((s) => s.participantId === person.id && s.capacity === command.capacity);
  if (already) return conflict('signatory_exists', 'this participant already signs in this capacity');
  const partyRefusal = refusePartyDetails(ctx, command.capacity, command);
  if (partyRefusal) return partyRefusal;
  const signatory: Signatory = {
    participantId: person.id,
    capacity: command.capacity,
    sector: person.sector,
    enrolledBy: ctx.actor.participantId,
    enrolledAt: ctx.now,
    ...(command.mandate ? { mandate: command.mandate } : {}),
    ...(command.partnerId ? { partnerId: command.partnerId } : {}),
  };
  return emit(ctx, 'signatoryEnrolled', { signatory });
}

/**
 * A third party signs for a partner (a stakeholder card); only the users' representative carries
 * a mandate (it may also be recorded later, `setSignatoryMandate`).
 */
function refusePartyDetails(ctx: DecideContext, capacity: SignatoryCapacity, details: { mandate?: Mandate; partnerId?: StakeholderId }): Refusal | null {
  if (details.mandate && capacity !== MANDATE_CAPACITY) return invalid('mandate_not_for_capacity', 'only the users\' representative (pihak kedua) records a mandate');
  if (capacity !== PARTNER_CAPACITY) {
    return details.partnerId ? invalid('partner_not_for_capacity', 'only a third party (pihak ketiga) signs for a partner') : null;
  }
  if (!details.partnerId) return invalid('partner_required', 'a third party (pihak ketiga) signs for a partner: name its stakeholder card');
  if (!hasEntry(ctx.state.stakeholders, details.partnerId)) return notFound('partner_not_found', 'no stakeholder card with this id');
  const taken = activeSignatories(ctx.state).some((s) => s.capacity === PARTNER_CAPACITY && s.partnerId === details.partnerId);
  return taken ? conflict('partner_already_signing', 'someone already signs for this partner') : null;
}

/** Records (or corrects) whom the users' representative acts for and how they were chosen. */
export function setSignatoryMandate(ctx: DecideContext, command: CommandOf<'setSignatoryMandate'>): Decision {
  const refusal = refuseUnenrolled(ctx, command.participantId, MANDATE_CAPACITY);
  if (refusal) return refusal;
  const current = ctx.state.signatories.find((s) => s.participantId === command.participantId && s.capacity === MANDATE_CAPACITY)?.mandate;
  if (current && current.actsFor === command.mandate.actsFor && current.chosenBy === command.mandate.chosenBy) {
    return conflict('mandate_unchanged', 'this mandate is already recorded');
  }
  return emit(ctx, 'signatoryMandateSet', { participantId: command.participantId, capacity: MANDATE_CAPACITY, mandate: command.mandate });
}

const enrolled = (ctx: DecideContext, participantId: ParticipantId, capacity: SignatoryCapacity) =>
  ctx.state.signatories.some((s) => s.participantId === participantId && s.capacity === capacity);

function refuseUnenrolled(ctx: DecideContext, participantId: ParticipantId, capacity: SignatoryCapacity): Refusal | null {
  if (enrolled(ctx, participantId, capacity)) return null;
  return notFound('signatory_not_found', 'this participant is not enrolled in this capacity');
}

/** Before the freeze (permissions.ts): a wrong enrolment must not block the gate or the signing. */
export function withdrawSignatory(ctx: DecideContext, command: CommandOf<'withdrawSignatory'>): Decision {
  const refusal = refuseUnenrolled(ctx, command.participantId, command.capacity);
  if (refusal) return refusal;
  return emit(ctx, 'signatoryWithdrawn', { participantId: command.participantId, capacity: command.capacity });
}

/** One event, so the gate never sees the person half-moved between capacities. */
export function changeSignatoryCapacity(ctx: DecideContext, command: CommandOf<'changeSignatoryCapacity'>): Decision {
  const refusal = refuseUnenrolled(ctx, command.participantId, command.from);
  if (refusal) return refusal;
  if (enrolled(ctx, command.participantId, command.to)) return conflict('signatory_exists', 'this participant already signs in this capacity');
  // A third party must name its partner: withdraw and enrol again with the partner's card.
  if (command.to === PARTNER_CAPACITY) return invalid('partner_required', 'a third party (pihak ketiga) signs for a partner: enrol them with its stakeholder card');
  return emit(ctx, 'signatoryCapacityChanged', { participantId: command.participantId, from: command.from, to: command.to });
}

/** The gate's input for the current state; the UI uses it to show the live checklist. */
export function freezeGapsOf(state: WorkshopState) {
  return freezeGaps({
    clauses: Object.values(state.clauses),
    notApplicable: state.notApplicable,
    consensusChecks: state.consensusChecks,
    signatories: activeSignatories(state),
    partnerNames: (id) => entryOf(state.stakeholders, id)?.name,
  });
}

export function freezeCharter(ctx: DecideContext, _command: CommandOf<'freezeCharter'>): Decision {
  const gaps = freezeGapsOf(ctx.state);
  if (gaps.length > 0) return conflict('freeze_gate_failed', `${gaps.length} requirement(s) are not met`, { gaps });
  const agreedVersionIds = Object.values(ctx.state.clauses)
    .filter((c) => isAgreedStatus(c.status))
    .map((c) => c.currentVersionId)
    .sort();
  const freeze = { charterVersion: ctx.state.charterVersion + 1, frozenBy: ctx.actor.participantId, frozenAt: ctx.now };
  return emit(ctx, 'charterFrozen', { freeze, agreedVersionIds });
}

/** Reopening keeps the version count: the next freeze is a new charter version, never a rewrite. */
export function reopenCharter(ctx: DecideContext, command: CommandOf<'reopenCharter'>): Decision {
  if (!ctx.state.freeze) return conflict('charter_not_frozen', 'the charter is not frozen');
  return emit(ctx, 'charterReopened', { reason: command.reason, charterVersion: ctx.state.freeze.charterVersion });
}
