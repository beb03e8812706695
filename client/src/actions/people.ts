import type { Command } from '../../../shared/commands/commandSchema';
import type { ParticipantId } from '../../../shared/schema/ids';
import type { Role } from '../../../shared/schema/participants';

export const setRole = (participantId: string, role: Role): Command => ({ type: 'setRole', participantId: participantId as ParticipantId, role });

export const revokeParticipant = (participantId: string, reason: string): Command => ({
  type: 'revokeParticipant',
  participantId: participantId as ParticipantId,
  ...(reason.trim() ? { reason: reason.trim() } : {}),
});

/** Lets a revoked person's browser join again by code (as a new participant). */
export const allowRejoin = (participantId: string): Command => ({ type: 'allowRejoin', participantId: participantId as ParticipantId });
