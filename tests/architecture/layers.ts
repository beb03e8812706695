/**
 * The layering rules of the repository, as one function over an import graph. Each violation
 * is one line naming the rule and the offending edge (or the whole cycle), so a failing test
 * says exactly which import to remove. docs/ARCHITECTURE.md explains the layers; this file is
 * what keeps them true.
 */
import { findCycles, type ImportGraph } from './importGraph';

/**
 * `shared/` folders from the bottom up: a file may import its own folder and any folder before
 * it, never one after it (so there can be no folder loop either). Chosen as the order the code
 * already follows best: `charter/` (clauses, sections, the charter document and its signatures)
 * sits below `commands/`, because `decide` and the events use every other folder.
 */
export const SHARED_ORDER = ['protocol', 'schema', 'rules', 'state', 'charter', 'commands'] as const;

/**
 * The only packages `shared/` may use: pure, browser-and-Node code. No `node:*`, no React, no
 * server-only drivers (better-sqlite3, pg, ioredis, ws, pdfkit, sirv). `yjs` is here for the
 * decisions-document shape both server and client read (`state/decisionsDoc.ts`); `pdf-lib` (pure
 * JavaScript) for reading back a signed naskah PDF in the CLI, the server and the /verify page
 * (`charter/charterPdfCheck.ts`; the browser loads it only when someone picks a PDF).
 */
export const SHARED_PACKAGES: readonly string[] = ['zod', 'canonicalize', '@noble/hashes', '@noble/ed25519', 'yjs', 'pdf-lib'];
/** Tests and test kits in `shared/` may use the test runner as well. */
export const SHARED_TEST_PACKAGES: readonly string[] = ['vitest'];

const SYNC_SERVER = 'server/sync/SyncServer.ts';
const COMPOSITION_ROOT = 'server/app.ts';

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const isSharedTestCode = (file: string) => isTest(file) || file.startsWith('shared/testing/');
const sharedFolder = (file: string) => file.split('/')[1]!;

export function layerViolations(graph: ImportGraph): string[] {
  const out = findCycles(graph).map((cycle) => `cycle: ${cycle}`);
  for (const [from, imports] of graph) {
    for (const { to, external } of imports) {
      const edge = `${from} -> ${to}`;
      if (from.startsWith('shared/')) {
        if (external) {
          const allowed = isSharedTestCode(from) ? [...SHARED_PACKAGES, ...SHARED_TEST_PACKAGES] : SHARED_PACKAGES;
          if (!allowed.includes(to)) out.push(`shared-package: ${edge}`);
        } else if (!to.startsWith('shared/')) {
          out.push(`shared-outside: ${edge}`);
        } else if (!isSharedTestCode(from)) {
          const order: readonly string[] = SHARED_ORDER;
          const a = order.indexOf(sharedFolder(from));
          const b = order.indexOf(sharedFolder(to));
          if (a < 0) out.push(`shared-order: ${from} is in no folder of SHARED_ORDER`);
          else if (b < 0) out.push(`shared-order: ${edge} (production code imports a test kit)`);
          else if (b > a) out.push(`shared-order: ${edge} (${order[a]} is below ${order[b]})`);
        }
      }
      if (external) continue;
      // The transport is built in one place: everything else reaches documents through a port.
      if (to === SYNC_SERVER && !from.startsWith('server/sync/') && from !== COMPOSITION_ROOT) out.push(`sync-server: ${edge}`);
      // The composition root sits on top: only the entry point and tests start from it.
      if (to === COMPOSITION_ROOT && from !== 'server/main.ts' && !from.startsWith('tests/')) out.push(`composition-root: ${edge}`);
      if (from.startsWith('client/') && !to.startsWith('client/') && !to.startsWith('shared/')) out.push(`client-outside: ${edge}`);
      if (from.startsWith('server/') && (to.startsWith('client/') || to.startsWith('tests/'))) out.push(`server-outside: ${edge}`);
    }
  }
  return [...new Set(out)].sort();
}
