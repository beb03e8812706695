/**
 * What each screen of the built client downloads before it works, read from Vite's manifest
 * (`dist/client/.vite/manifest.json`): the entry chunk, the React app (`boot.tsx`, all screens
 * but the plain join page), the screen's route chunk, and every chunk they import statically
 * (transitively). Chunks reached only through `import()` (a
 * lazily loaded panel, the editor, the English catalogue) load later and are not counted.
 * Each file is compressed with Brotli at quality 11, as `vite.config.ts` precompresses it and
 * the server sends it to phones.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../dist/client');

interface ManifestChunk {
  file: string;
  /** The chunk's name: a module's, or a library group's of vite.config.ts (`react`, `yjs`…). */
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The route chunks, by screen (keys of the manifest are relative to `client/`). */
export const SCREENS = {
  join: 'src/join/joinPage.ts',
  home: 'src/views/HomeView.tsx',
  participant: 'src/views/ParticipantView.tsx',
  board: 'src/views/BoardView.tsx',
  console: 'src/views/FacilitatorView.tsx',
  signOff: 'src/views/SignOffView.tsx',
  verify: 'src/views/VerifyView.tsx',
  owner: 'src/views/OwnerView.tsx',
} as const;
export type Screen = keyof typeof SCREENS;

/** The React app (`client/src/boot.tsx`): every screen but the join page loads it first. */
export const APP_BOOT = 'src/boot.tsx';

/** What a screen starts from: the entry, the React app unless it is the (plain) join page, its route chunk. */
export function screenRoots(manifest: Manifest, screen: Screen): string[] {
  return [entryKey(manifest), ...(screen === 'join' ? [] : [APP_BOOT]), SCREENS[screen]];
}

export function readManifest(dist = CLIENT_DIST): Manifest {
  const file = path.join(dist, '.vite/manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npx vite build\` first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);
  return entries[0]![0];
}

/** Manifest keys of the chunks loaded statically from `roots` (the roots included). */
export function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return seen;
}

const brotliCache = new Map<string, number>();
export function brotliBytes(file: string): number {
  let size = brotliCache.get(file);
  if (size === undefined) {
    size = zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    brotliCache.set(file, size);
  }
  return size;
}

export interface ScreenWeight {
  screen: Screen;
  files: string[];
  /** JavaScript only: raw and Brotli bytes. */
  rawBytes: number;
  brotliBytes: number;
}

export function screenWeight(screen: Screen, manifest = readManifest(), dist = CLIENT_DIST): ScreenWeight {
  const keys = staticClosure(manifest, screenRoots(manifest, screen));
  const files = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let br = 0;
  for (const f of files) {
    raw += fs.statSync(path.join(dist, f)).size;
    br += brotliBytes(path.join(dist, f));
  }
  return { screen, files, rawBytes: raw, brotliBytes: br };
}

/** Every JavaScript file of the build, raw and Brotli bytes in total. */
export function wholeClient(dist = CLIENT_DIST): { files: number; rawBytes: number; brotliBytes: number } {
  const dir = path.join(dist, 'assets');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let br = 0;
  for (const f of files) {
    raw += fs.statSync(path.join(dir, f)).size;
    br += brotliBytes(path.join(dir, f));
  }
  return { files: files.length, rawBytes: raw, brotliBytes: br };
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
