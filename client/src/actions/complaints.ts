import type { Command } from '../../../shared/commands/commandSchema';
import type { ClauseId } from '../../../shared/schema/ids';
import type { ComplaintId, ComplaintImportId, ComplaintThemeId } from '../../../shared/schema/complaints';
import { newRecordId } from './newRecordId';

/** One complaint typed in by the facilitator (from a letter, a suggestion box, a phone call). */
export const typeComplaint = (input: { date: string; channel: string; text: string; userGroup?: string }): Command => ({
  type: 'recordComplaints',
  importId: newRecordId<ComplaintImportId>(),
  source: { kind: 'manual' },
  complaints: [{ id: newRecordId<ComplaintId>(), date: input.date, channel: input.channel, text: input.text, ...(input.userGroup ? { userGroup: input.userGroup } : {}) }],
});

export const defineTheme = (name: string, complaintIds: readonly string[] = [], themeId: string = newRecordId()): Command => ({
  type: 'defineComplaintTheme',
  themeId: themeId as ComplaintThemeId,
  name,
  ...(complaintIds.length > 0 ? { complaintIds: complaintIds as ComplaintId[] } : {}),
});

export const assignToTheme = (themeId: string | null, complaintIds: readonly string[]): Command => ({
  type: 'assignComplaints',
  themeId: themeId as ComplaintThemeId | null,
  complaintIds: complaintIds as ComplaintId[],
});

export const setClauseThemes = (clauseId: string, themeIds: readonly string[]): Command => ({
  type: 'setClauseComplaintThemes',
  clauseId: clauseId as ClauseId,
  themeIds: themeIds as ComplaintThemeId[],
});

export const showComplaintsOnBoard = (): Command => ({ type: 'setBoardFocus', focus: { kind: 'complaints' } });
