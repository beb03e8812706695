/**
 * Bearer tokens per workshop in localStorage. Printed facilitator and board links carry the
 * token in the URL fragment (never sent to servers or logged); we move it to storage at once.
 */
export type TokenSlot = 'member' | 'board';

/** `mufakat.token.<id>` for participants and facilitators; the board keeps its own slot. */
export function tokenKey(workshopId: string, slot: TokenSlot = 'member'): string {
  return slot === 'board' ? `mufakat.token.${workshopId}.board` : `mufakat.token.${workshopId}`;
}

export function readToken(workshopId: string, slot: TokenSlot = 'member'): string | null {
  try {
    return localStorage.getItem(tokenKey(workshopId, slot));
  } catch {
    return null;
  }
}

export function saveToken(workshopId: string, token: string, slot: TokenSlot = 'member'): void {
  try {
    localStorage.setItem(tokenKey(workshopId, slot), token);
  } catch {
    // Storage disabled: the token still works for this page load via the caller.
  }
}

/** Reads `token=` from a fragment such as `#token=abc` or `#x=1&token=abc`. */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token ? token : null;
}

/**
 * If the current URL carries `#token=…`, store it and strip the fragment from the address bar
 * and history so it does not linger on a projected screen. Returns the token in effect.
 */
export function adoptTokenFromUrl(workshopId: string, slot: TokenSlot = 'member'): string | null {
  const fromUrl = tokenFromFragment(location.hash);
  if (fromUrl) {
    saveToken(workshopId, fromUrl, slot);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromUrl;
  }
  return readToken(workshopId, slot);
}
