/**
 * Three ways to sign, one record (issue 16), through the real server and the real CLI:
 * - wet ink: a facilitator records that the witness signed the printed naskah (with the scan's
 *   SHA-256); the version is sealed with it, the bundle verifies and says so, the naskah PDF
 *   (pdftotext) shows it;
 * - certified signing outside Mufakat: the naskah PDF made for it (bundle-tte.pdf) is signed here
 *   with a self-made X.509 certificate (node-forge, a P12) through @signpdf, and `mufakat verify`
 *   finds the embedded charter, checks it and reports the PDF signature; one changed byte in the
 *   embedded charter does not verify.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as ed from '@noble/ed25519';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64url } from '../../shared/charter/base64url';
import { canonicalJson } from '../../shared/charter/canonical';
import { keyIdOf } from '../../shared/charter/ed25519';
import { signatureMessage, signaturePayload } from '../../shared/charter/signature';
import { verifyBundle } from '../../shared/charter/verifyBundle';
import { api } from '../support/api';
import { flipEmbeddedStreamByte, signPdf } from '../support/pdfSigner';
import { ROOT, type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

const run = promisify(execFile);
const SCAN = Buffer.from('pindaian halaman tanda tangan (uji)');
const SCAN_SHA256 = createHash('sha256').update(SCAN).digest('hex');
let server: RunningServer;
let dir: string;
let w: ApiWorkshop;
let sha: string;

function browserKey() {
  const secretKey = ed.utils.randomSecretKey();
  const raw = ed.getPublicKey(secretKey);
  return { secretKey, publicKey: toBase64url(raw), keyId: keyIdOf(raw) };
}

async function signInBrowser(key: string, capacity: 'pihak_pertama' | 'pihak_kedua', title: string, institution: string): Promise<void> {
  const k = browserKey();
  await w.as(key).must({ type: 'registerSigningKey', publicKey: k.publicKey, title, institution });
  const payload = signaturePayload({ workshopId: w.workshopId, charterVersion: 1, charterSha256: sha, capacity, keyId: k.keyId });
  await w.as(key).must({ type: 'signCharter', charterVersion: 1, keyId: k.keyId, signature: toBase64url(ed.sign(signatureMessage(payload), k.secretKey)) });
}

const url = (p: string) => `${server.http}/api/workshops/${w.workshopId}/charter/versions/1/${p}`;

async function download(p: string): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(url(p));
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

/** `mufakat verify <file>` as a process: exit code, stdout, stderr. */
async function verifyCli(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, ['bin/mufakat.js', 'verify', file], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
  );
}

