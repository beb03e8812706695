/**
 * Records keyed by ids that come from clients (participants, clauses, vote rounds, dots,
 * answers, ...). design.md §Architecture 9: ids are data, never keys into prototypes.
 *
 * - Records built here have a null prototype, so `rec['__proto__']` or `rec.constructor` is
 *   simply absent instead of `Object.prototype` or the `Object` function.
 * - Reads go through `entryOf`/`hasEntry` (own properties only), so records that arrive as
 *   ordinary objects (JSON from storage, the decisions document, HTTP) are just as safe.
 * - `withEntry`/`withoutEntry` copy into a new null-prototype record: an object spread
 *   (`{ ...rec, [id]: v }`) would quietly give the copy `Object.prototype` back.
 *
 * JSON, JCS (`canonical.ts`) and Yjs treat a null-prototype object like any plain object, so
 * hashes and documents are unchanged.
 */

/** A record keyed by id. The type is an ordinary `Record`; only the helpers know the prototype. */
export type IdRecord<V> = Record<string, V>;

export function emptyRecord<V>(): IdRecord<V> {
  return Object.create(null) as IdRecord<V>;
}

/** A null-prototype record from entries; later entries win, as in `Object.fromEntries`. */
export function recordFrom<V>(entries: Iterable<readonly [string, V]>): IdRecord<V> {
  const rec = emptyRecord<V>();
  for (const [id, value] of entries) rec[id] = value;
  return rec;
}

/** A null-prototype copy of any record (e.g. one read back from JSON). */
export function copyRecord<V>(rec: Readonly<IdRecord<V>> | undefined | null): IdRecord<V> {
  // Object.assign copies own enumerable keys by assignment; on a null-prototype target even
  // "__proto__" is an ordinary key.
  return Object.assign(emptyRecord<V>(), rec);
}

/** True only for an own entry: `hasEntry({}, 'constructor')` is false. */
export function hasEntry(rec: Readonly<IdRecord<unknown>> | undefined | null, id: string): boolean {
  return rec != null && Object.hasOwn(rec, id);
}

/** The own entry for `id`, or undefined; never something inherited from a prototype. */
export function entryOf<V>(rec: Readonly<IdRecord<V>> | undefined | null, id: string): V | undefined {
  return rec != null && Object.hasOwn(rec, id) ? rec[id] : undefined;
}

/** A new null-prototype record with `id` set to `value`; the input is not mutated. */
export function withEntry<V>(rec: Readonly<IdRecord<V>> | undefined | null, id: string, value: V): IdRecord<V> {
  const next = copyRecord(rec);
  next[id] = value;
  return next;
}

/** A new null-prototype record without `id`; the input is not mutated. */
export function withoutEntry<V>(rec: Readonly<IdRecord<V>> | undefined | null, id: string): IdRecord<V> {
  const next = copyRecord(rec);
  delete next[id];
  return next;
}
