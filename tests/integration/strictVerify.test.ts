/**
 * The verifier refuses ambiguous JSON through the real server and the `mufakat` CLI: the sealed
 * demo bundle verifies, and the same file with a forged clause text placed before the real one
 * (which `JSON.parse` reads as the signed bundle) is refused with the duplicate key named.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../shared/charter/verifyBundle';
import { FORGED_TEXT, withForgedClauseText } from '../../shared/testing/forgedBundle';
import { api } from '../support/api';
import { ROOT, type RunningServer, startServer } from '../support/server';

const run = promisify(execFile);
let server: RunningServer;
let dir: string;
let bundleText: string;
beforeAll(async () => {
  server = await startServer({ finishedDemo: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-strict-'));
  const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
  const finished = (list.body.workshops as { workshopId: string; isDemo: boolean }[]).find((w) => w.isDemo && w.workshopId !== server.demo!.workshopId)!;
  const res = await fetch(`${server.http}/api/workshops/${finished.workshopId}/charter/versions/1/bundle.json`);
  expect(res.status).toBe(200);
  bundleText = await res.text();
});
afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const postVerify = async (body: string | Buffer) => {
  const res = await fetch(`${server.http}/api/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  expect(res.status).toBe(200);
  return res.json();
};

async function cli(text: string | Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = path.join(dir, `bundle-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, text);
  return run(process.execPath, ['bin/mufakat.js', 'verify', file], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => err,
  );
}

describe('strict JSON in the server route and the CLI', () => {
  it('both accept the untouched sealed demo bundle and the committed fixture', async () => {
    expect(await postVerify(bundleText)).toMatchObject({ ok: true, summary: { charterVersion: 1 } });
    expect((await cli(bundleText)).stdout).toContain('SAH / VALID');
    const fixture = fs.readFileSync(path.join(ROOT, 'tests/fixtures/charter-bundle.v1.json'));
    expect(await postVerify(fixture)).toMatchObject({ ok: true });
    expect((await cli(fixture)).code).toBe(0);
  });

  it('both refuse the demo bundle with a forged clause text that JSON.parse accepts', async () => {
    const forged = withForgedClauseText(bundleText);
    expect(forged).toContain(FORGED_TEXT);
    expect(verifyBundle(JSON.parse(forged)).ok, 'JSON.parse reads the signed bundle back').toBe(true);

    const verdict = await postVerify(forged);
    expect(verdict).toMatchObject({ ok: false, code: 'duplicate_key', params: { key: 'text' } });
    expect(verdict.reasonId).toMatch(/^kunci ganda: "text" muncul dua kali di charter\.sections\[\d+\]\.clauses\[\d+\]\.current \(baris \d+\)/);

    const out = await cli(forged);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('TIDAK SAH / INVALID [duplicate_key]');
    expect(out.stderr).toMatch(/kunci ganda: "text" muncul dua kali di charter\.sections\[\d+\]\.clauses\[\d+\]\.current/);
    expect(out.stderr).toMatch(/duplicate key: "text" appears twice/);
  });

  it('both refuse invalid UTF-8 that a lenient decoder would turn into U+FFFD', async () => {
    const bytes = Buffer.from(bundleText);
    const at = bytes.indexOf('Akta');
    bytes[at] = 0xff;
    expect(await postVerify(bytes)).toMatchObject({ ok: false, code: 'invalid_utf8' });
    const out = await cli(bytes);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('[invalid_utf8]');
  });

  it('both call a file with a PDF header and no document behind it an unreadable PDF, and the server goes on', async () => {
    const junk = Buffer.from('%PDF-1.7\nnot a document at all\n%%EOF\n');
    expect(await postVerify(junk)).toMatchObject({ kind: 'pdf', ok: false, problem: 'pdf_unreadable', problemReason: { id: 'berkas tidak dapat dibaca sebagai PDF' } });
    const out = await cli(junk);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('TIDAK SAH / INVALID [pdf_unreadable]');
    expect(await postVerify(bundleText)).toMatchObject({ ok: true });
  });

  it('the route refuses a body over its limit', async () => {
    const res = await fetch(`${server.http}/api/verify`, { method: 'POST', body: ' '.repeat(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });
});
