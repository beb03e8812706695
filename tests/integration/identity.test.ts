/**
 * Identity has one source: the decisions state. The directory only maps a token to a person;
 * roles come from the event log, so a change of lead facilitator is what the next start prints.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { api, joinAs } from '../support/api';
import { type RunningServer, startServer } from '../support/server';

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