beforeAll(async () => {
  server = await startServer({ demo: false, env: { MUFAKAT_PUBLIC_URL: 'https://mufakat.example.id' } });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-signing-'));
  w = await ApiWorkshop.create(server.http);
  await w.readyToFreeze();
  sha = (await w.as('F').must({ type: 'freezeCharter' })).body.event.data.charterSha256;
}, 120_000);
afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('wet ink: a facilitator records a signature on the printed naskah', () => {
  it('is refused for the wrong role, someone not enrolled, a wrong version and a malformed hash, then seals the version with the witness on paper', async () => {
    await signInBrowser('S1', 'pihak_pertama', 'Kepala Dinas, NIP 19700101 199003 1 001', 'Disdukcapil Kota Yogyakarta');
    await signInBrowser('S9', 'pihak_kedua', 'Ketua', 'Forum Warga');
    expect((await download('bundle-tte.pdf')).status).toBe(409);
    const witness = w.person('S7').participantId;
    const record = { type: 'recordWetInkSignature', participantId: witness, charterVersion: 1, signedAt: new Date().toISOString(), title: 'Koordinator', institution: 'LSM Pelayanan Publik', scanSha256: SCAN_SHA256 };
    expect(await w.as('S9').run(record)).toMatchObject({ status: 403, body: { error: { code: 'role_forbidden' } } });
    const outsider = (await w.join('S3', 'private')).participantId;
    expect(await w.as('F').run({ ...record, participantId: outsider })).toMatchObject({ status: 422, body: { error: { code: 'not_a_signatory' } } });
    expect(await w.as('F').run({ ...record, charterVersion: 2 })).toMatchObject({ status: 409, body: { error: { code: 'charter_version_mismatch' } } });
    expect(await w.as('F').run({ ...record, scanSha256: 'scan.jpg' })).toMatchObject({ status: 422, body: { error: { code: 'scan_hash_malformed' } } });
    expect(await w.as('F').run({ ...record, participantId: w.person('S1').participantId, capacity: 'pihak_pertama' })).toMatchObject({ status: 409, body: { error: { code: 'already_signed' } } });
    await w.as('F').must(record);
    expect(await w.as('F').run(record)).toMatchObject({ status: 409, body: { error: { code: 'already_signed' } } });

    const version = (await api(server.http, 'GET', `/api/workshops/${w.workshopId}/charter/versions/1`, undefined, w.facilitator.token)).body;
    expect(version).toMatchObject({ missing: [], sealed: true, wetInk: [{ capacity: 'saksi', participantId: witness, scanSha256: SCAN_SHA256 }] });
    const bundleRes = await download('bundle.json');
    const bundle = JSON.parse(bundleRes.body.toString('utf8'));
    expect(verifyBundle(bundle)).toMatchObject({ ok: true, summary: { wetInk: [{ capacity: 'saksi', institution: 'LSM Pelayanan Publik', scanSha256: SCAN_SHA256 }] } });
    const file = path.join(dir, 'bundle.json');
    fs.writeFileSync(file, bundleRes.body);
    const cli = await verifyCli(file);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('SAH / VALID');
    expect(cli.stdout).toContain('tanda tangan basah pada naskah cetak');
    expect(cli.stdout).toContain('not a cryptographic signature: only the server seal vouches for this record');
    expect(cli.stdout).toContain(SCAN_SHA256);
  });

  it('the naskah PDF shows the wet-ink signature, who recorded it and the scan hash', async () => {
    const pdf = await download('bundle.pdf');
    const file = path.join(dir, 'naskah.pdf');
    fs.writeFileSync(file, pdf.body);
    const text = (await run('pdftotext', [file, '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/Ditandatangani basah pada naskah cetak, \d{1,2} [A-Z][a-z]+ \d{4} pukul \d{2}\.\d{2} (UTC|WIB); dicatat oleh .+? pada \d{1,2} [A-Z][a-z]+ \d{4} pukul \d{2}\.\d{2} (UTC|WIB)/);
    expect(text).toContain(`pindaian SHA-256 ${SCAN_SHA256.slice(0, 4)} ${SCAN_SHA256.slice(4, 8)} ${SCAN_SHA256.slice(8, 12)} ${SCAN_SHA256.slice(12, 16)}…`);
    expect(text).toContain('Telah ditandatangani secara elektronik');
  });
});

describe('certified signing outside Mufakat: the naskah PDF carries the sealed bundle', () => {
  let signed: Buffer;

  it('is signed with a self-made certificate and still verifies; the CLI says a PDF signature is present and checks no certificate', async () => {
    const res = await download('bundle-tte.pdf');
    expect(res.status).toBe(200);
    const unsigned = res.body;
    const embedded = canonicalJson(JSON.parse((await download('bundle.json')).body.toString('utf8')));
    const embeddedSha = createHash('sha256').update(embedded).digest('hex');
    const unsignedFile = path.join(dir, 'tte.pdf');
    fs.writeFileSync(unsignedFile, unsigned);
    expect((await run('pdfinfo', [unsignedFile])).stdout).toContain(`mufakat-bundle-sha256:${embeddedSha}`);
    expect((await run('pdftotext', [unsignedFile, '-'])).stdout.replace(/\s+/g, ' ')).toContain('Berkas PDF ini disiapkan untuk ditandatangani dengan tanda tangan elektronik tersertifikasi.');
    const before = await verifyCli(unsignedFile);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('Tanda tangan PDF: tidak ada');

    signed = await signPdf(unsigned);
    expect(signed.subarray(0, unsigned.length).equals(unsigned)).toBe(true); // an incremental update
    const file = path.join(dir, 'tte-ditandatangani.pdf');
    fs.writeFileSync(file, signed);
    const cli = await verifyCli(file);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('SAH / VALID');
    expect(cli.stdout).toContain(`SHA-256 lampiran / of the embedded file: ${embeddedSha}`);
    expect(cli.stdout).toContain('metadata cocok dengan lampiran');
    expect(cli.stdout).toContain('PDF signature present (1)');
    expect(cli.stdout).toContain('messageDigest (sha256) cocok dengan bagian berkas yang ditandatangani');
    expect(cli.stdout).toContain('Mufakat tidak memeriksa nilai tanda tangan PDF maupun sertifikatnya');
    // POST /api/verify takes the PDF too.
    const viaApi = await fetch(`${server.http}/api/verify`, { method: 'POST', body: new Uint8Array(signed) });
    expect(await viaApi.json()).toMatchObject({ kind: 'pdf', ok: true, signatures: [{ subFilter: 'adbe.pkcs7.detached', coversWholeFile: true, digestMatches: true }] });
  });

  it('does not verify when one byte of the embedded charter changes (re-embedded), nor after a raw byte flip in its stream', async () => {
    // Re-embed the bundle with one byte changed, compressed like the original, keeping the metadata.
    const pdf = await PDFDocument.load(signed, { updateMetadata: false });
    const spec = pdf.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict);
    const ef = spec.lookup(PDFName.of('Names'), PDFArray).lookup(1, PDFDict).lookup(PDFName.of('EF'), PDFDict);
    const ref = ef.get(PDFName.of('F'));
    const original = canonicalJson(JSON.parse((await download('bundle.json')).body.toString('utf8')));
    const changed = original.replace('Koordinator', 'KoordinatoR');
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(original));
    expect(changed).not.toBe(original);
    pdf.context.assign(ref as never, pdf.context.flateStream(Buffer.from(changed), { Type: 'EmbeddedFile', Subtype: 'application#2Fjson' }));
    const reembedded = path.join(dir, 'tte-diubah.pdf');
    fs.writeFileSync(reembedded, await pdf.save({ useObjectStreams: false }));
    const bad = await verifyCli(reembedded);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('TIDAK SAH / INVALID');
    expect(bad.stderr).toMatch(/bad_seal|charter_hash_mismatch/);
    expect(bad.stderr).toContain('metadata_hash_mismatch');

    // A raw flip of one byte inside the compressed stream of the signed file.
    const raw = flipEmbeddedStreamByte(signed);
    const flipped = path.join(dir, 'tte-rusak.pdf');
    fs.writeFileSync(flipped, raw);
    const broken = await verifyCli(flipped);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('TIDAK SAH / INVALID');
    expect(broken.stderr).toMatch(/embedded_charter_unreadable|not_json|invalid_utf8|charter_hash_mismatch|bad_seal|metadata_hash_mismatch/);
    // The PDF signature no longer matches its bytes either, and the CLI says so.
    expect(broken.stderr).toContain('TIDAK cocok dengan bagian berkas yang ditandatangani');
  });
});
