/**
 * The workshops this device has joined: every member token in localStorage
 * (`mufakat.token.<id>`, not the board's `.board` slot), with the title and name from the
 * cached workshop when there is one. The home page and the join form use it to take a person
 * back to their workshop instead of joining them a second time.
 */
import { WORKSHOP_ID_PATTERN } from '../../../shared/protocol';
import { paths } from '../router/routes';
import type { Role, WorkshopInfo } from './types';

export interface MyWorkshop {
  workshopId: string;
  /** From the cached workshop; null if this device never loaded it. */
  title: string | null;
  /** The person's name in that workshop, from the same cache. */
  name: string | null;
  /** Where this person works: the console for facilitators, the participant view otherwise. */
  href: string;
}

const TOKEN_KEY = /^mufakat\.token\.([^.]+)$/;

type Store = Pick<Storage, 'length' | 'key' | 'getItem'>;

export function myWorkshops(store: Store | null = browserStorage()): MyWorkshop[] {
  if (!store) return [];
  const found: MyWorkshop[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const workshopId = TOKEN_KEY.exec(store.key(i) ?? '')?.[1];
      if (!workshopId || !WORKSHOP_ID_PATTERN.test(workshopId) || !store.getItem(`mufakat.token.${workshopId}`)) continue;
      const info = cachedInfo(store, workshopId);
      found.push({ workshopId, title: info?.title ?? null, name: info?.me.name ?? null, href: workshopHome(workshopId, info?.me.role) });
    }
  } catch {
    return found; // storage disabled
  }
  return found.sort((a, b) => (a.title ?? a.workshopId).localeCompare(b.title ?? b.workshopId));
}

/** The page a person of `role` opens in a workshop. */
export function workshopHome(workshopId: string, role: Role | undefined): string {
  return role === 'facilitator' || role === 'co_facilitator' ? paths.facilitator(workshopId) : paths.participant(workshopId);
}

function cachedInfo(store: Store, workshopId: string): WorkshopInfo | null {
  try {
    const parsed = JSON.parse(store.getItem(`mufakat.workshop.${workshopId}`) ?? 'null') as Partial<WorkshopInfo> | null;
    if (!parsed || parsed.workshopId !== workshopId || typeof parsed.title !== 'string' || typeof parsed.me?.name !== 'string') return null;
    return parsed as WorkshopInfo;
  } catch {
    return null;
  }
}

function browserStorage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
