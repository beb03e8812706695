import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_ROOTS, CONTENT_SCHEMA_VERSION } from '../../shared/schema/contentDoc';
import { api, createWorkshop, joinAs } from '../support/api';
import { connectClient } from '../support/clients';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('HTTP API', () => {
  it('creates a workshop and returns a facilitator token and a join code', async () => {
    const res = await api(server.http, 'POST', '/api/workshops', { title: 'Lokakarya KTP', serviceName: 'KTP-el' });
    expect(res.status).toBe(201);
    expect(res.body.workshopId).toMatch(/^[a-z0-9]{16}$/);
    expect(res.body.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(res.body.facilitatorToken.length).toBeGreaterThan(40);
    const me = await api(server.http, 'GET', `/api/workshops/${res.body.workshopId}`, undefined, res.body.facilitatorToken);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ title: 'Lokakarya KTP', serviceName: 'KTP-el', me: { role: 'facilitator' } });
    // Its content document records its layout version from the start.
    const c = connectClient(server.ws, res.body.workshopId, res.body.facilitatorToken);
    try {
      await c.synced();
      expect(c.doc.getMap(CONTENT_ROOTS.meta).get('schemaVersion')).toBe(CONTENT_SCHEMA_VERSION);
    } finally {
      c.destroy();
    }
  });

  it("tells the server's time (for the shared step timer) without a token", async () => {
    const before = Date.now();
    const res = await api(server.http, 'GET', '/api/time');
    expect(res.status).toBe(200);
    expect(res.body.now).toBeGreaterThanOrEqual(before);
    expect(res.body.now).toBeLessThanOrEqual(Date.now());
  });

  it('gives facilitators a board link for another device: a read-only wall-screen identity', async () => {
    const w = await createWorkshop(server.http);
    const first = await api(server.http, 'POST', `/api/workshops/${w.workshopId}/board-link`, undefined, w.facilitatorToken);
    expect(first.status).toBe(200);
    expect(first.body.path).toBe(`/b/${w.workshopId}#token=${first.body.token}`);
    const screen = await api(server.http, 'GET', `/api/workshops/${w.workshopId}`, undefined, first.body.token);
    expect(screen.body.me).toMatchObject({ role: 'observer', name: 'Layar proyektor' });
    // Asked again (another projector, a lost link): the same identity, a fresh token.
    const again = await api(server.http, 'POST', `/api/workshops/${w.workshopId}/board-link`, undefined, w.facilitatorToken);
    const screen2 = await api(server.http, 'GET', `/api/workshops/${w.workshopId}`, undefined, again.body.token);
    expect(again.body.token).not.toBe(first.body.token);
    expect(screen2.body.me.participantId).toBe(screen.body.me.participantId);
    // Participants cannot hand out links.
    const p = await joinAs(server.http, w.joinCode, { name: 'Pak Joko', sector: 'civil_society', category: 'service_user' });
    const refused = await api(server.http, 'POST', `/api/workshops/${w.workshopId}/board-link`, undefined, p.participantToken);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('role_forbidden');
  });

  it('joins with the code typed in lower case with a dash, and the token identifies the person', async () => {
    const w = await createWorkshop(server.http);
    const typed = `${w.joinCode.slice(0, 3).toLowerCase()}-${w.joinCode.slice(3).toLowerCase()}`;
    const lookup = await api(server.http, 'GET', `/api/join/${typed}`);
    expect(lookup.status).toBe(200);
    expect(lookup.body.workshopId).toBe(w.workshopId);
    const p = await joinAs(server.http, typed, { name: 'Bidan Endang', sector: 'private', category: 'private_provider' });
    const me = await api(server.http, 'GET', `/api/workshops/${w.workshopId}`, undefined, p.participantToken);
    expect(me.body.me).toMatchObject({ name: 'Bidan Endang', role: 'participant', sector: 'private', category: 'private_provider' });
  });

  it('refuses a join with an unknown code (404) or an invalid sector (422) with a reason', async () => {
    const unknown = await api(server.http, 'POST', '/api/join', {
      joinCode: 'ZZZZZZ',
      name: 'X',
      sector: 'civil_society',
      category: 'ngo',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('unknown_join_code');
    const w = await createWorkshop(server.http);
    const bad = await api(server.http, 'POST', '/api/join', { joinCode: w.joinCode, name: 'X', sector: 'aliens', category: 'ngo' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/sector/);
  });

  it('refuses reading a workshop without a token (401) or with a token of another workshop (403)', async () => {
    const w1 = await createWorkshop(server.http);
    const w2 = await createWorkshop(server.http);
    expect((await api(server.http, 'GET', `/api/workshops/${w1.workshopId}`)).status).toBe(401);
    expect((await api(server.http, 'GET', `/api/workshops/${w1.workshopId}`, undefined, w2.facilitatorToken)).status).toBe(403);
  });

  it('answers malformed JSON with 400 and a wrong content type with 415', async () => {
    const res = await fetch(`${server.http}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title":',
    });
    expect(res.status).toBe(400);
    const res2 = await fetch(`${server.http}/api/workshops`, { method: 'POST', body: 'title=x' });
    expect(res2.status).toBe(415);
  });

  it('requires the admin token to create workshops when MUFAKAT_ADMIN_TOKEN is set', async () => {
    const s = await startServer({ demo: false, env: { MUFAKAT_ADMIN_TOKEN: 'rahasia-admin' } });
    try {
      const body = { title: 'T', serviceName: 'S' };
      expect((await api(s.http, 'POST', '/api/workshops', body)).status).toBe(401);
      expect((await api(s.http, 'POST', '/api/workshops', body, 'rahasia-admin')).status).toBe(201);
    } finally {
      await s.stop();
    }
  });

  it('prints facilitator, board and join links, and a restart prints fresh links that all work', async () => {
    expect(server.demo).not.toBeNull();
    const { workshopId, facilitatorToken } = server.demo!;
    const s2 = await startServer({ dataDir: server.dataDir });
    try {
      expect(s2.demo!.workshopId).toBe(workshopId);
      expect(s2.demo!.facilitatorToken).not.toBe(facilitatorToken);
      for (const token of [facilitatorToken, s2.demo!.facilitatorToken]) {
        const me = await api(s2.http, 'GET', `/api/workshops/${workshopId}`, undefined, token);
        expect(me.body.me.role).toBe('facilitator');
      }
    } finally {
      await s2.stop();
    }
  });
});
