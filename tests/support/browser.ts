/**
 * Headless Debian Chromium through playwright-core. One browser, and one *context* per
 * simulated person: pages in the same context would sync through BroadcastChannel and
 * IndexedDB and hide server bugs.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How every test and the benchmark (Lighthouse, tests/bench/lighthouse.ts) start Chromium. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraArgs`: e.g. a host-resolver rule and a trusted test certificate (e2e/secureRoom.test.ts). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
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

/** One axe-core finding, trimmed to what a failing assertion should print. */
export interface AxeViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  targets: string[];
}

let axeSource: string | null = null;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now and returns the serious
 * and critical violations, so `expect(await accessibilityViolations(page)).toEqual([])` fails
 * with the rule, its help text and the elements. Minor and moderate findings are left out on
 * purpose: they are worth a look but should not fail a workshop run.
 */
export async function accessibilityViolations(page: Page, options: { exclude?: string[] } = {}): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const context = exclude.length > 0 ? { exclude: exclude.map((s) => [s]) } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  }, options.exclude ?? []);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact as AxeViolation['impact'], help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
