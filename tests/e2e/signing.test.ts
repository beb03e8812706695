/**
 * Issue 5 in the browser, through the real server: the workshop reaches the freeze gate over
 * the API and is frozen; the three signatories, each in their own browser context (one on a
 * phone), review the text on `/s/:id`, make an Ed25519 key in WebCrypto, register it and sign.
 * The facilitator downloads the sealed bundle from the console; the `mufakat` CLI and the public
 * `/verify` page (fresh context, no token) both call it valid, and both reject the same flipped
 * byte with the same code. Finally the console reopens the text and shows the v1→v2 diff.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPerson, personWithToken } from '../support/browser';
import { ROOT, } from '../support/server';
import { e2eStage } from '../support/e2eStage';
import { ApiWorkshop } from '../support/workshop';

const run = promisify(execFile);
const stage = e2eStage({ demo: false });

/** The sign-off view: check the hash, register a key with title and institution, sign. */
async function signInBrowser(w: ApiWorkshop, key: string, title: string, institution: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await personWithToken(stage.browser, w.workshopId, w.person(key).token, { viewport })).newPage();
  await page.goto(`${stage.server.http}/s/${w.workshopId}`);
  await page.getByTestId('hash-checked').waitFor();
  await page.getByLabel(/Jabatan/).fill(title);
  await page.getByLabel(/Instansi/).fill(institution);
  await page.getByTestId('key-register').click();
  await page.getByTestId('key-registered').waitFor();
  expect(await page.getByTestId('key-kind').getAttribute('data-kind')).toBe('webcrypto');
  await page.getByTestId('sign-confirm').check();
  await page.getByTestId('sign-button').click();
  await page.getByTestId('signed').waitFor();
  return page;
}

/** `mufakat verify <file>`: exit code and the reason code it printed. */
async function cli(file: string): Promise<{ code: number; reason: string | null; stdout: string }> {
  try {
    const ok = await run(process.execPath, ['bin/mufakat.js', 'verify', file], { cwd: ROOT });
    return { code: 0, reason: null, stdout: ok.stdout };
  } catch (e) {
    const err = e as { code: number; stderr: string; stdout: string };
    return { code: err.code, reason: /\[(\w+)\]/.exec(err.stderr)?.[1] ?? null, stdout: err.stdout };
  }
}

async function verdictOf(page: Page): Promise<{ ok: string | null; code: string | null }> {
  const verdict = page.getByTestId('verdict');
  await verdict.waitFor();
  return { ok: await verdict.getAttribute('data-ok'), code: await verdict.getAttribute('data-code') };
}

