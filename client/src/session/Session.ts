import { createContext, useContext } from 'react';
import type { CommandType } from '../../../shared/commands/commandSchema';
import type { AgendaStep } from '../../../shared/schema/agenda';
import type { Participant, Role } from '../../../shared/schema/participants';
import type { Sector } from '../../../shared/schema/stakeholders';
import type { PublicWorkshopState } from '../../../shared/state/projection';
import type { WorkshopInfo } from '../api/types';
import type { WorkshopConnection } from '../sync/WorkshopConnection';

/**
 * Everything a workshop screen needs, built once per view (`useSessionSetup`) and read by
 * features through `useSession()`. `state` is the server-written decisions projection; the
 * viewer's role comes from it (a role change applies at once), falling back to the API's answer.
 */
export interface Session {
  workshopId: string;
  token: string;
  info: WorkshopInfo;
  content: WorkshopConnection;
  state: PublicWorkshopState | null;
  me: { participantId: string; name: string; role: Role; sector: Sector | null };
  step: AgendaStep | undefined;
  frozen: boolean;
  /** May write the collaborative content document (`canWriteContent`). */
  canWrite: boolean;
  /** The participant a facilitator is entering input for, or null. */
  actFor: Participant | null;
  setActFor: (participantId: string | null) => void;
  /** Whose input participant commands count as: `actFor` or the viewer. */
  author: { participantId: string; role: Role; sector: Sector | null; name: string };
  /** Whether the author may issue `type` now (the same table the server checks). */
  may: (type: CommandType) => boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a workshop view');
  return session;
}
