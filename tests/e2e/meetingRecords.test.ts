/**
 * The console's freeze tab hands the facilitator the Berita Acara Kesepakatan, the daftar hadir
 * and the notulen of the demo workshop as PDF downloads (the route needs the facilitator's token,
 * so the buttons fetch and save rather than link).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { personWithToken } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { SCREENSHOT_DIR } from '../support/server';

const stage = e2eStage();

describe('meeting records in the console', () => {
  it('downloads the three PDFs from the freeze tab, on a wide screen and on a phone', { timeout: 90_000 }, async () => {
    const { workshopId, facilitatorToken } = stage.server.demo!;
    for (const viewport of [{ width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
      const page = await (await personWithToken(stage.browser, workshopId, facilitatorToken, { viewport })).newPage();
      await page.goto(`${stage.server.http}/f/${workshopId}`);
      await page.getByTestId('agenda-stepper').waitFor({ timeout: 30_000 });
      await page.getByTestId('tab-freeze').click();
      const records = page.getByTestId('meeting-records');
      await records.waitFor();
      expect(await records.textContent()).toContain('Berita Acara Kesepakatan');
      await records.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `meeting-records-${viewport.width}.png`) });
      for (const kind of ['berita-acara', 'daftar-hadir', 'notulen']) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`download-${kind}`).click()]);
        expect(download.suggestedFilename()).toMatch(new RegExp(`^(berita-acara-kesepakatan|${kind})-${workshopId}\\.pdf$`));
        const file = await download.path();
        expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      }
      await page.context().close();
    }
  });
});
