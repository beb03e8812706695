// `npm start` step: rebuilds the client only when its sources changed. A full `vite build` takes
// about 10 s on a laptop (most of it Brotli at quality 11); a second start with nothing changed
// should reach the server in under 3 s. The stamp is a SHA-256 over every file the bundle can
// depend on (paths and contents), kept in dist/client/.build-stamp (sirv does not serve
// dotfiles). `--force` or MUFAKAT_FORCE_BUILD=1 rebuilds regardless.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** What the bundle is made of: sources, the build configuration and the exact dependencies. */
export const STAMP_INPUTS = ['client', 'shared', 'vite.config.ts', 'package.json', 'package-lock.json'];
const outDir = path.join(root, 'dist', 'client');
const stampFile = path.join(outDir, '.build-stamp');

function files(base, entry) {
  const full = path.join(base, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules')
    .flatMap((e) => files(base, path.join(entry, e.name)));
}

/** The hex stamp of the sources under `base` (the repository by default). */
export function sourceStamp(base = root) {
  const hash = createHash('sha256');
  for (const file of STAMP_INPUTS.flatMap((entry) => files(base, entry)).sort()) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(fs.readFileSync(path.join(base, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function main() {
  const force = process.argv.includes('--force') || process.env.MUFAKAT_FORCE_BUILD === '1';
  const stamp = sourceStamp();
  const built = fs.existsSync(path.join(outDir, 'index.html')) && fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : null;
  if (!force && built === stamp) {
    console.log('Client unchanged since the last build: dist/client is reused.');
    return;
  }
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stampFile, `${stamp}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
