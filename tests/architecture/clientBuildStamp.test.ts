import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImportGraph } from './importGraph';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// bin/ holds plain Node scripts (no types, outside the TypeScript import graph): load by URL.
const script = (await import(pathToFileURL(path.join(ROOT, 'bin/buildClient.js')).href)) as {
  STAMP_INPUTS: string[];
  sourceStamp: (base?: string) => string;
};
const inputs = script.STAMP_INPUTS;
const stampOf = script.sourceStamp;

/** Every repository file the client bundle reaches from client/src/main.tsx. */
function bundleFiles(): string[] {
  const { graph } = readImportGraph(ROOT, ['client', 'shared']);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const edge of graph.get(file) ?? []) if (!edge.external) visit(edge.to);
  };
  visit('client/src/main.tsx');
  return [...seen];
}

describe('npm start rebuilds the client only when its sources changed', () => {
  it('the build stamp covers every file the client bundle imports, and the build configuration', () => {
    const files = bundleFiles();
    expect(files.length).toBeGreaterThan(50);
    const covered = (file: string) => inputs.some((input) => file === input || file.startsWith(`${input}/`));
    expect(files.filter((f) => !covered(f))).toEqual([]);
    expect(inputs).toEqual(expect.arrayContaining(['vite.config.ts', 'package-lock.json']));
  });

  it('the stamp is stable and changes with any source file, its name, or the lock file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-stamp-'));
    try {
      fs.mkdirSync(path.join(dir, 'client/src'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'shared'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'client/src/a.ts'), 'export const a = 1;');
      fs.writeFileSync(path.join(dir, 'shared/b.ts'), 'export const b = 2;');
      fs.writeFileSync(path.join(dir, 'package-lock.json'), '{}');
      const first = stampOf(dir);
      expect(stampOf(dir)).toBe(first);
      fs.writeFileSync(path.join(dir, 'shared/b.ts'), 'export const b = 3;');
      const second = stampOf(dir);
      expect(second).not.toBe(first);
      fs.renameSync(path.join(dir, 'client/src/a.ts'), path.join(dir, 'client/src/c.ts'));
      const third = stampOf(dir);
      expect(third).not.toBe(second);
      fs.writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion":3}');
      expect(stampOf(dir)).not.toBe(third);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
