/**
 * Identity has one source: the decisions state. The directory only maps a token to a person;
 * roles come from the event log, so a change of lead facilitator is what the next start prints.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { api, joinAs } from '../support/api';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

let server: RunningServer | null = null;
afterAll(async () => {
  await server?.stop();
});

describe('identity', () => {
  it('after a change of lead facilitator, a restart prints the facilitator link of the new lead', async () => {
    server = await startServer({ demo: true });
    const demo = server.demo!;
    const command = (token: string, body: unknown) => api(server!.http, 'POST', `/api/workshops/${demo.workshopId}/commands`, body, token);
    const me = async (token: string) => (await api(server!.http, 'GET', `/api/workshops/${demo.workshopId}`, undefined, token)).body.me;
    const oldLead = await me(demo.facilitatorToken);
    expect(oldLead.role).toBe('facilitator');

    const newLead = await joinAs(server.http, demo.joinCode, { name: 'Ibu Ratna', sector: 'government', category: 'provider_unit' });
    expect((await command(demo.facilitatorToken, { type: 'setRole', participantId: newLead.participantId, role: 'facilitator' })).status).toBe(200);
    expect((await command(demo.facilitatorToken, { type: 'setRole', participantId: oldLead.participantId, role: 'co_facilitator' })).status).toBe(200);
    expect((await me(demo.facilitatorToken)).role).toBe('co_facilitator');

    const dataDir = server.dataDir;
    await server.stop();
    server = await startServer({ dataDir, demo: true });
    const printed = await me(server.demo!.facilitatorToken);
    expect(printed).toMatchObject({ participantId: newLead.participantId, role: 'facilitator', name: 'Ibu Ratna' });
  });
});

describe('a revoked person', () => {
  it('cannot join again from the same browser until the lead facilitator allows it; the log keeps only a hash of the device id', async () => {
    server ??= await startServer({ demo: true });
    const w = await ApiWorkshop.create(server.http);
    const device = 'browser-of-budi-0001';
    const join = (name: string, deviceId?: string) =>
      api(server!.http, 'POST', '/api/join', { joinCode: w.joinCode, name, sector: 'civil_society', category: 'service_user', ...(deviceId ? { deviceId } : {}) });
    const first = await join('Budi', device);
    expect(first.status).toBe(201);
    await w.as('F').must({ type: 'revokeParticipant', participantId: first.body.participantId });

    const again = await join('Budi lagi', device);
    expect(again.status).toBe(403);
    expect(again.body.error).toMatchObject({ code: 'device_revoked' });
    expect((await join('Budi', 'bad id!')).status).toBe(422);

    await w.as('F').must({ type: 'allowRejoin', participantId: first.body.participantId });
    expect((await join('Budi lagi', device)).status).toBe(201);
    const events = (await api(server.http, 'GET', `/api/workshops/${w.workshopId}/events`, undefined, w.facilitator.token)).body.events;
    expect(JSON.stringify(events)).not.toContain(device);
    expect(events.filter((e: { type: string }) => e.type === 'participantJoined').at(-1).data.participant.deviceHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

