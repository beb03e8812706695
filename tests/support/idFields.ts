/**
 * Where a zod schema expects a client-chosen id: the paths (`['options', '0', 'id']`) of every
 * leaf that accepts an ordinary id and refuses a prototype name, found by walking the schema.
 * Used to check that a hostile-input table covers every id field of every command.
 */
import type { z } from 'zod';

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] };

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

export function idFieldPaths(schema: z.ZodType, path: string[] = []): string[][] {
  const def = defOf(schema);
  if (def.type === 'object') return Object.entries(def.shape ?? {}).flatMap(([key, child]) => idFieldPaths(child, [...path, key]));
  if (WRAPPERS.has(def.type)) return idFieldPaths(def.innerType!, path);
  if (def.type === 'array') return idFieldPaths(def.element!, [...path, '0']);
  if (def.type === 'union') {
    const all = def.options!.flatMap((option) => idFieldPaths(option, path));
    return [...new Map(all.map((p) => [p.join('.'), p])).values()];
  }
  const isId = schema.safeParse('K1').success && !schema.safeParse('__proto__').success && !schema.safeParse('constructor').success;
  return isId ? [path] : [];
}

/** A deep copy of `value` with `path` set to `leaf` (the path must exist). */
export function withAt(value: unknown, path: readonly string[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) return value.map((item, i) => (String(i) === head ? withAt(item, rest, leaf) : structuredClone(item)));
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, head)) throw new Error(`no ${head} in ${JSON.stringify(value)}`);
  return { ...structuredClone(record), [head]: withAt(record[head], rest, leaf) };
}

export function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined), value);
}
