/**
 * Room names on `/sync/<room>`. Each workshop has two Yjs documents:
 * - `<workshopId>`: the collaborative content document, written by participants;
 * - `<workshopId>.decisions`: the decisions projection, written only by the server.
 */
export const WORKSHOP_ID_PATTERN = /^[a-z0-9]{8,32}$/;
const DECISIONS_SUFFIX = '.decisions';

export type RoomKind = 'content' | 'decisions';
export interface RoomRef {
  workshopId: string;
  kind: RoomKind;
}

/** Parses a room name; returns null for anything that is not a well-formed room name. */
export function parseRoomName(name: string): RoomRef | null {
  const kind: RoomKind = name.endsWith(DECISIONS_SUFFIX) ? 'decisions' : 'content';
  const workshopId = kind === 'decisions' ? name.slice(0, -DECISIONS_SUFFIX.length) : name;
  return WORKSHOP_ID_PATTERN.test(workshopId) ? { workshopId, kind } : null;
}

export function roomName(ref: RoomRef): string {
  return ref.kind === 'decisions' ? `${ref.workshopId}${DECISIONS_SUFFIX}` : ref.workshopId;
}
