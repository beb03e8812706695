/**
 * Headless Debian Chromium through playwright-core. One browser, and one *context* per
 * simulated person: pages in the same context would sync through BroadcastChannel and
 * IndexedDB and hide server bugs.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPerson(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'id-ID',
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * A person whose token is already in this browser's storage, as after joining on this device.
 * `slot` is the suffix of a second saved identity for the same workshop.
 */
export async function personWithToken(
  browser: Browser,
  workshopId: string,
  token: string,
  options: { viewport?: { width: number; height: number }; slot?: string } = {},
): Promise<BrowserContext> {
  const context = await newPerson(browser, { viewport: options.viewport ?? { width: 1280, height: 800 } });
  await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [`mufakat.token.${workshopId}${options.slot ?? ''}`, token]);
  return context;
}

export interface SocketWatch {
  /** Sync rooms of the sockets this page opened, in order (`<id>` or `<id>.decisions`). */
  opened: string[];
  /** Sync rooms of the sockets that closed, in order, whoever closed them. */
  closed: string[];
}

/**
 * Records every sync socket the page opens and every one that closes, so a test can check that
 * nobody's sockets dropped (a navigation or reload closes them too: watch a page that stays).
 */
export function watchSockets(page: Page): SocketWatch {
  const watch: SocketWatch = { opened: [], closed: [] };
  page.on('websocket', (ws) => {
    const path = new URL(ws.url()).pathname;
    if (!path.startsWith('/sync/')) return;
    const room = decodeURIComponent(path.slice('/sync/'.length));
    watch.opened.push(room);
    ws.on('close', () => watch.closed.push(room));
  });
  return watch;
}
