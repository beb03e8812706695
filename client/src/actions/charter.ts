import type { Command } from '../../../shared/commands/commandSchema';
import type { Mandate, SignatoryCapacity } from '../../../shared/rules/signatories';
import type { ParticipantId, StakeholderId } from '../../../shared/schema/ids';
import type { SectionCode } from '../../../shared/schema/sections';

export const freezeCharter = (): Command => ({ type: 'freezeCharter' });
/** `details`: the users' representative's mandate (pihak kedua), the partner a third party signs for (pihak ketiga). */
export const enrollSignatory = (participantId: string, capacity: SignatoryCapacity, details: { mandate?: Mandate; partnerId?: string } = {}): Command => ({
  type: 'enrollSignatory',
  participantId: participantId as ParticipantId,
  capacity,
  ...(capacity === 'pihak_kedua' && details.mandate ? { mandate: trimmed(details.mandate) } : {}),
  ...(capacity === 'pihak_ketiga' && details.partnerId ? { partnerId: details.partnerId as StakeholderId } : {}),
});
const trimmed = (m: Mandate): Mandate => ({ actsFor: m.actsFor.trim(), chosenBy: m.chosenBy.trim() });
export const setSignatoryMandate = (participantId: string, mandate: Mandate): Command => ({
  type: 'setSignatoryMandate',
  participantId: participantId as ParticipantId,
  mandate: trimmed(mandate),
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
