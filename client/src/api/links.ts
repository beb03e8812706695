/** Facilitators' link routes (server/http/ownerRoutes.ts): rotate the join code, a personal link. */
import { fetchJson } from './http';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const base = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}`;

/** A new join code; the old one stops working at once. */
export async function rotateJoinCode(workshopId: string, token: string): Promise<string> {
  return (await fetchJson<{ joinCode: string }>(`${base(workshopId)}/join-code`, { method: 'POST', headers: auth(token) })).joinCode;
}

/** A fresh token for one participant, as a path with the token in its fragment. */
export async function personalLink(workshopId: string, token: string, participantId: string): Promise<string> {
  const answer = await fetchJson<{ path: string }>(`${base(workshopId)}/participants/${encodeURIComponent(participantId)}/link`, {
    method: 'POST',
    headers: auth(token),
  });
  return answer.path;
}
