/**
 * Accessibility checks in the browser with axe-core: inject the library into a page (through
 * the DevTools protocol, so the app's Content-Security-Policy does not block it), run it on the
 * whole document, keep the serious and critical violations.
 * axe-core is a dev dependency from issue 14 on; where it is not installed yet, `axeAvailable`
 * is false and callers skip the check (and say so).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | null | undefined;

function axeSource(): string | null {
  if (source === undefined) {
    try {
      source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    } catch {
      source = null;
    }
  }
  return source;
}

export const axeAvailable = (): boolean => axeSource() !== null;

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the first offending elements. */
  targets: string[];
}

/** Serious and critical axe-core violations (WCAG 2.0/2.1 A and AA rules) on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  const axe = axeSource();
  if (axe === null) throw new Error('axe-core is not installed');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(context: Document, options: object): Promise<any> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return (result.violations as any[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n: any) => String(n.target)) }));
  });
}
