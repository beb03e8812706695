/**
 * The import graph of the repository's TypeScript, read with the compiler's own pre-processor
 * (`ts.preProcessFile`): static imports, `export … from`, `import type`, dynamic `import()` and
 * `import('x').T` type references all count, because a type-only cycle still ties two modules
 * together for a reader and breaks as soon as one of them gains a value import.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One import: `to` is a repo-relative path (`server/app.ts`) or, when `external`, a package name. */
export interface Import {
  to: string;
  external: boolean;
}

/** File (repo-relative, forward slashes) → what it imports. */
export type ImportGraph = Map<string, Import[]>;

const CODE = /\.tsx?$/;
// Assets a bundler or Node imports beside code (JSON fixtures, CSS): not part of the module graph.
const ASSET = /\.(json|css|svg|png|ydoc|txt)$/;

export function listSourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(rel);
      } else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const folder of folders) walk(folder);
  return out.sort();
}

/** `@noble/hashes/sha2.js` → `@noble/hashes`, `lib0/decoding` → `lib0`, `node:fs` stays. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Resolves a relative specifier the way `moduleResolution: Bundler` does for our sources. */
export function resolveRelative(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base.replace(/\.js$/, '.ts')];
  return candidates.find((c) => files.has(c)) ?? null;
}

/**
 * Reads every .ts/.tsx file under `folders`. Relative imports that resolve to no source file
 * (and are not assets) are returned in `unresolved`, so a checker never silently skips an edge.
 */
export function readImportGraph(root: string, folders: readonly string[]): { graph: ImportGraph; unresolved: string[] } {
  const files = listSourceFiles(root, folders);
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  const unresolved: string[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(path.join(root, file), 'utf8'), true, true);
    const imports: Import[] = [];
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) {
        imports.push({ to: packageName(fileName), external: true });
        continue;
      }
      if (ASSET.test(fileName)) continue;
      const target = resolveRelative(file, fileName, known);
      if (target) imports.push({ to: target, external: false });
      else unresolved.push(`${file} -> ${fileName}`);
    }
    graph.set(file, imports);
  }
  return { graph, unresolved };
}

/** Builds a graph from `a -> b` lines: test vocabulary for synthetic graphs. */
export function graphOf(edges: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const edge of edges) {
    const [from, to] = edge.split(' -> ').map((s) => s.trim()) as [string, string];
    const external = !to.includes('/') || to.startsWith('@') || to.startsWith('node:') || !CODE.test(to);
    if (!graph.has(from)) graph.set(from, []);
    graph.get(from)!.push({ to, external });
    if (!external && !graph.has(to)) graph.set(to, []);
  }
  return graph;
}

/**
 * Every import cycle, one per strongly connected component: the shortest loop through the
 * component's alphabetically first file, printed `a -> b -> c -> a` so it reads in the order a
 * reader would follow the imports, then the component's other files if there are any.
 */
export function findCycles(graph: ImportGraph): string[] {
  const next = (f: string) => [...new Set((graph.get(f) ?? []).filter((i) => !i.external).map((i) => i.to))];
  // Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; children: string[]; i: number }[] = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: next(node), i: 0 });
    };
    enter(start);
    while (work.length > 0) {
      const top = work.at(-1)!;
      if (top.i < top.children.length) {
        const child = top.children[top.i++]!;
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(top.node, Math.min(low.get(top.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== top.node);
        if (component.length > 1 || next(top.node).includes(top.node)) components.push(component);
      }
    }
  }
  return components.map((component) => describeComponent(component.sort(), next)).sort();
}

// A component can hold more files than its shortest loop; they are named too, so a new import
// that drags another file into an existing (known) cycle still changes the report.
function describeComponent(component: string[], next: (f: string) => string[]): string {
  const loop = shortestLoop(component, next);
  const rest = component.filter((f) => !loop.split(' -> ').includes(f));
  return rest.length === 0 ? loop : `${loop} (tangled with ${rest.join(', ')})`;
}

function shortestLoop(component: string[], next: (f: string) => string[]): string {
  const inside = new Set(component);
  const first = component[0]!;
  const previous = new Map<string, string>();
  const queue = [first];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const child of next(node)) {
      if (!inside.has(child)) continue;
      if (child === first) {
        const loop = [node];
        while (loop[0] !== first) loop.unshift(previous.get(loop[0]!)!);
        return [...loop, first].join(' -> ');
      }
      if (!previous.has(child)) {
        previous.set(child, node);
        queue.push(child);
      }
    }
  }
  throw new Error(`no loop through ${first}`);
}
