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
export async function loadWorkshop(workshopId: string, token: string): Promise<LoadedWorkshop> {
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
