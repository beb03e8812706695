/**
 * Issue 5 end to end through the real server: freeze → immutable version, signatures from
 * browser-held keys (generated here with @noble/ed25519), the sealed bundle, the `mufakat`
 * CLI on the downloaded file, and reopen → version 2 with a diff.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as ed from '@noble/ed25519';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toBase64url } from '../../shared/charter/base64url';
import { canonicalHash } from '../../shared/charter/canonical';
import { keyIdOf } from '../../shared/charter/ed25519';
import { signatureMessage, signaturePayload } from '../../shared/charter/signature';
import { verifyBundle } from '../../shared/charter/verifyBundle';
import { roomName } from '../../shared/protocol';
import { api } from '../support/api';
import { connectClient, type TestClient, waitFor } from '../support/clients';
import { ROOT, type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

const run = promisify(execFile);
let server: RunningServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startServer({ demo: false, env: { MUFAKAT_PUBLIC_URL: 'https://mufakat.example.id' } });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

/** A signatory's browser: an Ed25519 key pair that never leaves it. */
function browserKey() {
  const secretKey = ed.utils.randomSecretKey();
  const raw = ed.getPublicKey(secretKey);
  return { secretKey, publicKey: toBase64url(raw), keyId: keyIdOf(raw) };
}
type BrowserKey = ReturnType<typeof browserKey>;

function sign(w: ApiWorkshop, key: BrowserKey, version: number, sha: string, capacity: string): string {
  const payload = signaturePayload({ workshopId: w.workshopId, charterVersion: version, charterSha256: sha, capacity: capacity as 'saksi', keyId: key.keyId });
  return toBase64url(ed.sign(signatureMessage(payload), key.secretKey));
}

const get = (w: ApiWorkshop, p: string, token: string | undefined = w.facilitator.token) => api(server.http, 'GET', `/api/workshops/${w.workshopId}/charter${p}`, undefined, token);

async function addFlowStep(w: ApiWorkshop, action: string): Promise<void> {
  const writer = connectClient(server.ws, roomName({ workshopId: w.workshopId, kind: 'content' }), w.person('S9').token);
  const reader = connectClient(server.ws, roomName({ workshopId: w.workshopId, kind: 'content' }), w.facilitator.token);
  clients.push(writer, reader);
  await Promise.all([writer.synced(), reader.synced()]);
  const flow = writer.doc.getArray<Y.Map<unknown>>('serviceFlow');
  const step = new Y.Map<unknown>(Object.entries({ id: `f${flow.length + 1}`, unit: 'Loket 1', action, documents: 'KK, KTP', minutes: 5, costRupiah: 0 }));
  flow.push([step]);
  // Seen by another client means stored (durable before visible).
  await waitFor(() => reader.doc.getArray('serviceFlow').length === flow.length, 'flow step to arrive');
}

