import type { Command } from '../../../shared/commands/commandSchema';
import type { SignatoryCapacity } from '../../../shared/rules/signatories';
import type { ParticipantId } from '../../../shared/schema/ids';
import type { SectionCode } from '../../../shared/schema/sections';

export const freezeCharter = (): Command => ({ type: 'freezeCharter' });
export const enrollSignatory = (participantId: string, capacity: SignatoryCapacity): Command => ({
  type: 'enrollSignatory',
  participantId: participantId as ParticipantId,
  capacity,
});
export const withdrawSignatory = (participantId: string, capacity: SignatoryCapacity): Command => ({
  type: 'withdrawSignatory',
  participantId: participantId as ParticipantId,
  capacity,
});
export const changeSignatoryCapacity = (participantId: string, from: SignatoryCapacity, to: SignatoryCapacity): Command => ({
  type: 'changeSignatoryCapacity',
  participantId: participantId as ParticipantId,
  from,
  to,
});
/** Not applicable needs a reason the naskah can print (Bahasa Indonesia; English optional). */
export const markSectionNotApplicable = (sectionCode: SectionCode, reason: string): Command => ({
  type: 'markSectionNotApplicable',
  sectionCode,
  reason: { id: reason.trim() },
});
export const clearSectionNotApplicable = (sectionCode: SectionCode): Command => ({ type: 'clearSectionNotApplicable', sectionCode });
