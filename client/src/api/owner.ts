/**
 * The owner's API (server/http/ownerRoutes.ts) and the owner token. The printed owner link
 * carries the token in the fragment (never sent to a server or logged); like a facilitator's,
 * it moves to localStorage at once and leaves the address bar.
 */
import { fetchJson } from './http';
import { tokenFromFragment } from './tokens';

const OWNER_KEY = 'mufakat.owner';

export type TimeZone = 'WIB' | 'WITA' | 'WIT';
export const TIME_ZONES: readonly TimeZone[] = ['WIB', 'WITA', 'WIT'];

export interface OwnedWorkshop {
  workshopId: string;
  title: string;
  serviceName: string;
  institution: string | null;
  place: string | null;
  startDate: string | null;
  endDate: string | null;
  timeZone: TimeZone | null;
  joinCode: string;
  createdAt: number;
  archivedAt: number | null;
  isDemo: boolean;
}

export interface NewWorkshopInput {
  title: string;
  serviceName: string;
  institution: string;
  place: string;
  startDate: string;
  endDate: string;
  timeZone: TimeZone;
  /** A service template to start from (GET /api/templates); empty: an empty workshop. */
  templateId: string;
}

/** A facilitator link just issued: the path carries the token. */
export interface IssuedFacilitatorLink {
  path: string;
  facilitator: { participantId: string; name: string };
}

export function readOwnerToken(): string | null {
  try {
    return localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

/** Takes `#token=` off the URL into storage; returns the token in effect. */
export function adoptOwnerToken(): string | null {
  const fromUrl = tokenFromFragment(location.hash);
  if (!fromUrl) return readOwnerToken();
  try {
    localStorage.setItem(OWNER_KEY, fromUrl);
  } catch {
    // Storage disabled: the token still works for this page load.
  }
  history.replaceState(history.state, '', location.pathname + location.search);
  return fromUrl;
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function listWorkshops(token: string): Promise<OwnedWorkshop[]> {
  return (await fetchJson<{ workshops: OwnedWorkshop[] }>('/api/owner/workshops', { headers: auth(token) })).workshops;
}

/** Empty optional fields are left out, so the server stores them as unknown. */
export async function createWorkshop(token: string, input: NewWorkshopInput): Promise<IssuedFacilitatorLink & { workshop: OwnedWorkshop }> {
  const body = Object.fromEntries(Object.entries(input).filter(([, v]) => v.trim() !== ''));
  return fetchJson('/api/owner/workshops', {
    method: 'POST',
    headers: { ...auth(token), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function setArchived(token: string, workshopId: string, archived: boolean): Promise<OwnedWorkshop> {
  return fetchJson(`/api/owner/workshops/${encodeURIComponent(workshopId)}/${archived ? 'archive' : 'unarchive'}`, { method: 'POST', headers: auth(token) });
}

export async function issueFacilitatorLink(token: string, workshopId: string): Promise<IssuedFacilitatorLink> {
  return fetchJson(`/api/owner/workshops/${encodeURIComponent(workshopId)}/facilitator-link`, { method: 'POST', headers: auth(token) });
}
