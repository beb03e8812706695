import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, joinAs } from '../support/api';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ demo: false, env: { MUFAKAT_ADMIN_TOKEN: 'rahasia-admin' } });
});
afterAll(async () => {
  await server.stop();
});

const puskesmas = {
  title: 'Lokakarya Kontrak Pelayanan Puskesmas',
  serviceName: 'Pelayanan rawat jalan',
  institution: 'Puskesmas Kecamatan Sukamaju',
  place: 'Aula Kantor Camat',
  startDate: '2026-03-10',
  endDate: '2026-03-11',
  timeZone: 'WITA',
};

async function ownerCreates(token = server.ownerToken, body: Record<string, unknown> = puskesmas) {
  const res = await api(server.http, 'POST', '/api/owner/workshops', body, token);
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { workshop: { workshopId: string; joinCode: string }; path: string; token: string; facilitator: { participantId: string; name: string } };
}

const me = (workshopId: string, token: string) => api(server.http, 'GET', `/api/workshops/${workshopId}`, undefined, token);
const run = (workshopId: string, token: string, command: Record<string, unknown>) =>
  api(server.http, 'POST', `/api/workshops/${workshopId}/commands`, command, token);

describe('the owner of the server', () => {
  it('prints an owner link at start, which lists, creates and archives workshops', async () => {
    expect(server.output()).toMatch(/Pemilik \/ Owner: +http:\/\/\S+\/o#token=[\w-]{43}/);
    const created = await ownerCreates();
    expect(created.workshop).toMatchObject({ ...puskesmas, archivedAt: null, isDemo: false });
    expect(created.path).toBe(`/f/${created.workshop.workshopId}#token=${created.token}`);
    expect((await me(created.workshop.workshopId, created.token)).body.me.role).toBe('facilitator');

    const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
    expect(list.status).toBe(200);
    expect(list.body.workshops[0]).toMatchObject({ workshopId: created.workshop.workshopId, institution: 'Puskesmas Kecamatan Sukamaju', timeZone: 'WITA' });

    const archived = await api(server.http, 'POST', `/api/owner/workshops/${created.workshop.workshopId}/archive`, undefined, server.ownerToken);
    expect(archived.body.archivedAt).toEqual(expect.any(Number));
    // An archived workshop cannot be joined by its code.
    expect((await api(server.http, 'GET', `/api/join/${created.workshop.joinCode}`)).status).toBe(404);
    const restored = await api(server.http, 'POST', `/api/owner/workshops/${created.workshop.workshopId}/unarchive`, undefined, server.ownerToken);
    expect(restored.body.archivedAt).toBeNull();
    expect((await api(server.http, 'GET', `/api/join/${created.workshop.joinCode}`)).status).toBe(200);
  });

  it('keeps older owner links working after a restart, and accepts MUFAKAT_ADMIN_TOKEN as an owner token', async () => {
    const again = await startServer({ dataDir: server.dataDir, demo: false });
    try {
      expect(again.ownerToken).not.toBe(server.ownerToken);
      expect((await api(again.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken)).status).toBe(200);
      expect((await api(again.http, 'GET', '/api/owner/workshops', undefined, again.ownerToken)).status).toBe(200);
    } finally {
      await again.stop();
    }
    expect((await api(server.http, 'GET', '/api/owner/workshops', undefined, 'rahasia-admin')).status).toBe(200);
    expect((await ownerCreates('rahasia-admin', { title: 'Lewat skrip', serviceName: 'KTP' })).workshop).toMatchObject({ institution: null, timeZone: null });
  });

  it('refuses owner routes without an owner token, and with a facilitator token', async () => {
    const { workshop, token } = await ownerCreates();
    for (const t of [undefined, 'salah', token]) {
      const res = await api(server.http, 'GET', '/api/owner/workshops', undefined, t);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('owner_required');
    }
    expect((await api(server.http, 'POST', `/api/owner/workshops/${workshop.workshopId}/facilitator-link`, undefined, token)).status).toBe(401);
    expect((await api(server.http, 'POST', `/api/owner/workshops/${workshop.workshopId}/archive`, undefined, token)).status).toBe(401);
  });

  it('refuses a workshop whose last day comes before its first, or with an unknown time zone', async () => {
    const bad = await api(server.http, 'POST', '/api/owner/workshops', { ...puskesmas, startDate: '2026-03-12' }, server.ownerToken);
    expect(bad.status).toBe(422);
    expect((await api(server.http, 'POST', '/api/owner/workshops', { ...puskesmas, timeZone: 'UTC' }, server.ownerToken)).status).toBe(422);
    expect((await api(server.http, 'POST', '/api/owner/workshops', { ...puskesmas, startDate: '2026-02-30' }, server.ownerToken)).status).toBe(422);
  });

  it('issues a fresh facilitator link for the current lead facilitator; the old link keeps working', async () => {
    const { workshop, token: first, facilitator } = await ownerCreates();
    const id = workshop.workshopId;
    const fresh = await api(server.http, 'POST', `/api/owner/workshops/${id}/facilitator-link`, undefined, server.ownerToken);
    expect(fresh.status).toBe(200);
    expect(fresh.body.facilitator.participantId).toBe(facilitator.participantId);
    expect((await me(id, fresh.body.token)).body.me.participantId).toBe(facilitator.participantId);
    expect((await me(id, first)).status).toBe(200);

    // The lead changes: Bu Sari becomes facilitator and the first one is revoked.
    const sari = await joinAs(server.http, workshop.joinCode, { name: 'Bu Sari', sector: 'government', category: 'provider_unit' });
    expect((await run(id, first, { type: 'setRole', participantId: sari.participantId, role: 'facilitator' })).status).toBe(200);
    expect((await run(id, sari.participantToken, { type: 'revokeParticipant', participantId: facilitator.participantId })).status).toBe(200);
    const next = await api(server.http, 'POST', `/api/owner/workshops/${id}/facilitator-link`, undefined, server.ownerToken);
    expect(next.body.facilitator).toEqual({ participantId: sari.participantId, name: 'Bu Sari' });
    expect((await me(id, next.body.token)).body.me).toMatchObject({ participantId: sari.participantId, role: 'facilitator' });
  });
});

describe("a workshop's facilitators", () => {
  it('rotate the join code: the old code stops working, the new one works, tokens already issued stay valid', async () => {
    const { workshop, token } = await ownerCreates();
    const id = workshop.workshopId;
    const ana = await joinAs(server.http, workshop.joinCode, { name: 'Ana' });
    const res = await api(server.http, 'POST', `/api/workshops/${id}/join-code`, undefined, token);
    expect(res.status).toBe(200);
    expect(res.body.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(res.body.joinCode).not.toBe(workshop.joinCode);
    const old = await api(server.http, 'POST', '/api/join', { joinCode: workshop.joinCode, name: 'Budi', sector: 'civil_society', category: 'service_user' });
    expect(old.status).toBe(404);
    expect((await joinAs(server.http, res.body.joinCode, { name: 'Budi' })).workshopId).toBe(id);
    expect((await me(id, token)).body.joinCode).toBe(res.body.joinCode);
    expect((await me(id, ana.participantToken)).status).toBe(200);
    // A participant may not rotate it.
    const refused = await api(server.http, 'POST', `/api/workshops/${id}/join-code`, undefined, ana.participantToken);
    expect(refused.status).toBe(403);
    expect((await me(id, token)).body.joinCode).toBe(res.body.joinCode);
  });

  it("issue a personal link that opens the participant's own view, never for a revoked person or a facilitator", async () => {
    const { workshop, token, facilitator } = await ownerCreates();
    const id = workshop.workshopId;
    const ana = await joinAs(server.http, workshop.joinCode, { name: 'Ana', sector: 'civil_society' });
    const link = await api(server.http, 'POST', `/api/workshops/${id}/participants/${ana.participantId}/link`, undefined, token);
    expect(link.status).toBe(200);
    expect(link.body.path).toBe(`/w/${id}#token=${link.body.token}`);
    expect((await me(id, link.body.token)).body.me).toMatchObject({ participantId: ana.participantId, name: 'Ana', role: 'participant' });
    // On a borrowed phone the link acts as Ana: her answers are hers.
    expect((await run(id, link.body.token, { type: 'setAgenda', steps: [] })).status).toBe(403);
    // Her own earlier token still works.
    expect((await me(id, ana.participantToken)).status).toBe(200);

    const budi = await joinAs(server.http, workshop.joinCode, { name: 'Budi' });
    const byParticipant = await api(server.http, 'POST', `/api/workshops/${id}/participants/${budi.participantId}/link`, undefined, ana.participantToken);
    expect(byParticipant.status).toBe(403);
    const forFacilitator = await api(server.http, 'POST', `/api/workshops/${id}/participants/${facilitator.participantId}/link`, undefined, token);
    expect(forFacilitator.status).toBe(403);
    expect((await api(server.http, 'POST', `/api/workshops/${id}/participants/constructor/link`, undefined, token)).status).toBe(422);
    expect((await api(server.http, 'POST', `/api/workshops/${id}/participants/nobody123/link`, undefined, token)).status).toBe(404);

    expect((await run(id, token, { type: 'revokeParticipant', participantId: budi.participantId })).status).toBe(200);
    const revoked = await api(server.http, 'POST', `/api/workshops/${id}/participants/${budi.participantId}/link`, undefined, token);
    expect(revoked.status).toBe(409);
    expect(revoked.body.error.code).toBe('participant_revoked');
  });

  it('cannot use a link route of another workshop', async () => {
    const a = await ownerCreates();
    const b = await ownerCreates();
    const ana = await joinAs(server.http, b.workshop.joinCode, { name: 'Ana' });
    const res = await api(server.http, 'POST', `/api/workshops/${b.workshop.workshopId}/participants/${ana.participantId}/link`, undefined, a.token);
    expect(res.status).toBe(403);
    expect((await api(server.http, 'POST', `/api/workshops/${a.workshop.workshopId}/participants/${ana.participantId}/link`, undefined, a.token)).status).toBe(404);
  });
});
