import type { Command } from '../../../shared/commands/commandSchema';
import type { SignatoryCapacity } from '../../../shared/rules/signatories';
import type { ParticipantId } from '../../../shared/schema/ids';

export const freezeCharter = (): Command => ({ type: 'freezeCharter' });
export const enrollSignatory = (participantId: string, capacity: SignatoryCapacity): Command => ({
  type: 'enrollSignatory',
  participantId: participantId as ParticipantId,
  capacity,
});
