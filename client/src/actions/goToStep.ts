import type * as Y from 'yjs';
import type { CommandRunner } from './useCommand';
import { setAgendaStep } from './agenda';
import { startAgendaClock } from './boardFocus';

/**
 * Makes `stepId` current (a decision, through the server) and, once accepted, records the
 * start time in the content document's `agendaClock` so every screen shows the same timer.
 */
export async function goToStepAndStartClock(run: CommandRunner['run'], doc: Y.Doc, stepId: string): Promise<boolean> {
  const ok = await run(setAgendaStep(stepId));
  if (ok) startAgendaClock(doc, stepId);
  return ok;
}
