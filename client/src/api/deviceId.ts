/**
 * A random id this browser keeps (`mufakat.device`) and sends when joining by code. The server
 * keeps only a hash of it per workshop; a facilitator's revocation then holds for this browser
 * until the facilitator allows the person back (docs/THREAT_MODEL.md says what it cannot stop).
 */
const KEY = 'mufakat.device';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): string {
  const kept = storage.getItem(KEY);
  if (kept && /^[A-Za-z0-9_-]{16,128}$/.test(kept)) return kept;
  const fresh = randomId();
  storage.setItem(KEY, fresh);
  return fresh;
}
