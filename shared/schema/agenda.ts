/**
 * Agenda: ordered workshop steps, each run with one facilitation method. The method decides
 * which commands are allowed while the step is current (see shared/commands/permissions.ts).
 * Domain reference: charter-method.md §3 AgendaStep, §4 demo agenda.
 */
import { z } from 'zod';
import type { SectionCode } from './sections';
import { SECTION_CODES } from './sections';
import type { AgendaStepId } from './ids';
import { idSchema } from './ids';
import type { BilingualText } from './text';
import { bilingualTextSchema } from './text';

/** Sanctions are discussed inside `rights_obligations` (same session in the demo agenda). */
export const AGENDA_METHODS = [
  'promotion',
  'complaint_review',
  'stakeholder_mapping',
  'user_groups',
  'vision_mission',
  'drafting',
  'dot_vote',
  'consensus_check',
  'rights_obligations',
  'sign_off',
] as const;
export type AgendaMethod = (typeof AGENDA_METHODS)[number];

export interface AgendaStep {
  id: AgendaStepId;
  method: AgendaMethod;
  title: BilingualText;
  plannedMinutes: number;
  /**
   * Sections this step works on. When non-empty, participants may only propose clauses in these
   * sections while the step is current; facilitators are not restricted.
   */
  sectionCodes: SectionCode[];
}

/** A workshop day is about 8 hours; one step longer than that is a typo, not a plan. */
export const MAX_STEP_MINUTES = 480;
export const MAX_AGENDA_STEPS = 40;

export const agendaStepSchema = z.strictObject({
  id: idSchema<AgendaStepId>(),
  method: z.enum(AGENDA_METHODS),
  title: bilingualTextSchema,
  plannedMinutes: z.number().int().min(1).max(MAX_STEP_MINUTES),
  sectionCodes: z.array(z.enum(SECTION_CODES)).default([]),
});

export const agendaSchema = z
  .array(agendaStepSchema)
  .max(MAX_AGENDA_STEPS)
  .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, 'step ids must be unique');

export function totalPlannedMinutes(steps: readonly AgendaStep[]): number {
  return steps.reduce((sum, step) => sum + step.plannedMinutes, 0);
}

/** The sections a participant may propose in during `step`; null means "any section". */
export function sectionsOpenInStep(step: AgendaStep | undefined): ReadonlySet<SectionCode> | null {
  if (!step || step.sectionCodes.length === 0) return null;
  return new Set(step.sectionCodes);
}
