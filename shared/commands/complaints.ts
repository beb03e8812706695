/**
 * Use cases: recordComplaints, defineComplaintTheme, assignComplaints, setClauseComplaintThemes
 * (complaints as evidence, issue 17). An import is one event or nothing: any bad complaint
 * refuses the whole command.
 */
import { cleanComplaintText, complaintKey } from '../schema/complaints';
import type { ComplaintThemeId } from '../schema/complaints';
import { entryOf, hasEntry } from '../schema/records';
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import { conflict, notFound } from './result';

export function recordComplaints(ctx: DecideContext, command: CommandOf<'recordComplaints'>): Decision {
  const existing = Object.values(ctx.state.complaints ?? {});
  if (existing.some((c) => c.importId === command.importId)) return conflict('import_exists', 'an import with this id was recorded');
  const seenIds = new Set<string>();
  const seenKeys = new Map(existing.map((c) => [complaintKey(c), c.row ?? null] as const));
  const complaints = [];
  for (const input of command.complaints) {
    if (seenIds.has(input.id) || hasEntry(ctx.state.complaints, input.id)) return conflict('complaint_exists', `complaint ${input.id} exists`, { id: input.id });
    seenIds.add(input.id);
    const complaint = { ...input, text: cleanComplaintText(input.text), channel: input.channel.trim() };
    const key = complaintKey(complaint);
    if (seenKeys.has(key)) return conflict('complaint_duplicate', 'the same complaint (day, channel and text) is already recorded', { ...(input.row ? { row: input.row } : {}) });
    seenKeys.set(key, input.row ?? null);
    complaints.push(complaint);
  }
  return emit(ctx, 'complaintsRecorded', { importId: command.importId, source: command.source, complaints });
}

function refuseUnknownComplaint(ctx: DecideContext, ids: readonly string[]): Decision | null {
  const unknown = ids.find((id) => !hasEntry(ctx.state.complaints, id));
  return unknown === undefined ? null : notFound('complaint_not_found', `no complaint ${unknown}`);
}

export function defineComplaintTheme(ctx: DecideContext, command: CommandOf<'defineComplaintTheme'>): Decision {
  const name = command.name.replace(/\s+/g, ' ').trim();
  const clash = Object.values(ctx.state.complaintThemes ?? {}).find((t) => t.id !== command.themeId && t.name.toLowerCase() === name.toLowerCase());
  if (clash) return conflict('theme_name_taken', `a theme is already called ${clash.name}`, { name: clash.name });
  const complaintIds = [...new Set(command.complaintIds ?? [])];
  const refusal = refuseUnknownComplaint(ctx, complaintIds);
  if (refusal) return refusal;
  return emit(ctx, 'complaintThemeDefined', { theme: { id: command.themeId, name }, complaintIds });
}

export function assignComplaints(ctx: DecideContext, command: CommandOf<'assignComplaints'>): Decision {
  if (command.themeId !== null && !hasEntry(ctx.state.complaintThemes, command.themeId)) return notFound('theme_not_found', 'no complaint theme with this id');
  const complaintIds = [...new Set(command.complaintIds)];
  const refusal = refuseUnknownComplaint(ctx, complaintIds);
  if (refusal) return refusal;
  return emit(ctx, 'complaintsAssigned', { themeId: command.themeId, complaintIds });
}

export function setClauseComplaintThemes(ctx: DecideContext, command: CommandOf<'setClauseComplaintThemes'>): Decision {
  const clause = entryOf(ctx.state.clauses, command.clauseId);
  if (!clause) return notFound('clause_not_found', 'no clause with this id');
  const themeIds = [...new Set(command.themeIds)] as ComplaintThemeId[];
  const unknown = themeIds.find((id) => !hasEntry(ctx.state.complaintThemes, id));
  if (unknown !== undefined) return notFound('theme_not_found', `no complaint theme ${unknown}`);
  return emit(ctx, 'clauseComplaintThemesSet', { clauseId: clause.id, themeIds });
}
