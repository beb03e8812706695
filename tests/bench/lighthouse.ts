/**
 * `npm run bench -- lighthouse [--runs N]`: the built client as a cheap phone on the room's
 * Wi-Fi sees it. Lighthouse 12 (its default mobile profile: simulated slow 4G, 150 ms RTT,
 * 1.6 Mbit/s down, 4× CPU slowdown, a Moto G Power screen) with Debian's Chromium, against our
 * real server serving `dist/client` (run `npx vite build` first), on three screens:
 *   - the join page (`/j/<code>`), a phone's first visit;
 *   - the participant view (`/w/<id>#token=…`) of a participant joined through the API;
 *   - the board (`/b/<id>#token=…`), with the demo workshop's content.
 * Each run is a cold load (Lighthouse clears the cache and storage). Prints the performance
 * score, first and largest contentful paint, total blocking time and time to interactive
 * (median, min–max over the runs), the JavaScript each screen loads before it works (from the
 * build manifest, tests/support/clientChunks.ts), and the target verdicts.
 *
 * Lighthouse's simulated throttling scales the main-thread work it observed: on a shared,
 * busy machine the figures are pessimistic and noisy; `--runs 3` (the default) gives the spread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { joinAs } from '../support/api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser';
import { kB, readManifest, type Screen, screenWeight } from '../support/clientChunks';
import { startServer } from '../support/server';

export interface PageFigures {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  ttiMs: number;
  speedIndexMs: number;
  cumulativeLayoutShift: number;
  /** Bytes of script the page transferred during the load (all chunks, lazy ones included). */
  scriptTransferBytes: number;
}

export interface LighthouseResult {
  date: string;
  runs: number;
  loadAverage: [number, number];
  pages: Record<LighthousePage, PageFigures[]>;
  bundles: Record<LighthousePage, number>;
  verdicts: { target: string; value: string; verdict: 'PASS' | 'MISS' }[];
}

export type LighthousePage = 'join' | 'participant' | 'board';
const SCREEN_OF: Record<LighthousePage, Screen> = { join: 'join', participant: 'participant', board: 'board' };

export const LIGHTHOUSE_TARGETS = { score: 90, participantInteractiveMs: 3500 } as const;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const spread = (xs: number[], f: (x: number) => string): string =>
  xs.length > 1 ? `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : f(xs[0]!);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The full report of each page's last run, for diagnosis (Lighthouse's JSON, ~1 MB each). */
const REPORT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-lighthouse-'));

async function audit(url: string, port: number, name: string): Promise<PageFigures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  fs.writeFileSync(path.join(REPORT_DIR, `${name}.json`), JSON.stringify(lhr));
  const n = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcpMs: n('first-contentful-paint'),
    lcpMs: n('largest-contentful-paint'),
    tbtMs: n('total-blocking-time'),
    ttiMs: n('interactive'),
    speedIndexMs: n('speed-index'),
    cumulativeLayoutShift: n('cumulative-layout-shift'),
    scriptTransferBytes: items.find((i) => i.resourceType === 'script')?.transferSize ?? 0,
  };
}

export async function runLighthouse(runs: number, log: (msg: string) => void): Promise<LighthouseResult> {
  const manifest = readManifest(); // fails early, with advice, when the client is not built
  const server = await startServer();
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS], logLevel: 'silent' });
  const loadStart = os.loadavg()[0]!;
  try {
    const demo = server.demo;
    if (!demo) throw new Error('the server printed no demo workshop');
    const participant = await joinAs(server.http, demo.joinCode, { name: 'Ibu Lighthouse', sector: 'civil_society', category: 'service_user' });
    const urls: Record<LighthousePage, string> = {
      join: `${server.http}/j/${demo.joinCode}`,
      participant: `${server.http}/w/${participant.workshopId}#token=${participant.participantToken}`,
      board: `${server.http}/b/${demo.workshopId}#token=${demo.boardToken}`,
    };
    const pages: Record<LighthousePage, PageFigures[]> = { join: [], participant: [], board: [] };
    for (let run = 1; run <= runs; run++) {
      for (const page of Object.keys(urls) as LighthousePage[]) {
        const figures = await audit(urls[page], chrome.port, page);
        pages[page].push(figures);
        log(`  lighthouse ${run}/${runs} ${page}: score ${figures.score}, TTI ${seconds(figures.ttiMs)}, LCP ${seconds(figures.lcpMs)}, TBT ${figures.tbtMs.toFixed(0)} ms, CLS ${figures.cumulativeLayoutShift.toFixed(3)}`);
      }
    }
    log(`  full reports of the last run: ${REPORT_DIR}`);
    const bundles = Object.fromEntries((Object.keys(SCREEN_OF) as LighthousePage[]).map((p) => [p, screenWeight(SCREEN_OF[p], manifest).brotliBytes])) as Record<LighthousePage, number>;
    const verdicts: LighthouseResult['verdicts'] = [];
    for (const page of Object.keys(pages) as LighthousePage[]) {
      const score = median(pages[page].map((f) => f.score));
      verdicts.push({ target: `${page}: performance score ≥ ${LIGHTHOUSE_TARGETS.score} (mobile)`, value: String(score), verdict: score >= LIGHTHOUSE_TARGETS.score ? 'PASS' : 'MISS' });
    }
    const tti = median(pages.participant.map((f) => f.ttiMs));
    verdicts.push({
      target: `participant view interactive ≤ ${seconds(LIGHTHOUSE_TARGETS.participantInteractiveMs)} (mobile)`,
      value: seconds(tti),
      verdict: tti <= LIGHTHOUSE_TARGETS.participantInteractiveMs ? 'PASS' : 'MISS',
    });
    return { date: new Date().toISOString(), runs, loadAverage: [loadStart, os.loadavg()[0]!], pages, bundles, verdicts };
  } finally {
    chrome.kill();
    await server.stop();
  }
}

