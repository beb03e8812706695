/** Summarises a V8 `.cpuprofile` (from `node --cpu-prof`) by self time. */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Without (idle) and (program). */
  busyMs: number;
  top: { name: string; where: string; selfMs: number; pctOfBusy: number }[];
  byArea: { area: string; selfMs: number; pctOfBusy: number }[];
}

function where(url: string, line: number, root: string): string {
  if (!url) return '';
  const file = url.startsWith('file://') ? url.slice(7) : url;
  return `${file.startsWith(root) ? path.relative(root, file) : file}:${line + 1}`;
}

/** Coarse ownership of a frame: which package or part of the server the time belongs to. */
function area(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native/V8)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal' : url;
  const s = /\/(server\/[^/]+(?:\/[^/]+)?)\.ts/.exec(url);
  if (s) return s[1]!;
  return 'other';
}

/**
 * `window`, when given, keeps only the samples taken in it (monotonic µs, the clock of the
 * profile's own timestamps), e.g. a scenario's measured window without start-up and set-up.
 */
export function summarizeProfile(file: string, root: string, topN = 25, window?: [number, number]): ProfileSummary {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  for (const n of p.nodes) byId.set(n.id, n);
  const self = new Map<number, number>();
  let at = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i]!;
    at += p.timeDeltas[i] ?? 0;
    if (window && (at < window[0] || at > window[1])) continue;
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const byFn = new Map<string, { name: string; where: string; us: number }>();
  const byArea = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const { functionName, url, lineNumber } = n.callFrame;
    total += us;
    if (functionName === '(idle)' || functionName === '(program)') idle += us;
    const name = functionName || '(anonymous)';
    const key = `${name}@${url}:${lineNumber}`;
    const e = byFn.get(key) ?? { name, where: where(url, lineNumber, root), us: 0 };
    e.us += us;
    byFn.set(key, e);
    const a = area(url, functionName);
    byArea.set(a, (byArea.get(a) ?? 0) + us);
  }
  const busy = total - idle;
  const pct = (us: number): number => (busy > 0 ? (100 * us) / busy : 0);
  return {
    totalMs: total / 1000,
    busyMs: busy / 1000,
    top: [...byFn.values()]
      .filter((e) => e.name !== '(idle)' && e.name !== '(program)')
      .sort((a, b) => b.us - a.us)
      .slice(0, topN)
      .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, pctOfBusy: pct(e.us) })),
    byArea: [...byArea.entries()]
      .filter(([a]) => a !== '(idle)' && a !== '(program)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([a, us]) => ({ area: a, selfMs: us / 1000, pctOfBusy: pct(us) })),
  };
}
