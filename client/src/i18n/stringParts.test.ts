/**
 * The Indonesian catalogue travels in parts: the shell's texts at start (`idShell.ts`), the rest
 * with the screens that show them (`workshopStrings.ts`: workshop + sign-off; `verifyStrings.ts`:
 * verify + sign-off). A screen that showed a text of a part it did not bring would show the key
 * ("vote.title") instead. This walks each screen's imports, the panels it loads later included,
 * and fails on any text outside the parts that screen brings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { id } from './id';
import { idShell } from './idShell';
import { idSignOff } from './idSignOff';
import { idVerify } from './idVerify';
import { idWorkshop } from './idWorkshop';

const SRC = path.resolve(import.meta.dirname, '..');
/** Screens App.tsx opens that work with the shell's texts alone, and the app's own frame. */
const SHELL_ROOTS = ['App.tsx', 'views/HomeView.tsx', 'views/OwnerView.tsx', 'views/JoinView.tsx', 'views/NotFoundView.tsx'];
/** What each strings module brings. */
const PARTS: Record<string, readonly object[]> = {
  'i18n/workshopStrings.ts': [idWorkshop, idSignOff],
  'i18n/verifyStrings.ts': [idVerify, idSignOff],
};
const GROUPS = new Set(Object.keys(id));

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`].find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

/** Files reachable by static value imports (not `import type`), and by `import()` when asked. */
function closure(roots: string[], withDynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const todo = roots.map((r) => path.join(SRC, r));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gms)].map((m) => (m[1] ?? m[2])!);
    if (withDynamic) specs.push(...[...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!));
    for (const spec of specs) {
      const target = resolveImport(file, spec);
      if (target?.startsWith(SRC)) todo.push(target);
    }
  }
  return seen;
}

/** Catalogue groups named by a quoted key anywhere in a file: 'vote.title', `refusal.${code}`. */
function groupsUsed(file: string): string[] {
  if (path.relative(SRC, file).startsWith('i18n/')) return []; // the catalogues themselves
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/[`'"]([a-zA-Z]+)\.[a-zA-Z_${}.]+[`'"]/g)].map((m) => m[1]!).filter((g) => GROUPS.has(g));
}

function outside(files: Set<string>, available: Set<string>): string[] {
  return [...new Set([...files].flatMap((f) => groupsUsed(f).filter((g) => !available.has(g)).map((g) => `${path.relative(SRC, f)}: ${g}`)))];
}

describe('the Indonesian catalogue in parts', () => {
  it('the parts share no group and together are the catalogue', () => {
    const parts = [idShell, idWorkshop, idSignOff, idVerify].map((p) => Object.keys(p));
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(GROUPS);
  });

  it('screens that open without a workshop use only the shell texts', () => {
    const files = closure(SHELL_ROOTS, false);
    expect(files.size).toBeGreaterThan(10);
    expect([...files].filter((f) => /i18n\/(idWorkshop|idSignOff|idVerify)\.ts$/.test(f))).toEqual([]);
    expect(outside(files, new Set(Object.keys(idShell)))).toEqual([]);
    // The walk sees keys: the owner's page names its own.
    expect(groupsUsed(path.join(SRC, 'views/OwnerView.tsx'))).toContain('owner');
  });

  it('every other screen brings the parts of every text it and its later panels show', () => {
    const app = fs.readFileSync(path.join(SRC, 'App.tsx'), 'utf8');
    const screens = [...app.matchAll(/import\('\.\/(views\/\w+)'\)/g)].map((m) => `${m[1]}.tsx`).filter((s) => !SHELL_ROOTS.includes(s));
    expect(screens.length).toBeGreaterThanOrEqual(5);
    for (const screen of screens) {
      const text = fs.readFileSync(path.join(SRC, screen), 'utf8');
      const brought = Object.keys(PARTS).filter((m) => new RegExp(`^import '\\.\\./${m.replace('.ts', '')}';$`, 'm').test(text));
      expect(brought, `${screen} imports a strings module first`).not.toEqual([]);
      const available = new Set([...Object.keys(idShell), ...brought.flatMap((m) => PARTS[m]!.flatMap((p) => Object.keys(p)))]);
      expect(outside(closure([screen], true), available), screen).toEqual([]);
    }
  });

  it('/verify does not bring the workshop screens’ texts', () => {
    const files = closure(['views/VerifyView.tsx'], false);
    expect([...files].some((f) => f.endsWith('i18n/idWorkshop.ts'))).toBe(false);
    expect([...files].some((f) => f.endsWith('i18n/idVerify.ts'))).toBe(true);
  });
});
