/**
 * "This browser has edits in room R that no server has acknowledged", kept in localStorage so
 * that a reload while offline still says so (the edits themselves are in IndexedDB).
 */
const key = (room: string) => `mufakat.unsaved.${room}`;

export function readUnsavedFlag(room: string): boolean {
  try {
    return localStorage.getItem(key(room)) === '1';
  } catch {
    return false;
  }
}

export function writeUnsavedFlag(room: string, unsaved: boolean): void {
  try {
    if (unsaved) localStorage.setItem(key(room), '1');
    else localStorage.removeItem(key(room));
  } catch {
    // Storage full or disabled: the indicator still works for this page load.
  }
}
