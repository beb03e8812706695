/** Use cases: joinWorkshop, setRole, revokeParticipant, allowRejoin. */
import type { ParticipantId } from '../schema/ids';
import type { Actor } from '../schema/participants';
import type { WorkshopState } from '../state/workshopState';
import { activeParticipant } from '../state/workshopState';
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import { accept, conflict, forbidden, notFound } from './result';
import { entryOf, hasEntry } from '../schema/records';

/**
 * Joining is the one command whose actor is not yet in the state. The server issues it right
 * after minting the participant's id and token, with the role that identity was issued for
 * (participant by join code, facilitator or board observer by link): the server, not this
 * command, decides who becomes a facilitator. Rejoining with a known id is refused.
 */
export function joinWorkshop(state: WorkshopState, actor: Actor, command: CommandOf<'joinWorkshop'>, now: string): Decision {
  if (hasEntry(state.participants, actor.participantId)) return conflict('participant_exists', 'this participant has already joined');
  if (command.deviceHash && revokedDevice(state, command.deviceHash)) {
    return forbidden('device_revoked', 'a facilitator removed the person on this device; ask a facilitator to allow rejoining');
  }
  const participant = {
    id: actor.participantId,
    displayName: command.displayName,
    role: actor.role,
    sector: command.sector,
    ...(command.category ? { category: command.category } : {}),
    ...(command.deviceHash ? { deviceHash: command.deviceHash } : {}),
    revoked: false,
    joinedAt: now,
  };
  return accept({ participantId: actor.participantId, role: actor.role, sector: command.sector }, now, 'participantJoined', { participant });
}

/** A device whose person was revoked, and whom no facilitator has allowed back yet. */
function revokedDevice(state: WorkshopState, deviceHash: string): boolean {
  return Object.values(state.participants).some((p) => p.revoked && !p.rejoinAllowed && p.deviceHash === deviceHash);
}

function activeFacilitators(state: WorkshopState): ParticipantId[] {
  return Object.values(state.participants)
    .filter((p) => !p.revoked && p.role === 'facilitator')
    .map((p) => p.id);
}

/** A workshop without a lead facilitator could never advance, freeze or reopen again. */
function wouldLeaveNoFacilitator(state: WorkshopState, target: ParticipantId): boolean {
  const leads = activeFacilitators(state);
  return leads.length === 1 && leads[0] === target;
}

export function setRole(ctx: DecideContext, command: CommandOf<'setRole'>): Decision {
  const target = activeParticipant(ctx.state, command.participantId);
  if (!target) return notFound('participant_not_found', 'no active participant with this id');
  if (target.role === command.role) return conflict('role_unchanged', `participant already has role ${command.role}`);
  if (target.role === 'facilitator' && wouldLeaveNoFacilitator(ctx.state, target.id)) {
    return conflict('last_facilitator', 'the workshop must keep one lead facilitator');
  }
  return emit(ctx, 'roleSet', { participantId: target.id, role: command.role, previousRole: target.role });
}

export function revokeParticipant(ctx: DecideContext, command: CommandOf<'revokeParticipant'>): Decision {
  const target = entryOf(ctx.state.participants, command.participantId);
  if (!target) return notFound('participant_not_found', 'no participant with this id');
  if (target.revoked) return conflict('already_revoked', 'this participant is already revoked');
  if (target.role === 'facilitator' && wouldLeaveNoFacilitator(ctx.state, target.id)) {
    return conflict('last_facilitator', 'the workshop must keep one lead facilitator');
  }
  return emit(ctx, 'participantRevoked', { participantId: target.id, ...(command.reason ? { reason: command.reason } : {}) });
}

/**
 * Lifts the block on a revoked person's device: they may join again by code, as a new
 * participant (the revoked identity and its tokens stay revoked, so nothing they did before is
 * reattributed).
 */
export function allowRejoin(ctx: DecideContext, command: CommandOf<'allowRejoin'>): Decision {
  const target = entryOf(ctx.state.participants, command.participantId);
  if (!target) return notFound('participant_not_found', 'no participant with this id');
  if (!target.revoked) return conflict('participant_not_revoked', 'this participant is not revoked');
  if (target.rejoinAllowed) return conflict('rejoin_already_allowed', 'this person may already rejoin');
  return emit(ctx, 'rejoinAllowed', { participantId: target.id });
}
