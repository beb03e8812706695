/** Use cases: enrollSignatory, withdrawSignatory, changeSignatoryCapacity, freezeCharter, reopenCharter. */
import { isAgreedStatus } from '../schema/clauses';
import { freezeGaps } from '../rules/freezeGate';
import { signatoryIneligibility } from '../rules/signatories';
import type { SignatoryCapacity } from '../rules/signatories';
import type { ParticipantId } from '../schema/ids';
import { activeParticipant, activeSignatories } from '../state/workshopState';
import type { WorkshopState } from '../state/workshopState';
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import type { Refusal } from './result';
import { conflict, notFound } from './result';

export function enrollSignatory(ctx: DecideContext, command: CommandOf<'enrollSignatory'>): Decision {
  const person = activeParticipant(ctx.state, command.participantId);
  if (!person) return notFound('participant_not_found', 'no active participant with this id');
  const ineligible = signatoryIneligibility(person);
  if (ineligible === 'facilitator_cannot_sign') return conflict(ineligible, 'facilitators stay neutral and do not sign the charter');
  if (ineligible) return conflict('signatory_needs_sector', 'a signatory signs for a pillar: this person has no sector');
  const already = ctx.state.signatories.some((s) => s.participantId === person.id && s.capacity === command.capacity);
  if (already) return conflict('signatory_exists', 'this participant already signs in this capacity');
  const signatory = {
    participantId: person.id,
    capacity: command.capacity,
    sector: person.sector,
    enrolledBy: ctx.actor.participantId,
    enrolledAt: ctx.now,
  };
  return emit(ctx, 'signatoryEnrolled', { signatory });
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
  return emit(ctx, 'signatoryCapacityChanged', { participantId: command.participantId, from: command.from, to: command.to });
}

/** The gate's input for the current state; the UI uses it to show the live checklist. */
export function freezeGapsOf(state: WorkshopState) {
  return freezeGaps({
    clauses: Object.values(state.clauses),
    notApplicable: state.notApplicable,
    consensusChecks: state.consensusChecks,
    signatories: activeSignatories(state),
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
