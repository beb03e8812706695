import type { AgendaMethod } from '../../../shared/schema/agenda';

export const PARTICIPANT_TABS = ['mapping', 'clauses', 'vote', 'consensus', 'flow'] as const;
export type ParticipantTab = (typeof PARTICIPANT_TABS)[number];

export const CONSOLE_TABS = ['complaints', 'mapping', 'clauses', 'vote', 'consensus', 'people', 'flow', 'survey', 'freeze'] as const;
export type ConsoleTab = (typeof CONSOLE_TABS)[number];

/** The panel that fits the agenda step, so screens follow the room without a click. */
export function tabForMethod(method: AgendaMethod | undefined): ParticipantTab {
  switch (method) {
    case 'stakeholder_mapping':
    case 'user_groups':
      return 'mapping';
    case 'dot_vote':
      return 'vote';
    case 'consensus_check':
      return 'consensus';
    default:
      return 'clauses';
  }
}

export function consoleTabForMethod(method: AgendaMethod | undefined): ConsoleTab {
  if (method === 'sign_off') return 'freeze';
  if (method === 'complaint_review') return 'complaints';
  if (method === 'promotion' || method === undefined) return 'people';
  return tabForMethod(method);
}