// docs/screenshots come from wholeWorkshop.test.ts, the whole workshop through the UI.
describe('signing the charter in the browser', () => {
  it('signatories sign with browser keys; the downloaded bundle verifies in the CLI and on /verify alike', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    await w.readyToFreeze(); // S1 pihak_pertama (government), S9 pihak_kedua, S7 saksi
    const frozen = await w.as('F').must({ type: 'freezeCharter' });
    const sha: string = frozen.body.event.data.charterSha256;

    // A signatory on a phone, and one on a laptop.
    const s1 = await signInBrowser(w, 'S1', 'Kepala Dinas', 'Disdukcapil Kota Yogyakarta', { width: 390, height: 844 });
    const s9 = await signInBrowser(w, 'S9', 'Ketua', 'Forum Warga Peduli Pelayanan');
    expect(await s9.getByTestId('fingerprint').first().getAttribute('data-sha256')).toBe(sha);
    expect(await s9.locator('[data-testid=charter-section]').count()).toBeGreaterThan(3);
    // Both signatures show on both screens (live, through the decisions document).
    for (const page of [s1, s9]) {
      await page.locator('[data-testid=capacity-status][data-capacity=pihak_kedua][data-signed=true]').waitFor();
      await page.locator('[data-testid=capacity-status][data-capacity=pihak_pertama][data-signed=true]').waitFor();
    }
    expect(await s9.locator('[data-testid=capacity-status][data-capacity=saksi]').getAttribute('data-signed')).toBe('false');
    // The secret never left the browser: only a non-extractable CryptoKey is stored.
    const stored = await s9.evaluate(
      () =>
        new Promise<{ kind: string; extractable: boolean }>((resolve) => {
          const open = indexedDB.open('mufakat-signing');
          open.onsuccess = () => {
            const get = open.result.transaction('keys').objectStore('keys').getAll();
            get.onsuccess = () => resolve({ kind: get.result[0].kind, extractable: get.result[0].keyPair.privateKey.extractable });
          };
        }),
    );
    expect(stored).toEqual({ kind: 'webcrypto', extractable: false });

    const s7 = await signInBrowser(w, 'S7', 'Koordinator', 'LSM Pelayanan Publik');
    await s7.getByTestId('all-signed').waitFor();

    // The facilitator downloads the sealed bundle from the console.
    const f = await (await personWithToken(stage.browser, w.workshopId, w.facilitator.token, { viewport: { width: 1440, height: 1000 } })).newPage();
    await f.goto(`${stage.server.http}/f/${w.workshopId}`);
    await f.getByTestId('tab-freeze').click();
    const v1 = f.locator('[data-testid=charter-version][data-version="1"]');
    await f.locator('[data-testid=charter-version][data-version="1"][data-sealed=true]').waitFor();
    expect(await v1.getByTestId('signing-progress').textContent()).toContain('3');
    const [download] = await Promise.all([f.waitForEvent('download'), v1.getByTestId('download-json').click()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-signing-'));
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);

    // Beside it, the posters for the wall: the Maklumat downloads as a PDF from the same place.
    const [poster] = await Promise.all([f.waitForEvent('download'), v1.getByTestId('download-maklumat-a4').click()]);
    expect(poster.suggestedFilename()).toBe(`maklumat-a4-${w.workshopId}-v1.pdf`);
    await poster.saveAs(path.join(dir, poster.suggestedFilename()));
    expect(fs.readFileSync(path.join(dir, poster.suggestedFilename())).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await v1.getByTestId('poster-links').locator('a').count()).toBe(4);
    // Beside the naskah PDF: the Word document for the legal section and the English translation.
    const [word] = await Promise.all([f.waitForEvent('download'), v1.getByTestId('download-docx').click()]);
    expect(word.suggestedFilename()).toBe(`kontrak-pelayanan-${w.workshopId}-v1.docx`);
    await word.saveAs(path.join(dir, word.suggestedFilename()));
    expect(fs.readFileSync(path.join(dir, word.suggestedFilename())).subarray(0, 2).toString()).toBe('PK');
    const [english] = await Promise.all([f.waitForEvent('download'), v1.getByTestId('download-pdf-en').click()]);
    expect(english.suggestedFilename()).toBe(`kontrak-pelayanan-${w.workshopId}-v1-en.pdf`);
    await english.saveAs(path.join(dir, english.suggestedFilename()));
    expect(fs.readFileSync(path.join(dir, english.suggestedFilename())).subarray(0, 5).toString()).toBe('%PDF-');

    const good = await cli(file);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain(sha);

    // One byte of the charter flipped: the CLI and the page give the same code.
    const at = bytes.indexOf(Buffer.from('Klausul '));
    expect(at).toBeGreaterThan(0);
    const tampered = Buffer.from(bytes);
    tampered[at] = 'k'.charCodeAt(0);
    const badFile = path.join(dir, 'tampered.json');
    fs.writeFileSync(badFile, tampered);
    const bad = await cli(badFile);
    expect(bad.code).toBe(1);
    expect(bad.reason).toBe('charter_hash_mismatch');

    // The public page, in a fresh context with no token: first from the printed QR link...
    const reader = await (await newPerson(stage.browser)).newPage();
    await reader.goto(`${stage.server.http}/verify#w=${w.workshopId}&v=1&h=${sha}`);
    expect(await verdictOf(reader)).toEqual({ ok: 'true', code: '' });
    await reader.getByTestId('printed-match').waitFor();
    // ...then with the downloaded file, and with the flipped one.
    await reader.getByTestId('bundle-file').setInputFiles({ name: 'bundle.json', mimeType: 'application/json', buffer: bytes });
    await reader.locator('[data-testid=verdict]', { hasText: 'bundle.json' }).waitFor();
    expect(await verdictOf(reader)).toEqual({ ok: 'true', code: '' });
    expect(await reader.locator('[data-testid=verified-signer]').allTextContents()).toEqual([
      expect.stringContaining('Disdukcapil Kota Yogyakarta'),
      expect.stringContaining('Forum Warga Peduli Pelayanan'),
      expect.stringContaining('LSM Pelayanan Publik'),
    ]);
    expect(await reader.getByTestId('seal-key-id').getAttribute('data-key-id')).toMatch(/^[\w-]{43}$/);
    await reader.getByTestId('bundle-file').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: tampered });
    await reader.locator('[data-testid=verdict]', { hasText: 'tampered.json' }).waitFor();
    expect(await verdictOf(reader)).toEqual({ ok: 'false', code: bad.reason });

    // Reopen with a reason in the console, freeze again: version 2, and the diff renders.
    f.on('dialog', (dialog) => void dialog.accept());
    await f.getByTestId('reopen-reason').fill('Pihak kedua meminta penjelasan biaya');
    await f.getByTestId('reopen-button').click();
    await f.getByTestId('freeze-button').waitFor();
    await expect.poll(() => f.getByTestId('frozen').count()).toBe(0);
    await w.as('F').must({ type: 'freezeCharter' });
    await f.locator('[data-testid=charter-version][data-version="2"]').waitFor();
    await f.getByTestId('diff-show').click();
    await f.getByTestId('charter-diff').getByText(/Tidak ada perbedaan isi|Daftar|Dokumen/).first().waitFor();
    // The signatory's screen follows: version 2 waits for signatures again.
    await s1.locator('[data-testid=sign-off][data-version="2"]').waitFor();
    expect(await s1.locator('[data-testid=capacity-status][data-signed=true]').count()).toBe(0);
  });
});
