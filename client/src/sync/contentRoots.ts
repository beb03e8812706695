/**
 * Client-owned roots of the content document, beside the ones in shared/schema/contentDoc.ts.
 * Both are small Y.Maps written only by the facilitator's console (through `actions/`):
 *
 *   agendaClock   Map { stepId, startedAt }   when the current step became current (ms since
 *                 the epoch, the facilitator's clock). The agendaStepSet event's time is not
 *                 in the public projection, so the console records it when it advances; every
 *                 screen derives the step timer from it and the step's plannedMinutes.
 *   focus         Map { kind: 'step' | 'clause', id }   what the projected board follows.
 *
 * Neither is a decision: losing them loses a timer and a spotlight, never an agreement.
 */
import type * as Y from 'yjs';

export const AGENDA_CLOCK_ROOT = 'agendaClock';
export const FOCUS_ROOT = 'focus';

export interface AgendaClock {
  stepId: string;
  startedAt: number;
}

export type BoardFocus = { kind: 'step'; id: string } | { kind: 'clause'; id: string };

export function readAgendaClock(m: Y.Map<unknown>): AgendaClock | null {
  const stepId = m.get('stepId');
  const startedAt = m.get('startedAt');
  return typeof stepId === 'string' && typeof startedAt === 'number' ? { stepId, startedAt } : null;
}

export function readFocus(m: Y.Map<unknown>): BoardFocus | null {
  const kind = m.get('kind');
  const id = m.get('id');
  if (typeof id !== 'string') return null;
  return kind === 'step' || kind === 'clause' ? { kind, id } : null;
}
