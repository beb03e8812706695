/**
 * What a phone downloads before a screen works, from the build's manifest (tests/support/
 * clientChunks.ts): the entry plus the screen's route chunk and their static imports, Brotli
 * quality 11. Needs `vite build` first (`npm test` runs it). Prints the figures.
 *
 * Targets (issue 18): the participant view at most 170 kB before the first edit (the editor,
 * the panels and the English catalogue arrive after); the join page at most 60 kB, which it
 * meets by being plain DOM (client/src/join/): React 19 and react-dom alone are ~58 kB Brotli.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_DIST,
  kB,
  type Manifest,
  readManifest,
  SCREENS,
  type Screen,
  screenRoots,
  screenWeight,
  staticClosure,
  wholeClient,
} from '../support/clientChunks';
import { joinEn } from '../../client/src/i18n/join/en';

const KB = 1000;
const TARGET = { join: 60 * KB, participant: 170 * KB } as const;
const GUARD: Record<Screen, number> = {
  join: TARGET.join,
  home: 90 * KB,
  participant: TARGET.participant,
  board: 175 * KB,
  console: 210 * KB,
  signOff: 190 * KB,
  verify: 140 * KB,
  owner: 100 * KB,
};

let manifest: Manifest;
beforeAll(() => {
  manifest = readManifest();
});

/** Names of the library chunks (vite.config.ts VENDOR_CHUNKS) a screen loads statically. */
function librariesOf(screen: Screen): string[] {
  const keys = staticClosure(manifest, screenRoots(manifest, screen));
  return [...keys].map((k) => manifest[k]!.name ?? '').filter((n) => ['react', 'i18n', 'yjs', 'zod', 'editor', 'dnd-kit', 'crypto', 'qrcode', 'pdf'].includes(n)).sort();
}

describe('client chunks', () => {
  it('each screen loads at most its budget of JavaScript (Brotli) before it works', () => {
    const all = wholeClient();
    const lines = [`whole client: ${all.files} scripts, ${kB(all.rawBytes)} (${kB(all.brotliBytes)} Brotli)`];
    const over: string[] = [];
    for (const screen of Object.keys(SCREENS) as Screen[]) {
      const w = screenWeight(screen, manifest);
      const target = screen in TARGET ? TARGET[screen as keyof typeof TARGET] : null;
      const verdict = target === null ? '' : w.brotliBytes <= target ? `  target ${kB(target)}: met` : `  target ${kB(target)}: MISSED by ${kB(w.brotliBytes - target)}`;
      lines.push(`${screen.padEnd(12)} ${kB(w.brotliBytes).padStart(9)} Brotli (${kB(w.rawBytes)} raw, ${w.files.length} files; guard ${kB(GUARD[screen])})${verdict}`);
      if (w.brotliBytes > GUARD[screen]) over.push(`${screen}: ${kB(w.brotliBytes)} > ${kB(GUARD[screen])}`);
    }
    console.log(lines.join('\n'));
    expect(over).toEqual([]);
  });

  it('the join page, the participant view and the board leave the editor, signing, dnd-kit and the QR code for later', () => {
    expect(librariesOf('participant')).toEqual(['i18n', 'react', 'yjs', 'zod']);
    // The editor comes with the first text box (features/editor/Editor.tsx), not with a route.
    for (const screen of Object.keys(SCREENS) as Screen[]) expect(librariesOf(screen)).not.toContain('editor');
    expect(manifest['src/features/editor/CollaborativeEditor.tsx']?.isDynamicEntry).toBe(true);
    // The wall loads its stages when it shows them: no dnd-kit (the stakeholder grid) up front.
    expect(librariesOf('board')).not.toContain('dnd-kit');
    expect(manifest['src/features/board/BoardVote.tsx']?.isDynamicEntry).toBe(true);
    // English is fetched only by those who switch to it.
    expect(manifest['src/i18n/en.ts']?.isDynamicEntry).toBe(true);
  });

  it('the join page loads no React and no i18next, and neither does the entry every page loads', () => {
    expect(librariesOf('join')).toEqual([]);
    // Our own modules too: no chunk of the join page's static graph may hold React's or i18next's code.
    const files = [...staticClosure(manifest, screenRoots(manifest, 'join'))].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
    const found = files.filter((f) => /react\.dev|i18next|__reactContainer|useSyncExternalStore/.test(fs.readFileSync(path.join(CLIENT_DIST, f), 'utf8')));
    expect(found).toEqual([]);
    // The React app is one dynamic import away, for every other route and after the join.
    expect(manifest['src/boot.tsx']?.isDynamicEntry).toBe(true);
    expect(manifest[SCREENS.join]?.isDynamicEntry).toBe(true);
    // English for the join page alone: a small chunk of its own, a dynamic import of the join
    // page's code (fetched only when chosen or stored), never in its static graph. The bundler
    // names it by its source or, since the whole English catalogue shares it, as a shared chunk.
    const joinGraph = staticClosure(manifest, screenRoots(manifest, 'join'));
    const holdsJoinEnglish = (key: string) => fs.readFileSync(path.join(CLIENT_DIST, manifest[key]!.file), 'utf8').includes(joinEn.join.submitting);
    expect([...joinGraph].filter(holdsJoinEnglish)).toEqual([]);
    const english = [...joinGraph].flatMap((k) => manifest[k]!.dynamicImports ?? []).filter(holdsJoinEnglish);
    expect(english).toHaveLength(1);
    expect(fs.statSync(path.join(CLIENT_DIST, manifest[english[0]!]!.file)).size).toBeLessThan(4000);
  });

  it("home, the owner's page and /verify start without the workshop screens' texts, which come with those screens", () => {
    // A text only the workshop screens show (client/src/i18n/idWorkshop.ts).
    const holds = (screen: Screen) =>
      [...staticClosure(manifest, screenRoots(manifest, screen))]
        .map((k) => manifest[k]!.file)
        .filter((f) => f.endsWith('.js'))
        .some((f) => fs.readFileSync(path.join(CLIENT_DIST, f), 'utf8').includes('Memuat lokakarya'));
    expect(holds('home')).toBe(false);
    expect(holds('owner')).toBe(false);
    for (const screen of ['participant', 'board', 'console', 'signOff'] as const) expect(holds(screen), screen).toBe(true);
    // /verify brings its own texts and the signing ones, not the workshop screens'.
    expect(holds('verify')).toBe(false);
  });

  it('the PDF reader (pdf-lib) loads only when /verify is given a PDF, and the service worker does not keep it', () => {
    for (const screen of Object.keys(SCREENS) as Screen[]) expect(librariesOf(screen), screen).not.toContain('pdf');
    expect(manifest['../shared/charter/charterPdfCheck.ts']?.isDynamicEntry).toBe(true);
    const pdfChunk = Object.values(manifest).find((c) => c.name === 'pdf');
    expect(pdfChunk).toBeDefined();
    const sw = fs.readFileSync(path.join(CLIENT_DIST, 'sw.js'), 'utf8');
    expect(sw).toContain('/assets/react-'); // the list is filled in
    expect(sw).not.toContain(`/${pdfChunk!.file}`);
    expect(sw).not.toContain('/assets/charterPdfCheck-');
  });

  it('Yjs is bundled once, as one ES module (two copies break its type checks)', () => {
    const dir = path.join(CLIENT_DIST, 'assets');
    const withYjs = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes('Yjs was already imported'));
    expect(withYjs).toHaveLength(1);
  });
});
