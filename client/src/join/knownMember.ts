import { ApiError } from '../api/http';
import { workshopHome } from '../api/myWorkshops';
import { readToken } from '../api/tokens';
import { loadWorkshop } from '../api/workshop';

export interface KnownMember {
  /** The person's name in the workshop, if the server (or this device's copy) told us. */
  name: string | null;
  href: string;
}

/**
 * Whether this device already belongs to `workshopId`: it holds a member token that the server
 * still accepts (or, offline, one it cannot check). A token the server refuses (revoked,
 * unknown) does not count, so the join form shows and a second join is a new person only when
 * the device really is no member.
 */
export async function knownMember(workshopId: string): Promise<KnownMember | null> {
  const token = readToken(workshopId);
  if (!token) return null;
  try {
    const { info } = await loadWorkshop(workshopId, token);
    return { name: info.me.name, href: workshopHome(workshopId, info.me.role) };
  } catch (failure) {
    const offline = failure instanceof ApiError && failure.isNetwork;
    return offline ? { name: null, href: workshopHome(workshopId, undefined) } : null;
  }
}
