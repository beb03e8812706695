// `prepare` script: npm links the bins of dependencies into node_modules/.bin, but not the
// package's own, so `npx mufakat` inside this repository would not find it. Link it here.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'mufakat');
const target = path.relative(binDir, path.join(root, 'bin', 'mufakat.js'));
if (fs.existsSync(path.join(root, 'node_modules'))) {
  fs.mkdirSync(binDir, { recursive: true });
  fs.rmSync(link, { force: true });
  fs.symlinkSync(target, link);
  fs.chmodSync(path.join(root, 'bin', 'mufakat.js'), 0o755);
}
