/**
 * A participant's phone reaches the facilitator's laptop by a LAN name, never `localhost`
 * (issue 19): `localhost` is a secure context even over http, so offline tests there hide
 * what phones in the room live with.
 *
 * Over HTTPS with a certificate from a test CA that this browser trusts, the service worker
 * registers and the app reopens while the server is down, with the stored edits. Over plain
 * HTTP the page says, once, to keep it open; text typed offline survives a closed tab and
 * reaches the room when the link is opened again.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from '../support/browser';
import { createTestCa, hasOpenssl, issueLeaf } from '../support/certs';
import { type RunningServer, startServer } from '../support/server';

const NAME = 'mufakat.test';

const saved = (page: Page) => page.locator('[data-testid=sync-status][data-state=saved]').waitFor();

async function join(page: Page, base: string, joinCode: string, name: string): Promise<void> {
  await page.goto(`${base}/j/${joinCode}`);
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-sector').selectOption('civil_society');
  await page.getByTestId('join-submit').click();
  await page.getByTestId('participant-view').waitFor();
  await saved(page);
}

/** The address of every WebSocket the page opens. */
function socketUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('websocket', (ws) => urls.push(ws.url()));
  return urls;
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

describe.skipIf(!hasOpenssl())('a room reached by a LAN name', () => {
  let browser: Browser;
  let secure: RunningServer;
  let plain: RunningServer;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const ca = createTestCa();
    const leaf = issueLeaf(ca, NAME);
    [secure, plain, browser] = await Promise.all([
      startServer({ env: { MUFAKAT_TLS_CERT: leaf.cert, MUFAKAT_TLS_KEY: leaf.key } }),
      startServer(),
      // The name resolves to this machine, as the venue's DNS or hotspot would make it; the
      // test CA's leaf is trusted by its key (the NSS tools that would add the CA itself are
      // not installed here). Not --ignore-certificate-errors: that would not make the page
      // trustworthy enough for a service worker, nor would it be what a phone sees.
      launchBrowser([`--host-resolver-rules=MAP ${NAME} 127.0.0.1`, `--ignore-certificate-errors-spki-list=${leaf.spkiSha256}`]),
    ]);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await secure?.stop();
    await plain?.stop();
  });

  const person = async (options?: Parameters<typeof newPerson>[1]) => {
    const context = await newPerson(browser, options ?? { viewport: { width: 390, height: 844 } });
    contexts.push(context);
    return context;
  };

  it('over HTTPS the service worker registers, and the app reopens with the stored edits while the server is down', async () => {
    const base = `https://${NAME}:${secure.port}`;
    const context = await person();
    const page = await context.newPage();
    const sockets = socketUrls(page);
    await join(page, base, secure.demo!.joinCode, 'Ibu Sari');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    // Sync runs over wss on the same port: the token in its address is encrypted on the Wi-Fi.
    expect(sockets.length).toBeGreaterThan(0);
    for (const url of sockets) expect(url.startsWith(`wss://${NAME}:${secure.port}/sync/`)).toBe(true);
    expect(await page.getByTestId('keep-page-open').count()).toBe(0);
    // The worker installs (caching the app) and takes control of this page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 15_000 });

    await typeAtEnd(page, ' Loket buka pukul tujuh.');
    await saved(page);

    await secure.stop();
    await page.locator('[data-testid=sync-status][data-state=offline], [data-testid=sync-status][data-state=connecting]').first().waitFor();
    await typeAtEnd(page, ' Diketik saat server mati.');
    await page.waitForTimeout(500); // y-indexeddb commits each update in its own transaction

    // The Wi-Fi is gone (the server is unreachable): a reload still opens the app.
    await page.reload();
    await page.getByTestId('participant-view').waitFor();
    await expect.poll(() => page.getByTestId('editor').textContent()).toContain('Loket buka pukul tujuh.');
    expect(await page.getByTestId('editor').textContent()).toContain('Diketik saat server mati.');
  });

  it('over plain HTTP the page asks once to stay open, and text typed offline survives a closed tab', async () => {
    const base = `http://${NAME}:${plain.port}`;
    const demo = plain.demo!;
    const context = await person();
    const page = await context.newPage();
    const sockets = socketUrls(page);
    await join(page, base, demo.joinCode, 'Pak Darmo');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    // What a neighbour on the Wi-Fi can read (docs/THREAT_MODEL.md): the person's token, in
    // clear, in every sync socket's address.
    expect(sockets.some((url) => url.startsWith(`ws://${NAME}:${plain.port}/sync/`) && url.includes('token='))).toBe(true);
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);

    const notice = page.getByTestId('keep-page-open');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Biarkan halaman ini tetap terbuka');
    expect(await notice.textContent()).toContain('Wi-Fi');
    await page.getByTestId('keep-page-open-dismiss').click();
    expect(await notice.count()).toBe(0);
    await page.reload();
    await page.getByTestId('participant-view').waitFor();
    expect(await page.getByTestId('keep-page-open').count()).toBe(0); // once

    const workshopPath = new URL(page.url()).pathname;
    await context.setOffline(true);
    await page.locator('[data-testid=sync-status][data-state=offline]').waitFor();
    await typeAtEnd(page, ' Catatan saat Wi-Fi putus.');
    await page.locator('[data-testid=sync-status][data-state=unsaved]').waitFor();
    await page.waitForTimeout(500);
    // The phone discards the tab.
    await page.close();

    // Without a secure context there is no app copy: reopening while offline fails (why the
    // notice asks to keep the page open).
    const again = await context.newPage();
    await expect(again.goto(`${base}${workshopPath}`)).rejects.toThrow();

    // Once the Wi-Fi is back, the link opens the app with the text, and the text reaches the room.
    await context.setOffline(false);
    await again.goto(`${base}${workshopPath}`);
    await again.getByTestId('participant-view').waitFor();
    await expect.poll(() => again.getByTestId('editor').textContent()).toContain('Catatan saat Wi-Fi putus.');
    await saved(again);

    const facilitator = await (await person({ viewport: { width: 1280, height: 800 } })).newPage();
    await facilitator.goto(`${base}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);
    await facilitator.getByTestId('facilitator-view').waitFor();
    await expect.poll(() => facilitator.getByTestId('editor').textContent()).toContain('Catatan saat Wi-Fi putus.');
  });

  it('a facilitator whose link may have been read off the Wi-Fi replaces it: the old link stops working at once', async () => {
    const base = `http://${NAME}:${plain.port}`;
    const demo = plain.demo!;
    const stolen = demo.facilitatorToken;
    const page = await (await person({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${base}/f/${demo.workshopId}#token=${stolen}`);
    await page.getByTestId('facilitator-view').waitFor();
    await page.getByTestId('replace-link').click();
    await page.getByTestId('replace-link-confirm').click();
    const url = await page.getByTestId('keep-link-url').inputValue();
    expect(url).toMatch(new RegExp(`^${base}/f/${demo.workshopId}#token=[\\w-]+$`));
    expect(url).not.toContain(stolen);
    // This device already runs on the new link (it reloaded): connected, nothing refused.
    await saved(page);
    expect(await page.getByTestId('workshop-problem').count()).toBe(0);
    await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/mufakat-replace-link.png` });
    await page.getByRole('button', { name: 'Tutup' }).click();
    expect(await page.getByTestId('keep-link-url').count()).toBe(0);

    // Whoever copied the old link is out, on the API and on sync.
    const neighbour = await (await person()).newPage();
    await neighbour.goto(`${base}/f/${demo.workshopId}#token=${stolen}`);
    await neighbour.getByTestId('workshop-problem').waitFor();
    expect(await neighbour.getByTestId('facilitator-view').count()).toBe(0);
  });
});
