import { useEffect, useMemo, useState } from 'react';
import { roomName } from '../../../shared/protocol';
import { COMMAND_PERMISSIONS, canWriteContent, mayIssue } from '../../../shared/commands/permissions';
import type { TokenSlot } from '../api/tokens';
import { colourFor } from '../features/editor/userColour';
import { useDecisions } from '../sync/useDecisions';
import { useWorkshopConnection } from '../sync/useWorkshopConnection';
import { useWorkshop, type WorkshopLoad } from '../views/useWorkshop';
import type { Session } from './Session';
import { entryOf } from '../../../shared/schema/records';

export interface SessionSetup {
  load: WorkshopLoad;
  session: Session | null;
}

/**
 * Opens both documents of a workshop: the content room (written through Tiptap, dnd-kit and
 * `actions/`) and the read-only decisions room (never written: no ack, no presence).
 * The board keeps no offline copy; people's screens do, so they render without the server.
 */
export function useSessionSetup(workshopId: string, slot: TokenSlot = 'member'): SessionSetup {
  const load = useWorkshop(workshopId, slot);
  const board = slot === 'board';
  const content = useWorkshopConnection(roomName({ workshopId, kind: 'content' }), load.token, { offline: !board, silent: board });
  const decisionsConnection = useWorkshopConnection(roomName({ workshopId, kind: 'decisions' }), load.token, {
    offline: !board,
    silent: true,
    ack: false,
  });
  const state = useDecisions(decisionsConnection?.doc ?? null);
  const [actForId, setActFor] = useState<string | null>(null);
  const me = load.info?.me;

  // Presence carries the participant id, so the console can tell which sectors are in the room.
  useEffect(() => {
    if (!content || board || !me) return;
    content.provider.awareness.setLocalStateField('user', { name: me.name, color: colourFor(me.participantId), participantId: me.participantId });
  }, [content, board, me?.name, me?.participantId, me]);

  const session = useMemo<Session | null>(() => {
    const { info, token } = load;
    if (!info || !token || !content) return null;
    const recorded = entryOf(state?.participants, info.me.participantId);
    const me = {
      participantId: info.me.participantId,
      name: recorded?.displayName ?? info.me.name,
      role: recorded?.role ?? info.me.role,
      sector: recorded ? recorded.sector : info.me.sector,
    };
    const step = state?.agenda.find((s) => s.id === state.currentStepId);
    const frozen = state?.freeze != null;
    const candidate = actForId ? entryOf(state?.participants, actForId) : undefined;
    const actFor = candidate && !candidate.revoked && me.role !== 'participant' ? candidate : null;
    const author = actFor
      ? { participantId: actFor.id as string, role: actFor.role, sector: actFor.sector, name: actFor.displayName }
      : me;
    return {
      workshopId,
      token,
      info,
      content,
      state,
      me,
      step,
      frozen,
      canWrite: canWriteContent(me.role, frozen),
      actFor,
      setActFor,
      author,
      may: (type) => {
        const method = step?.method ?? null;
        if (actFor && COMMAND_PERMISSIONS[type].onBehalf) return mayIssue(actFor.role, type, method, frozen);
        return mayIssue(me.role, type, method, frozen);
      },
    };
  }, [load, content, state, actForId, workshopId]);

  return { load, session };
}
