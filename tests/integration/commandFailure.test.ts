/**
 * A command that throws inside the server is a 500 for that request alone: nothing is stored,
 * the workshop keeps working, other workshops never notice, and the process never exits.
 * The server runs in this process (real SQLite file, real HTTP socket on a free port) with a
 * test-only rule wrapped around the shared rules.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../shared/commands/decide';
import { type App, createApp } from '../../server/app';
import { defaultConfig } from '../../server/config';
import { createLogger } from '../../server/log';
import { api, createWorkshop } from '../support/api';
import { tempDataDir } from '../support/server';
import { AGENDA } from '../support/workshop';

/** The test-only rules: a step named "boom" makes the rules throw, as a bug would... */
const BOOM = 'boom';
/** ...and "fold" makes them accept an event that the state fold cannot apply (it throws). */
const FOLD = 'fold';

let app: App;
let base: string;
const logLines: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  const dataDir = tempDataDir();
  app = await createApp(
    { ...defaultConfig, port: 0, host: '127.0.0.1', dataDir, demo: false },
    createLogger('info', (line) => logLines.push(line)),
    {
      decide: (state, actor, input, now) => {
        const stepId = (input as { stepId?: unknown }).stepId;
        if (stepId === BOOM) throw new TypeError('test rule: cannot read properties of undefined');
        if (stepId === FOLD) return { ok: true, event: { type: 'noSuchEvent', data: {}, actor, ts: now } as never };
        return decide(state, actor, input, now);
      },
    },
  );
  const { port } = await app.listen();
  base = `http://127.0.0.1:${port}`;
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
});
afterAll(async () => {
  await app.close();
  process.off('unhandledRejection', onUnhandled);
});

async function eventCount(workshopId: string, token: string): Promise<number> {
  const res = await api(base, 'GET', `/api/workshops/${workshopId}/events`, undefined, token);
  expect(res.status).toBe(200);
  expect(res.body.verification.ok).toBe(true);
  return res.body.events.length;
}

describe('a command that throws inside the server', () => {
  it('answers 500 to that request, stores nothing, logs the workshop and command, and everything keeps working', async () => {
    const w = await createWorkshop(base, 'Lokakarya A');
    const other = await createWorkshop(base, 'Lokakarya B');
    const command = (workshopId: string, token: string, body: unknown) => api(base, 'POST', `/api/workshops/${workshopId}/commands`, body, token);
    expect((await command(w.workshopId, w.facilitatorToken, { type: 'setAgenda', steps: AGENDA })).status).toBe(200);
    const before = await eventCount(w.workshopId, w.facilitatorToken);

    // Several at once, interleaved with good commands in the same workshop's queue.
    const results = await Promise.all([
      command(w.workshopId, w.facilitatorToken, { type: 'setAgendaStep', stepId: BOOM }),
      command(w.workshopId, w.facilitatorToken, { type: 'setAgendaStep', stepId: 'promotion' }),
      command(w.workshopId, w.facilitatorToken, { type: 'setAgendaStep', stepId: FOLD }),
      command(other.workshopId, other.facilitatorToken, { type: 'setAgenda', steps: AGENDA }),
    ]);
    expect(results.map((r) => r.status)).toEqual([500, 200, 500, 200]);
    expect(results[0]!.body.error).toEqual({ code: 'command_failed', message: 'the server could not carry out this command; nothing was stored' });

    // Only the good command was stored, and the chain still verifies.
    expect(await eventCount(w.workshopId, w.facilitatorToken)).toBe(before + 1);
    const failed = logLines.filter((l) => l.includes('ERROR command.failed'));
    expect(failed).toHaveLength(2);
    expect(failed[0]).toContain(`workshop=${w.workshopId}`);
    expect(failed[0]).toContain('type=setAgendaStep');

    // The same workshop keeps accepting commands, and the other one never noticed.
    expect((await command(w.workshopId, w.facilitatorToken, { type: 'setAgendaStep', stepId: 'drafting' })).status).toBe(200);
    expect((await command(other.workshopId, other.facilitatorToken, { type: 'setAgendaStep', stepId: 'promotion' })).status).toBe(200);
    expect(await eventCount(w.workshopId, w.facilitatorToken)).toBe(before + 2);
    expect(unhandled).toEqual([]);
    expect((await api(base, 'GET', '/healthz')).status).toBe(200);
  });
});