async function download(url: string): Promise<{ status: number; type: string; body: Buffer }> {
  const res = await fetch(`${server.http}${url}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

describe('charter: freeze, sign, seal, verify', () => {
  it('a frozen charter is signed with browser keys, sealed, downloaded and verified by the CLI; v2 gets a diff', async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.join('S3', 'private');
    await w.goTo('sign_off');
    const early = await w.as('F').run({ type: 'freezeCharter' });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'freeze_gate_failed' } } });
    expect((await get(w, '/versions')).body.versions).toEqual([]);

    await w.readyToFreeze();
    await addFlowStep(w, 'Menyerahkan berkas ≤ 5 menit');
    // A client cannot choose the hash: a command carrying one is not understood, and the
    // server computes it.
    const chosen = await w.as('F').run({ type: 'freezeCharter', charterSha256: '0'.repeat(64) });
    expect(chosen).toMatchObject({ status: 422, body: { error: { code: 'invalid_command', message: expect.stringContaining('charterSha256') } } });
    const frozen = await w.as('F').must({ type: 'freezeCharter' });
    const sha: string = frozen.body.event.data.charterSha256;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);

    const v1 = (await get(w, '/versions/1')).body;
    expect(v1).toMatchObject({ version: 1, sha256: sha, missing: ['pihak_pertama', 'pihak_kedua', 'saksi'], sealed: false });
    expect(canonicalHash(v1.charter)).toBe(sha);
    expect(v1.charter.logHead.seq).toBe(frozen.body.event.seq - 1);
    expect(v1.charter.content.serviceFlow).toMatchObject([{ unit: 'Loket 1', action: 'Menyerahkan berkas ≤ 5 menit' }]);
    expect(v1.verifyUrl).toBe(`https://mufakat.example.id/verify#w=${w.workshopId}&v=1&h=${sha}`);
    const state = await download(`/api/workshops/${w.workshopId}/charter/versions/1/content.ydoc`);
    expect(state.status).toBe(401); // content may hold notes: members only
    const ydoc = await fetch(`${server.http}/api/workshops/${w.workshopId}/charter/versions/1/content.ydoc`, { headers: { authorization: `Bearer ${w.facilitator.token}` } });
    expect(bytesToHex(sha256(new Uint8Array(await ydoc.arrayBuffer())))).toBe(v1.charter.content.yjsStateSha256);

    // Keys: an unenrolled participant cannot register one; the three signatories do.
    const keys = { S1: browserKey(), S9: browserKey(), S7: browserKey(), S3: browserKey() };
    const outsider = await w.as('S3').run({ type: 'registerSigningKey', publicKey: keys.S3.publicKey, title: 'Direktur', institution: 'RS Swasta' });
    expect(outsider).toMatchObject({ status: 403, body: { error: { code: 'not_a_signatory' } } });
    await w.as('S1').must({ type: 'registerSigningKey', publicKey: keys.S1.publicKey, title: 'Kepala Dinas', institution: 'Disdukcapil Kota Yogyakarta' });
    await w.as('S9').must({ type: 'registerSigningKey', publicKey: keys.S9.publicKey, title: 'Ketua', institution: 'Forum Warga' });
    await w.as('S7').must({ type: 'registerSigningKey', publicKey: keys.S7.publicKey, title: 'Koordinator', institution: 'LSM Pelayanan Publik' });

    const signS1 = { type: 'signCharter', charterVersion: 1, keyId: keys.S1.keyId, signature: sign(w, keys.S1, 1, sha, 'pihak_pertama') };
    const before = (await w.events()).length;
    expect(await w.as('S1').run({ ...signS1, signature: sign(w, keys.S1, 1, 'f'.repeat(64), 'pihak_pertama') })).toMatchObject({ status: 422, body: { error: { code: 'bad_signature' } } });
    expect(await w.as('S1').run({ ...signS1, charterVersion: 2, signature: sign(w, keys.S1, 2, sha, 'pihak_pertama') })).toMatchObject({ status: 409, body: { error: { code: 'charter_version_mismatch' } } });
    expect(await w.as('S1').run({ ...signS1, keyId: keys.S3.keyId, signature: sign(w, keys.S3, 1, sha, 'pihak_pertama') })).toMatchObject({ status: 403, body: { error: { code: 'key_not_registered' } } });
    expect(await w.as('S3').run({ ...signS1, keyId: keys.S3.keyId, signature: sign(w, keys.S3, 1, sha, 'pihak_pertama') })).toMatchObject({ status: 403 });
    expect((await w.events()).length).toBe(before);

    await w.as('S1').must(signS1);
    await w.as('S9').must({ type: 'signCharter', charterVersion: 1, keyId: keys.S9.keyId, signature: sign(w, keys.S9, 1, sha, 'pihak_kedua') });
    const partial = (await get(w, '/versions/1')).body;
    expect(partial).toMatchObject({ missing: ['saksi'], sealed: false, seal: null });
    await w.as('S7').must({ type: 'signCharter', charterVersion: 1, keyId: keys.S7.keyId, signature: sign(w, keys.S7, 1, sha, 'saksi') });
    expect((await get(w, '/versions/1')).body).toMatchObject({ missing: [], sealed: true });
    expect(await w.chain()).toMatchObject({ ok: true });

    // The bundle is public (a printed QR code needs no token) and verifies with the server's key.
    const bundleRes = await download(`/api/workshops/${w.workshopId}/charter/versions/1/bundle.json`);
    expect(bundleRes.status).toBe(200);
    const bundle = JSON.parse(bundleRes.body.toString('utf8'));
    const sealKey = (await api(server.http, 'GET', '/api/seal-key')).body;
    expect(verifyBundle(bundle, { trustedSealKeys: [sealKey.publicKey] })).toMatchObject({ ok: true, summary: { charterSha256: sha } });
    expect(bundle.signatures.map((s: any) => [s.capacity, s.signer.institution])).toEqual([
      ['pihak_pertama', 'Disdukcapil Kota Yogyakarta'],
      ['pihak_kedua', 'Forum Warga'],
      ['saksi', 'LSM Pelayanan Publik'],
    ]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-bundle-'));
    const file = path.join(dir, 'bundle.json');
    fs.writeFileSync(file, bundleRes.body);
    const ok = await run(process.execPath, ['bin/mufakat.js', 'verify', file, '--seal-key', sealKey.keyId], { cwd: ROOT });
    expect(ok.stdout).toContain('SAH / VALID');
    expect(ok.stdout).toContain(sha);
    const tampered = bundleRes.body.toString('utf8').replace('Menyerahkan berkas', 'Menyerahkan berkaS');
    expect(tampered).not.toBe(bundleRes.body.toString('utf8'));
    fs.writeFileSync(file, tampered);
    const bad = await run(process.execPath, ['bin/mufakat.js', 'verify', file], { cwd: ROOT }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(bad?.code).toBe(1);
    expect(bad?.stderr).toContain('charter_hash_mismatch');

    const md = await download(`/api/workshops/${w.workshopId}/charter/versions/1/bundle.md`);
    expect(md.type).toContain('text/markdown');
    expect(md.body.toString('utf8')).toContain(sha);
    // A workshop without a time zone on record prints its dates in words, in UTC, said so.
    expect(md.body.toString('utf8')).toMatch(/Naskah final ditetapkan (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}, pukul \d{2}\.\d{2} UTC/);
    const pdf = await download(`/api/workshops/${w.workshopId}/charter/versions/1/bundle.pdf`);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    // Reopen, change one clause, refreeze: version 2; version 1 is untouched.
    await w.as('F').must({ type: 'reopenCharter', reason: 'Waktu penyelesaian direvisi' });
    await w.goTo('consensus_check');
    const f = w.as('F');
    await f.must({ type: 'setClauseStatus', clauseId: 'c_WAKTU', status: 'under_discussion' });
    await f.must({ type: 'amendClause', clauseId: 'c_WAKTU', versionId: 'c_WAKTUv2', parentVersionId: 'c_WAKTUv1', text: { id: 'Selesai dalam 3 hari kerja', en: 'Done within 3 working days' }, rationale: 'revisi', obligatedParty: 'provider', commitment: { phasing: 'now', measure: { value: 3, unit: 'working_days' } } });
    await f.must({ type: 'startConsensusCheck', checkId: 'k_WAKTU2', clauseId: 'c_WAKTU', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    // Every sector present must agree: each member who may answer shows five.
    for (const [key, person] of w.people) if (person.sector) await w.as(key).must({ type: 'answerConsensus', checkId: 'k_WAKTU2', level: 5 });
    await f.must({ type: 'recordConsensusOutcome', checkId: 'k_WAKTU2' });
    await f.must({ type: 'setClauseStatus', clauseId: 'c_WAKTU', status: 'agreed', checkId: 'k_WAKTU2' });
    await w.goTo('sign_off');
    const refrozen = await f.must({ type: 'freezeCharter' });
    expect(refrozen.body.event.data.freeze.charterVersion).toBe(2);
    const versions = (await get(w, '/versions')).body.versions;
    expect(versions.map((v: any) => [v.version, v.sealed])).toEqual([[1, true], [2, false]]);
    expect(versions[0].sha256).toBe(sha);
    expect((await get(w, '/versions/1')).body.charter).toEqual(v1.charter);
    const diff = (await get(w, '/diff?from=1&to=2')).body;
    expect(diff.clauses.changed).toEqual([
      expect.objectContaining({ clauseId: 'c_WAKTU', to: { versionId: 'c_WAKTUv2', text: { id: 'Selesai dalam 3 hari kerja', en: 'Done within 3 working days' } } }),
    ]);
    expect(diff.clauses.changed[0].fields).toEqual(expect.arrayContaining(['text', 'commitment', 'rationale']));
    expect(diff.clauses.added).toEqual([]);
    // A version-1 signature is no signature on version 2.
    expect(await w.as('S1').run({ ...signS1, charterVersion: 2 })).toMatchObject({ status: 422, body: { error: { code: 'bad_signature' } } });
    expect((await get(w, '/diff?from=1&to=9')).status).toBe(404);
  });
});
