import { useEffect, useState } from 'react';
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
 * still accepts (or, offline, one it cannot check). `undefined` while asking, then the member or
 * null. A token the server refuses (revoked, unknown) does not count, so the join form shows.
 */
export function useKnownMember(workshopId: string | null): KnownMember | null | undefined {
  const [known, setKnown] = useState<KnownMember | null | undefined>(undefined);
  useEffect(() => {
    if (!workshopId) return;
    const token = readToken(workshopId);
    if (!token) {
      setKnown(null);
      return;
    }
    let cancelled = false;
    setKnown(undefined);
    loadWorkshop(workshopId, token).then(
      ({ info }) => !cancelled && setKnown({ name: info.me.name, href: workshopHome(workshopId, info.me.role) }),
      (failure: unknown) => {
        if (cancelled) return;
        const offline = failure instanceof ApiError && failure.isNetwork;
        setKnown(offline ? { name: null, href: workshopHome(workshopId, undefined) } : null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId]);
  return workshopId ? known : undefined;
}
