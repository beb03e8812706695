import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, graphOf, readImportGraph } from './importGraph';
import { layerViolations } from './layers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Violations allowed for now: none. A change that must add one states why here, and the
 * test fails on a stale entry too, so this list can only shrink again.
 */
const KNOWN_VIOLATIONS: readonly string[] = [];

describe('layering of client/, server/, shared/ and tests/', () => {
  const { graph, unresolved } = readImportGraph(ROOT, ['client', 'server', 'shared', 'tests']);

  it('resolves every relative import of every source file', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
  });

  it('has no violations beyond the known list, and no known violation that is already fixed', () => {
    const actual = layerViolations(graph);
    const known = new Set(KNOWN_VIOLATIONS);
    const now = new Set(actual);
    expect({ new: actual.filter((v) => !known.has(v)), fixed: KNOWN_VIOLATIONS.filter((v) => !now.has(v)) }).toEqual({ new: [], fixed: [] });
  });
});

describe('the layering check itself', () => {
  it('finds a cycle and prints it from its first file', () => {
    const graph = graphOf(['server/b.ts -> server/c.ts', 'server/c.ts -> server/a.ts', 'server/a.ts -> server/b.ts', 'server/a.ts -> server/d.ts']);
    expect(findCycles(graph)).toEqual(['server/a.ts -> server/b.ts -> server/c.ts -> server/a.ts']);
    expect(layerViolations(graph)).toEqual(['cycle: server/a.ts -> server/b.ts -> server/c.ts -> server/a.ts']);
  });

  it('counts a type-only import in a cycle', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    try {
      fs.mkdirSync(path.join(dir, 'shared'));
      fs.writeFileSync(path.join(dir, 'shared/a.ts'), "import type { B } from './b';\nexport interface A { b?: B }\n");
      fs.writeFileSync(path.join(dir, 'shared/b.ts'), "export type B = import('./a').A[];\n");
      const { graph } = readImportGraph(dir, ['shared']);
      expect(findCycles(graph)).toEqual(['shared/a.ts -> shared/b.ts -> shared/a.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds a file importing itself, and prints the shortest loop of a tangle and names the other files of the tangle', () => {
    const graph = graphOf(['shared/x/a.ts -> shared/x/a.ts', 'client/a.ts -> client/b.ts', 'client/b.ts -> client/a.ts', 'client/b.ts -> client/c.ts', 'client/c.ts -> client/a.ts']);
    expect(findCycles(graph)).toEqual(['client/a.ts -> client/b.ts -> client/a.ts (tangled with client/c.ts)', 'shared/x/a.ts -> shared/x/a.ts']);
  });

  it('passes an acyclic graph that follows every rule', () => {
    const graph = graphOf([
      'server/main.ts -> server/app.ts',
      'server/app.ts -> server/sync/SyncServer.ts',
      'server/sync/Room.ts -> server/sync/SyncServer.ts',
      'shared/commands/decide.ts -> shared/rules/roles.ts',
      'shared/rules/roles.ts -> shared/schema/ids.ts',
      'shared/schema/ids.ts -> zod',
      'shared/testing/kit.ts -> shared/commands/decide.ts',
      'shared/rules/roles.test.ts -> shared/testing/kit.ts',
      'shared/rules/roles.test.ts -> vitest',
      'client/src/App.tsx -> shared/schema/ids.ts',
      'client/src/App.tsx -> react',
      'tests/soak/soak.ts -> server/app.ts',
    ]);
    expect(layerViolations(graph)).toEqual([]);
  });

  it('refuses an upward import between shared/ folders, which is also how a folder loop shows', () => {
    const graph = graphOf(['shared/commands/decide.ts -> shared/rules/roles.ts', 'shared/rules/roles.ts -> shared/commands/commandSchema.ts']);
    expect(layerViolations(graph)).toEqual(['shared-order: shared/rules/roles.ts -> shared/commands/commandSchema.ts (rules is below commands)']);
  });

  it('refuses shared/ importing server code, Node built-ins, React or drivers, and production code importing a test kit', () => {
    const graph = graphOf([
      'shared/state/a.ts -> server/log.ts',
      'shared/state/a.ts -> node:crypto',
      'shared/state/a.ts -> react',
      'shared/state/a.ts -> better-sqlite3',
      'shared/state/a.ts -> vitest',
      'shared/state/a.ts -> shared/testing/kit.ts',
      'shared/stuff.ts -> shared/schema/ids.ts',
    ]);
    expect(layerViolations(graph)).toEqual([
      'shared-order: shared/state/a.ts -> shared/testing/kit.ts (production code imports a test kit)',
      'shared-order: shared/stuff.ts is in no folder of SHARED_ORDER',
      'shared-outside: shared/state/a.ts -> server/log.ts',
      'shared-package: shared/state/a.ts -> better-sqlite3',
      'shared-package: shared/state/a.ts -> node:crypto',
      'shared-package: shared/state/a.ts -> react',
      'shared-package: shared/state/a.ts -> vitest',
    ]);
  });

  it('refuses the sync server outside server/sync/ and the composition root, and the root anywhere but main.ts', () => {
    const graph = graphOf([
      'server/commands/Decisions.ts -> server/sync/SyncServer.ts',
      'server/workshops/links.ts -> server/app.ts',
      'client/src/x.ts -> server/config.ts',
      'server/http/api.ts -> tests/support/api.ts',
    ]);
    expect(layerViolations(graph)).toEqual([
      'client-outside: client/src/x.ts -> server/config.ts',
      'composition-root: server/workshops/links.ts -> server/app.ts',
      'server-outside: server/http/api.ts -> tests/support/api.ts',
      'sync-server: server/commands/Decisions.ts -> server/sync/SyncServer.ts',
    ]);
  });
});
