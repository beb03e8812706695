/** A small vocabulary over the HTTP API, reading like the domain. */
import type { Sector, StakeholderCategory } from '../../shared/schema/stakeholders';

export interface CreatedWorkshop {
  workshopId: string;
  facilitatorToken: string;
  joinCode: string;
}

export async function api(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export async function createWorkshop(base: string, title = 'Uji lokakarya'): Promise<CreatedWorkshop> {
  const res = await api(base, 'POST', '/api/workshops', { title, serviceName: 'Akta Kelahiran' });
  if (res.status !== 201) throw new Error(`create workshop failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CreatedWorkshop;
}

export async function joinAs(
  base: string,
  joinCode: string,
  person: { name: string; sector?: Sector; category?: StakeholderCategory; userGroup?: string },
): Promise<{ workshopId: string; participantId: string; participantToken: string }> {
  const res = await api(base, 'POST', '/api/join', {
    joinCode,
    name: person.name,
    sector: person.sector ?? 'civil_society',
    category: person.category ?? 'service_user',
    userGroup: person.userGroup,
  });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
