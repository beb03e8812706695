/**
 * `npm start` runs the server with the node command of `npm run serve` (it skips a second npm
 * process to start faster); tests and the benchmark start `serve`. They must stay one command.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('package.json scripts', () => {
  it('starts the server exactly as `npm run serve` does, after the build check', () => {
    expect(pkg.scripts.start).toBe(`node bin/buildClient.js && ${pkg.scripts.serve}`);
  });
});
