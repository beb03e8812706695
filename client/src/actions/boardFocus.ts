import type * as Y from 'yjs';
import { AGENDA_CLOCK_ROOT, type BoardFocus, FOCUS_ROOT } from '../sync/contentRoots';
import { serverNow } from '../sync/serverClock';

/** Transaction origin for content written by the facilitator's console. */
export const CONSOLE_ORIGIN = { source: 'participant', what: 'console' } as const;

/** The board follows what the facilitator selected last. */
export function setBoardFocus(doc: Y.Doc, focus: BoardFocus): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(FOCUS_ROOT);
    map.set('kind', focus.kind);
    map.set('id', focus.id);
  }, CONSOLE_ORIGIN);
}

/**
 * Starts the shared step timer: called by the console right after setAgendaStep succeeds. The
 * start is in server time, so screens with skewed clocks still agree (see serverClock).
 */
export function startAgendaClock(doc: Y.Doc, stepId: string, now = serverNow()): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(AGENDA_CLOCK_ROOT);
    map.set('stepId', stepId);
    map.set('startedAt', now);
  }, CONSOLE_ORIGIN);
}
