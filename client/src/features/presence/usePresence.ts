import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface PresentUser {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
  /** Set by our own clients (see CaretUser); absent for stock Yjs clients. */
  participantId?: string;
}

/** People in the room according to awareness (presence is never persisted). */
export function usePresence(awareness: Awareness): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>(() => readUsers(awareness));
  useEffect(() => {
    const update = () => setUsers(readUsers(awareness));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return users;
}

function readUsers(awareness: Awareness): PresentUser[] {
  const users: PresentUser[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as { user?: { name?: unknown; color?: unknown; participantId?: unknown } }).user;
    if (!user) continue; // the board and other silent clients publish no user
    users.push({
      clientId,
      name: typeof user.name === 'string' ? user.name : '',
      color: typeof user.color === 'string' ? user.color : '#444444',
      isSelf: clientId === awareness.clientID,
      ...(typeof user.participantId === 'string' ? { participantId: user.participantId } : {}),
    });
  }
  return users.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}
