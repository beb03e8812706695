/**
 * An official checks the naskah PDF on /verify, as `mufakat verify naskah.pdf` does, in the
 * browser: the PDF made for certified signing (bundle-tte.pdf of the finished demo), before and
 * after an office signs it (a self-made certificate, tests/support/pdfSigner.ts), with one bit
 * of the embedded charter flipped, and the plain naskah PDF that carries no bundle. The PDF
 * reader (pdf-lib) is fetched only once a PDF is chosen, and the file is never sent anywhere.
 */
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api';
import { newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { flipEmbeddedStreamByte, signPdf } from '../support/pdfSigner';
import { SCREENSHOT_DIR } from '../support/server';

const stage = e2eStage({ finishedDemo: true });

async function choose(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('bundle-file').setInputFiles({ name, mimeType: 'application/pdf', buffer });
  const verdict = page.locator('[data-testid=verdict]', { hasText: name });
  await verdict.waitFor({ timeout: 30_000 });
  const signatures = page.getByTestId('pdf-signature');
  return {
    ok: await verdict.getAttribute('data-ok'),
    code: await verdict.getAttribute('data-code'),
    reason: (await page.getByTestId('verdict-reason').count()) ? await page.getByTestId('verdict-reason').textContent() : null,
    findings: (await page.getByTestId('pdf-findings').count()) ? await page.getByTestId('pdf-findings').getAttribute('data-signatures') : null,
    metadataMatches: (await page.getByTestId('pdf-metadata').count()) ? await page.getByTestId('pdf-metadata').getAttribute('data-matches') : null,
    digests: await signatures.evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-digest-matches')}/${r.getAttribute('data-covers-whole-file')}`)),
  };
}

describe('the /verify page reads the naskah PDF', () => {
  it('accepts the PDF before and after a certified signature, refuses a flipped bit and a PDF without a bundle, and sends nothing', async () => {
    const { server } = stage;
    const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
    const finished = (list.body.workshops as { workshopId: string; isDemo: boolean }[]).find((w) => w.isDemo && w.workshopId !== server.demo!.workshopId)!;
    const base = `${server.http}/api/workshops/${finished.workshopId}/charter/versions/1`;
    const tte = await fetch(`${base}/bundle-tte.pdf`);
    expect(tte.status).toBe(200);
    const unsigned = Buffer.from(await tte.arrayBuffer());
    const signed = await signPdf(unsigned);
    const plainNaskah = Buffer.from(await (await fetch(`${base}/bundle.pdf`)).arrayBuffer());
    expect(plainNaskah.subarray(0, 5).toString()).toBe('%PDF-');

    const reader = await (await newPerson(stage.browser)).newPage();
    const requests: Request[] = [];
    reader.on('request', (r) => requests.push(r));
    await reader.goto(`${server.http}/verify`);
    await reader.getByTestId('bundle-picker').waitFor();
    expect(requests.filter((r) => /\/assets\/(pdf|charterPdfCheck)-/.test(r.url()))).toEqual([]);

    const before = await choose(reader, 'naskah-tte.pdf', unsigned);
    expect(before).toMatchObject({ ok: 'true', code: '', findings: '0', metadataMatches: 'true', digests: [] });
    await expect(reader.getByTestId('pdf-findings').textContent()).resolves.toContain('PDF ini belum ditandatangani secara elektronik.');
    // The PDF reader came when the PDF was chosen.
    expect(requests.some((r) => /\/assets\/pdf-/.test(r.url()))).toBe(true);

    const after = await choose(reader, 'naskah-tte-ditandatangani.pdf', signed);
    await reader.getByTestId('pdf-findings').scrollIntoViewIfNeeded();
    await reader.screenshot({ path: path.join(SCREENSHOT_DIR, 'verify-pdf.png') });
    expect(after).toMatchObject({ ok: 'true', code: '', findings: '1', metadataMatches: 'true', digests: ['true/true'] });
    const text = (await reader.getByTestId('verdict').textContent()) ?? '';
    expect(text).toContain('SAH');
    expect(text).toContain('Bagian berkas yang ditandatangani tidak berubah (sha256).');
    expect(text).toContain('Tanda tangan ini mencakup seluruh berkas.');
    expect(text).toContain('Mufakat tidak memeriksa keabsahan tanda tangan elektronik PDF maupun sertifikatnya');
    await reader.getByTestId('bundle-summary').waitFor();

    const flipped = await choose(reader, 'naskah-rusak.pdf', flipEmbeddedStreamByte(signed));
    expect(flipped.ok).toBe('false');
    expect(flipped.code).toMatch(/^(embedded_charter_unreadable|not_json|invalid_utf8|charter_hash_mismatch|bad_seal|metadata_hash_mismatch)$/);
    expect(flipped.digests).toEqual(['false/true']);
    await expect(reader.getByTestId('verdict').textContent()).resolves.toContain('SUDAH BERUBAH sejak ditandatangani');

    const none = await choose(reader, 'naskah-biasa.pdf', plainNaskah);
    expect(none).toMatchObject({ ok: 'false', code: 'no_embedded_charter' });
    expect(none.reason).toContain('tidak memuat lampiran bundel naskah');

    // Nothing left the browser: no request carried a body, none went to /api/verify.
    expect(requests.filter((r) => r.method() !== 'GET' || r.url().includes('/api/verify')).map((r) => `${r.method()} ${r.url()}`)).toEqual([]);

    if (process.env.MUFAKAT_SHOTS) {
      await choose(reader, 'naskah-tte-ditandatangani.pdf', signed);
      for (const [w, h] of [[1920, 1080], [390, 844]] as const) {
        await reader.setViewportSize({ width: w, height: h });
        await reader.getByTestId('pdf-findings').scrollIntoViewIfNeeded();
        await reader.screenshot({ path: `/tmp/verify-pdf-${w}.png`, fullPage: false });
      }
      await choose(reader, 'naskah-rusak.pdf', flipEmbeddedStreamByte(signed));
      await reader.screenshot({ path: '/tmp/verify-pdf-broken-390.png', fullPage: true });
    }
  }, 120_000);
});
