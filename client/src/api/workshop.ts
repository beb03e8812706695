import { ApiError, fetchJson } from './http';
import type { WorkshopInfo } from './types';

const cacheKey = (workshopId: string) => `mufakat.workshop.${workshopId}`;

export interface LoadedWorkshop {
  info: WorkshopInfo;
  /** True when the server was unreachable and this came from the local cache. */
  fromCache: boolean;
}

/**
 * GET /api/workshops/:id, cached in localStorage so the view renders offline. Only a network
 * failure falls back to the cache; a 401/403/404 is an answer and is thrown.
 */
export function loadWorkshop(workshopId: string, token: string): Promise<LoadedWorkshop> {
  if (early?.workshopId === workshopId && early.token === token) {
    const { promise } = early;
    early = null;
    return promise;
  }
  return fetchWorkshop(workshopId, token);
}

/**
 * A load started by the entry before the screen's code arrived (`prefetchWorkshop`): the first
 * `loadWorkshop` for the same workshop and token takes it instead of asking again.
 */
let early: { workshopId: string; token: string; promise: Promise<LoadedWorkshop> } | null = null;

/**
 * Asks for the workshop while React and the screen's chunks are still downloading: on a phone's
 * 4G each of those is a round trip, and the screen waited for all of them before asking.
 */
export function prefetchWorkshop(workshopId: string, token: string): void {
  const promise = fetchWorkshop(workshopId, token);
  promise.catch(() => undefined); // the screen that takes it handles the failure
  early = { workshopId, token, promise };
}

async function fetchWorkshop(workshopId: string, token: string): Promise<LoadedWorkshop> {
  try {
    const info = await fetchJson<WorkshopInfo>(`/api/workshops/${encodeURIComponent(workshopId)}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    writeCache(workshopId, info);
    return { info, fromCache: false };
  } catch (error) {
    const cached = error instanceof ApiError && error.isNetwork ? readCachedWorkshop(workshopId) : null;
    if (cached) return { info: cached, fromCache: true };
    throw error;
  }
}

export function readCachedWorkshop(workshopId: string): WorkshopInfo | null {
  try {
    const raw = localStorage.getItem(cacheKey(workshopId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isWorkshopInfo(parsed) && parsed.workshopId === workshopId ? parsed : null;
  } catch {
    return null;
  }
}

function writeCache(workshopId: string, info: WorkshopInfo): void {
  try {
    localStorage.setItem(cacheKey(workshopId), JSON.stringify(info));
  } catch {
    // Storage full: offline rendering just will not be available.
  }
}

function isWorkshopInfo(value: unknown): value is WorkshopInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<WorkshopInfo>;
  return typeof v.workshopId === 'string' && typeof v.title === 'string' && typeof v.me === 'object';
}
