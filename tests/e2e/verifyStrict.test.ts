/**
 * The public /verify page refuses ambiguous JSON as the CLI and the server do: the sealed demo
 * bundle (fetched from its printed link, and chosen as a file) and the committed fixture verify;
 * the same demo file with a forged clause text placed before the real one, which `JSON.parse`
 * alone reads as the signed bundle, is refused with the duplicated key named, in Indonesian.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../shared/charter/verifyBundle';
import { FORGED_TEXT, withForgedClauseText } from '../../shared/testing/forgedBundle';
import { newPerson } from '../support/browser';
import { api } from '../support/api';
import { e2eStage } from '../support/e2eStage';
import { ROOT } from '../support/server';

const stage = e2eStage({ finishedDemo: true });

async function choose(page: Page, name: string, buffer: Buffer): Promise<{ ok: string | null; code: string | null; reason: string }> {
  await page.getByTestId('bundle-file').setInputFiles({ name, mimeType: 'application/json', buffer });
  const verdict = page.locator('[data-testid=verdict]', { hasText: name });
  await verdict.waitFor();
  const reason = (await page.getByTestId('verdict-reason').count()) ? ((await page.getByTestId('verdict-reason').textContent()) ?? '') : '';
  return { ok: await verdict.getAttribute('data-ok'), code: await verdict.getAttribute('data-code'), reason };
}

describe('the /verify page reads the file strictly', () => {
  it('accepts the untouched demo bundle and the fixture, and refuses the forged duplicated clause text', async () => {
    const { server } = stage;
    const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
    const finished = (list.body.workshops as { workshopId: string; isDemo: boolean }[]).find((w) => w.isDemo && w.workshopId !== server.demo!.workshopId)!;
    const res = await fetch(`${server.http}/api/workshops/${finished.workshopId}/charter/versions/1/bundle.json`);
    const bundleText = await res.text();
    const sha = JSON.parse(bundleText).charterSha256 as string;

    const reader = await (await newPerson(stage.browser)).newPage();
    await reader.goto(`${server.http}/verify#w=${finished.workshopId}&v=1&h=${sha}`);
    await reader.locator('[data-testid=verdict][data-ok=true]').waitFor();
    await reader.getByTestId('printed-match').waitFor();
    // Files of other charters than the printed one: the page without a link.
    await reader.goto(`${server.http}/verify`);
    await reader.getByTestId('bundle-picker').waitFor();

    expect(await choose(reader, 'demo.json', Buffer.from(bundleText))).toMatchObject({ ok: 'true', code: '' });
    const fixture = fs.readFileSync(path.join(ROOT, 'tests/fixtures/charter-bundle.v1.json'));
    expect(await choose(reader, 'fixture.json', fixture)).toMatchObject({ ok: 'true', code: '' });

    const forged = withForgedClauseText(bundleText);
    expect(forged).toContain(FORGED_TEXT);
    expect(verifyBundle(JSON.parse(forged)).ok, 'JSON.parse alone reads the signed bundle').toBe(true);
    const refused = await choose(reader, 'forged.json', Buffer.from(forged));
    expect(refused).toMatchObject({ ok: 'false', code: 'duplicate_key' });
    expect(refused.reason).toMatch(/^Kunci ganda: "text" muncul dua kali di charter\.sections\[\d+\]\.clauses\[\d+\]\.current \(baris \d+\)\./);
    if (process.env.MUFAKAT_SHOTS) {
      for (const [w, h] of [[1920, 1080], [390, 844]] as const) {
        await reader.setViewportSize({ width: w, height: h });
        await reader.screenshot({ path: `/tmp/verify-forged-${w}.png`, fullPage: false });
      }
    }

    // A byte that is never UTF-8: file.text() would have made it U+FFFD and hidden it.
    const bytes = Buffer.from(bundleText);
    bytes[bytes.indexOf('Akta')] = 0xff;
    expect(await choose(reader, 'bytes.json', bytes)).toMatchObject({ ok: 'false', code: 'invalid_utf8' });
  });
});
