/**
 * A server started on a data directory that an earlier version wrote: the format-1 event log
 * reads into today's state and accepts new commands on top, and a content document from a newer
 * version is refused with 4426 while other workshops keep working.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendEntry, type ChainEntry } from '../../shared/charter/eventChain';
import { CloseCode, roomName } from '../../shared/protocol';
import { CONTENT_ROOTS, CONTENT_SCHEMA_VERSION } from '../../shared/schema/contentDoc';
import { readDecisions } from '../../shared/state/decisionsDoc';
import { SqliteStorage } from '../../server/storage/SqliteStorage';
import { NO_DETAILS } from '../contract/storageContract';
import type { Role } from '../../server/storage/Storage';
import { hashToken } from '../../server/workshops/tokens';
import { api } from '../support/api';
import { connectClient, rawSocket, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, ROOT, startServer, tempDataDir } from '../support/server';

const FIXTURES = path.join(ROOT, 'tests/fixtures');
const OLD = 'fixture000000001';
const NEWER = 'fixture000000002';
const TOKEN = { facilitator: 'tok-fac-v1', participant: 'tok-s9-v1', newer: 'tok-newer' };

const running: RunningServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of running.splice(0)) await s.kill();
});

/** Writes, through the storage adapter, what the earlier version left on disk. */
async function seedDataDir(): Promise<string> {
  const dataDir = tempDataDir();
  const storage = new SqliteStorage({ file: path.join(dataDir, 'mufakat.sqlite'), synchronous: 'FULL' });
  const person = async (workshopId: string, id: string, role: Role, sector: string | null, token: string) =>
    storage.createParticipant({ id, workshopId, name: id, issuedRole: role, sector, category: null, userGroup: null, createdAt: 0, revokedAt: null }, hashToken(token));
  await storage.createWorkshop({ id: OLD, title: 'Lokakarya lama', serviceName: 'Akta Kelahiran', joinCode: 'OLDV01', createdAt: 0, isDemo: false, ...NO_DETAILS });
  await person(OLD, 'f000000000000001', 'facilitator', null, TOKEN.facilitator);
  await person(OLD, 'f000000000000003', 'participant', 'civil_society', TOKEN.participant);
  const log = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'events.v1.json'), 'utf8')) as ChainEntry[];
  for (const entry of log) await storage.appendEvent(OLD, entry);
  await storage.appendUpdates(OLD, [new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'content.v1.ydoc')))]);

  await storage.createWorkshop({ id: NEWER, title: 'Dari versi baru', serviceName: 'KTP', joinCode: 'NEWV01', createdAt: 0, isDemo: false, ...NO_DETAILS });
  await person(NEWER, 'f000000000000009', 'facilitator', null, TOKEN.newer);
  const at = '2026-12-01T08:00:00.000Z';
  const facilitator = { id: 'f000000000000009', displayName: 'Tim', role: 'facilitator', sector: null, revoked: false, joinedAt: at };
  const joined = { type: 'participantJoined', data: { participant: facilitator }, actor: { participantId: facilitator.id, role: 'facilitator', sector: null }, ts: at };
  await storage.appendEvent(NEWER, appendEntry(NEWER, null, joined as Parameters<typeof appendEntry>[2]));
  const newer = new Y.Doc();
  newer.getMap(CONTENT_ROOTS.meta).set('schemaVersion', CONTENT_SCHEMA_VERSION + 1);
  newer.getText('t').insert(0, 'tata letak baru');
  await storage.appendUpdates(NEWER, [Y.encodeStateAsUpdate(newer)]);
  await storage.close();
  return dataDir;
}

async function start(): Promise<RunningServer> {
  const s = await startServer({ dataDir: await seedDataDir(), demo: false });
  running.push(s);
  return s;
}

describe('a data directory from an earlier version', () => {
  it('serves a format-1 event log as today\'s state and appends new commands to its chain', async () => {
    const s = await start();
    expect((await api(s.http, 'GET', `/api/workshops/${OLD}/chain`, undefined, TOKEN.facilitator)).body).toMatchObject({ ok: true, head: { seq: 104 } });

    const decisions = connectClient(s.ws, roomName({ workshopId: OLD, kind: 'decisions' }), TOKEN.participant);
    clients.push(decisions);
    await decisions.synced();
    await waitFor(() => readDecisions(decisions.doc)?.freeze?.charterVersion === 2, 'the decisions document to show the v1 freeze');

    const reopened = await api(s.http, 'POST', `/api/workshops/${OLD}/commands`, { type: 'reopenCharter', reason: 'Perbaikan setelah pemutakhiran' }, TOKEN.facilitator);
    expect(reopened.status).toBe(200);
    await waitFor(() => readDecisions(decisions.doc)?.freeze === null, 'the reopen to reach the decisions document');
    expect((await api(s.http, 'GET', `/api/workshops/${OLD}/chain`, undefined, TOKEN.facilitator)).body).toMatchObject({ ok: true, head: { seq: 105 } });
  });

  it('refuses a content document from a newer version with 4426, and keeps serving the others', async () => {
    const s = await start();
    const refused = rawSocket(s.ws, NEWER, TOKEN.newer);
    expect(await refused.closed).toMatchObject({ code: CloseCode.newerSchema });
    expect(s.output()).toMatch(/room\.schema_newer/);

    const content = connectClient(s.ws, OLD, TOKEN.participant);
    clients.push(content);
    await content.synced();
    expect(content.doc.getMap(CONTENT_ROOTS.stakeholderPositions).size).toBe(9);
    expect(content.closes).toEqual([]);
  });
});
