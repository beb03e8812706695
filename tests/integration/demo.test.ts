import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseField } from '../../shared/schema/contentDoc';
import { roomName } from '../../shared/protocol';
import { readDecisions } from '../../shared/state/decisionsDoc';
import { verifyBundle } from '../../shared/charter/verifyBundle';
import { forbiddenTermsIn } from '../../shared/testing/forbiddenTerms';
import { privacyLeaks, withheldNames } from '../../shared/testing/privacyWalk';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { api } from '../support/api';
import { connectClient, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startServer({ finishedDemo: true });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('the demo workshop', () => {
  it('is the illustrative Yogyakarta birth-certificate workshop, in progress, with a verifiable log', async () => {
    const { workshopId, facilitatorToken } = server.demo!;
    const decisions = connectClient(server.ws, roomName({ workshopId, kind: 'decisions' }), facilitatorToken);
    const content = connectClient(server.ws, workshopId, facilitatorToken);
    clients.push(decisions, content);
    await Promise.all([decisions.synced(), content.synced()]);
    await waitFor(() => readDecisions(decisions.doc) !== null, 'decisions');
    const state = readDecisions(decisions.doc)!;

    expect(Object.keys(state.stakeholders)).toHaveLength(9);
    expect(Object.keys(state.userGroups)).toHaveLength(4);
    expect(state.agenda).toHaveLength(10);
    const clauses = Object.values(state.clauses);
    expect(clauses.length).toBeGreaterThanOrEqual(14);
    const sectors = new Set(Object.values(state.participants).map((p) => p.sector).filter(Boolean));
    expect(sectors).toEqual(new Set(['government', 'private', 'civil_society']));

    // K5: three versions from both sides, agreed with reservations and a minority report.
    const k5 = clauses.find((c) => c.sectionCode === 'WAKTU' && Object.keys(c.versions).length === 3);
    expect(k5).toBeDefined();
    expect(k5!.status).toMatch(/^agreed/);
    const withMinority = Object.values(state.consensusChecks).find((c) => c.record?.minorityReport);
    expect(withMinority?.record?.minorityReport?.text.id).toContain('1 hari kerja');

    const round = Object.values(state.voteRounds)[0]!;
    expect(round.status).toBe('revealed');

    // Every clause has a working text in the content document.
    for (const c of clauses) expect(content.doc.getXmlFragment(clauseField(c.id)).length).toBeGreaterThan(0);

    const chain = await api(server.http, 'GET', `/api/workshops/${workshopId}/chain`, undefined, facilitatorToken);
    expect(chain.body.ok).toBe(true);
    expect(chain.body.head.seq).toBeGreaterThan(150);
  });

  it('stands beside the same workshop finished: frozen, signed by its six signatories (the partner hospital as pihak ketiga), sealed; the owner and the start output list both', async () => {
    const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
    const demos = (list.body.workshops as { workshopId: string; title: string; isDemo: boolean }[]).filter((w) => w.isDemo);
    expect(demos).toHaveLength(2);
    const finished = demos.find((w) => w.workshopId !== server.demo!.workshopId)!;
    expect(finished.title).toContain('contoh yang sudah selesai');
    const printed = new RegExp(`/f/${finished.workshopId}#token=([\\w-]+)`).exec(server.output());
    expect(printed, 'the finished demo’s facilitator link is printed').not.toBeNull();
    const token = printed![1]!;

    const versions = (await api(server.http, 'GET', `/api/workshops/${finished.workshopId}/charter/versions`, undefined, token)).body.versions;
    expect(versions.map((v: { version: number; sealed: boolean }) => [v.version, v.sealed])).toEqual([[1, true]]);
    const res = await fetch(`${server.http}/api/workshops/${finished.workshopId}/charter/versions/1/bundle.json`, { headers: { authorization: `Bearer ${token}` } });
    const bundle = await res.json();
    const sealKey = (await api(server.http, 'GET', '/api/seal-key')).body;
    const verdict = verifyBundle(bundle, { trustedSealKeys: [sealKey.publicKey] });
    expect(verdict).toMatchObject({ ok: true });
    expect(bundle.signatures.map((s: { capacity: string }) => s.capacity).sort()).toEqual(['pihak_kedua', 'pihak_ketiga', 'pihak_pertama', 'saksi', 'saksi', 'saksi']);
    expect(bundle.seal).toBeTruthy();
    // The printed text dates the final text in words, in Yogyakarta's time zone, never as an ISO stamp.
    const markdown = await (await fetch(`${server.http}/api/workshops/${finished.workshopId}/charter/versions/1/bundle.md`)).text();
    expect(markdown).toMatch(/Naskah final ditetapkan (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}, pukul \d{2}\.\d{2} WIB/);
    expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(forbiddenTermsIn(markdown, 'exports', 'the finished demo\'s Markdown')).toEqual([]);
  });

  it('publishes the finished demo without names lacking consent or anyone\'s own answer; the facilitator keeps the full record; both verify', async () => {
    const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
    const finished = (list.body.workshops as { workshopId: string; isDemo: boolean }[]).find((w) => w.isDemo && w.workshopId !== server.demo!.workshopId)!;
    const token = new RegExp(`/f/${finished.workshopId}#token=([\\w-]+)`).exec(server.output())![1]!;
    const url = (ext: string) => `${server.http}/api/workshops/${finished.workshopId}/charter/versions/1/bundle.${ext}`;
    const sealKey = (await api(server.http, 'GET', '/api/seal-key')).body;

    const fullRes = await fetch(url('json'), { headers: { authorization: `Bearer ${token}` } });
    expect(fullRes.headers.get('x-mufakat-view')).toBe('full');
    const full = await fullRes.json();
    expect(verifyBundle(full, { trustedSealKeys: [sealKey.publicKey] })).toMatchObject({ ok: true, summary: { view: 'full' } });
    // The demo's counter clerk (Rina Kusuma) asked not to be named; the full record names her and ties answers to people.
    expect(withheldNames(full.charter)).toContain('Rina Kusuma');
    const fullLeaks = privacyLeaks(full, full.charter);
    expect(fullLeaks.some((l) => l.includes('Rina Kusuma'))).toBe(true);
    expect(fullLeaks.some((l) => l.includes('ties an answer to a person'))).toBe(true);

    const pubRes = await fetch(url('json'));
    expect(pubRes.headers.get('x-mufakat-view')).toBe('public');
    const pub = await pubRes.json();
    expect(privacyLeaks(pub, full.charter)).toEqual([]);
    expect(verifyBundle(pub, { trustedSealKeys: [sealKey.publicKey] })).toMatchObject({ ok: true, summary: { view: 'public', charterSha256: full.charterSha256 } });
    // K5's reservations stay, per sector, without the person.
    const k5 = pub.charter.sections.flatMap((s: { clauses: unknown[] }) => s.clauses).find((c: { consensus?: { minorityReport?: unknown } }) => c.consensus?.minorityReport);
    expect(k5.consensus.result.reservations.length).toBeGreaterThan(0);
    for (const r of k5.consensus.result.reservations) expect(Object.keys(r).every((k) => k === 'sector' || k === 'text')).toBe(true);

    const md = await (await fetch(url('md'))).text();
    const pdf = Buffer.from(await (await fetch(url('pdf'))).arrayBuffer());
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-public-')), 'public.pdf');
    fs.writeFileSync(file, pdf);
    const pdfText = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const fullMd = await (await fetch(url('md'), { headers: { authorization: `Bearer ${token}` } })).text();
    expect(fullMd).toContain('Rina Kusuma');
    for (const name of withheldNames(full.charter)) {
      expect(md, name).not.toContain(name);
      expect(pdfText.replace(/\s+/g, ' '), name).not.toContain(name);
    }
    expect(pdfText).toContain(full.charterSha256.slice(0, 16));

    // A token, when sent, must be valid.
    expect((await fetch(url('json'), { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it('is created once: a restart finds both demo workshops', async () => {
    const again = await startServer({ dataDir: server.dataDir, finishedDemo: true });
    try {
      const list = await api(again.http, 'GET', '/api/owner/workshops', undefined, again.ownerToken);
      expect((list.body.workshops as { isDemo: boolean }[]).filter((w) => w.isDemo)).toHaveLength(2);
      expect(again.demo?.workshopId).toBe(server.demo!.workshopId);
    } finally {
      await again.stop();
    }
  });
});