export function lighthouseMarkdown(r: LighthouseResult): string {
  const rows: [string, (f: PageFigures) => number, (x: number) => string][] = [
    ['performance score', (f) => f.score, (x) => x.toFixed(0)],
    ['first contentful paint', (f) => f.fcpMs, seconds],
    ['largest contentful paint', (f) => f.lcpMs, seconds],
    ['speed index', (f) => f.speedIndexMs, seconds],
    ['total blocking time', (f) => f.tbtMs, (x) => `${x.toFixed(0)} ms`],
    ['cumulative layout shift', (f) => f.cumulativeLayoutShift, (x) => x.toFixed(3)],
    ['time to interactive', (f) => f.ttiMs, seconds],
    ['script transferred in the load', (f) => f.scriptTransferBytes, kB],
  ];
  const pages = Object.keys(r.pages) as LighthousePage[];
  const lines = [`| Lighthouse ${r.runs > 1 ? `(median, min–max of ${r.runs})` : '(1 run)'} | ${pages.join(' | ')} |`, `|---|${pages.map(() => '---:').join('|')}|`];
  for (const [label, get, f] of rows) lines.push(`| ${label} | ${pages.map((p) => spread(r.pages[p].map(get), f)).join(' | ')} |`);
  lines.push(`| JavaScript before it works (manifest, Brotli) | ${pages.map((p) => kB(r.bundles[p])).join(' | ')} |`);
  return lines.join('\n');
}

/** The scenario on its own: `npm run bench -- lighthouse [--runs N] [--out FILE]`. */
export async function lighthouseMain(argv: string[], root: string): Promise<void> {
  let runs = 3;
  let out = path.join(root, 'tests/bench/results', `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--out') out = path.resolve(argv[++i]!);
    else throw new Error(`unknown option ${argv[i]} (lighthouse takes --runs N, --out FILE)`);
  }
  if (!(runs >= 1)) throw new Error('--runs needs a number ≥ 1');
  const started = Date.now();
  const log = (msg: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);
  const r = await runLighthouse(runs, log);
  printLighthouse(r);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(r, null, 1));
  log(`JSON: ${path.relative(process.cwd(), out)}`);
}

export function printLighthouse(r: LighthouseResult): void {
  console.log(`\nThe phone: Lighthouse 12 mobile (simulated slow 4G, 4× CPU), ${r.date}; load average ${r.loadAverage.map((x) => x.toFixed(1)).join(' → ')}\n`);
  console.log(lighthouseMarkdown(r));
  console.log('\n| target | value | verdict |\n|---|---:|---|');
  for (const v of r.verdicts) console.log(`| ${v.target} | ${v.value} | ${v.verdict} |`);
}
