/**
 * The app starts with the shell's Indonesian texts only (`idShell.ts`); the workshop screens bring
 * theirs (`workshopStrings.ts`). A screen that opens without a workshop and used a workshop text
 * would show its key ("owner.title" is fine, "vote.title" would read as raw code): this walks the
 * static imports of those screens and fails on any text outside the shell's groups, and checks
 * every other screen brings the workshop texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idShell } from './idShell';
import { idWorkshop } from './idWorkshop';

const SRC = path.resolve(import.meta.dirname, '..');
/** Screens App.tsx opens that work without the workshop texts, and the app's own frame. */
const SHELL_ROOTS = ['App.tsx', 'views/HomeView.tsx', 'views/OwnerView.tsx', 'views/JoinView.tsx', 'views/NotFoundView.tsx'];

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`].find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

/** Files reachable by static value imports (not `import type`, not `import()`). */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = roots.map((r) => path.join(SRC, r));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gms)) {
      const target = resolveImport(file, (m[1] ?? m[2])!);
      if (target?.startsWith(SRC)) todo.push(target);
    }
  }
  return seen;
}

/** Catalogue groups named by literal keys: t('group.key'), t(`group.${x}`), a ? 'group.a' : 'group.b'. */
function groupsUsed(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const groups = [...text.matchAll(/\bt\(\s*[`'"]([a-zA-Z]+)\./g)].map((m) => m[1]!);
  for (const call of text.matchAll(/\bt\(([^)]*)\)/g)) {
    for (const m of call[1]!.matchAll(/[`'"]([a-zA-Z]+)\.[a-zA-Z_${}.]+[`'"]/g)) groups.push(m[1]!);
  }
  return groups;
}

describe('the shell and workshop strings', () => {
  it('the two Indonesian parts share no group', () => {
    const shared = Object.keys(idShell).filter((g) => g in idWorkshop);
    expect(shared).toEqual([]);
  });

  it('screens that open without a workshop use only the shell texts', () => {
    const files = staticClosure(SHELL_ROOTS);
    expect(files.size).toBeGreaterThan(10);
    expect(files.has(path.join(SRC, 'i18n/idWorkshop.ts'))).toBe(false);
    const outside = [...files].flatMap((f) => groupsUsed(f).filter((g) => !(g in idShell)).map((g) => `${path.relative(SRC, f)}: ${g}`));
    expect(outside).toEqual([]);
    // The walk sees keys: the owner's page names its own.
    expect(groupsUsed(path.join(SRC, 'views/OwnerView.tsx'))).toContain('owner');
  });

  it('every other screen App.tsx opens brings the workshop texts', () => {
    const app = fs.readFileSync(path.join(SRC, 'App.tsx'), 'utf8');
    const screens = [...app.matchAll(/import\('\.\/(views\/\w+)'\)/g)].map((m) => `${m[1]}.tsx`);
    expect(screens.length).toBeGreaterThanOrEqual(8);
    const workshopScreens = screens.filter((s) => !SHELL_ROOTS.includes(s));
    expect(workshopScreens.length).toBeGreaterThanOrEqual(5);
    const without = workshopScreens.filter((s) => !/^import '\.\.\/i18n\/workshopStrings';$/m.test(fs.readFileSync(path.join(SRC, s), 'utf8')));
    expect(without).toEqual([]);
  });
});
