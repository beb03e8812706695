import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../charter/canonical';
import { copyRecord, emptyRecord, entryOf, hasEntry, recordFrom, withEntry, withoutEntry } from './records';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('id-keyed records', () => {
  it('find nothing under a prototype name, in their own records and in plain objects from JSON', () => {
    const fromJson = JSON.parse('{"K1": 1}') as Record<string, number>;
    for (const name of NAMES) {
      expect(entryOf(emptyRecord<number>(), name), name).toBeUndefined();
      expect(entryOf(fromJson, name), name).toBeUndefined();
      expect(hasEntry(fromJson, name), name).toBe(false);
    }
    expect(entryOf(fromJson, 'K1')).toBe(1);
    expect(entryOf(undefined, 'K1')).toBeUndefined();
  });

  it('store a prototype name as an ordinary entry and keep a null prototype through every copy', () => {
    let rec = emptyRecord<number>();
    for (const [i, name] of NAMES.entries()) rec = withEntry(rec, name, i + 1);
    expect(Object.getPrototypeOf(rec)).toBeNull();
    expect(Object.keys(rec).sort()).toEqual([...NAMES].sort());
    expect(entryOf(rec, '__proto__')).toBe(1);
    const fewer = withoutEntry(rec, '__proto__');
    expect(Object.getPrototypeOf(fewer)).toBeNull();
    expect(hasEntry(fewer, '__proto__')).toBe(false);
    expect(hasEntry(rec, '__proto__')).toBe(true);
    const copied = copyRecord<number>(JSON.parse('{"a":1,"__proto__":2}'));
    expect(Object.getPrototypeOf(copied)).toBeNull();
    expect(Object.keys(copied)).toEqual(['a', '__proto__']);
    expect(entryOf(copied, '__proto__')).toBe(2);
    expect(Object.getPrototypeOf(recordFrom([['a', 1]]))).toBeNull();
  });

  it('do not mutate their input', () => {
    const before = withEntry({}, 'a', 1);
    withEntry(before, 'b', 2);
    withoutEntry(before, 'a');
    expect(Object.keys(before)).toEqual(['a']);
  });

  it('serialise and hash exactly like plain objects', () => {
    const rec = withEntry<unknown>(withEntry<unknown>({}, 'b', { x: 1 }), 'a', { y: [2] });
    const plain = { b: { x: 1 }, a: { y: [2] } };
    expect(JSON.stringify(rec)).toBe(JSON.stringify(plain));
    expect(canonicalJson(rec)).toBe(canonicalJson(plain));
  });
});
