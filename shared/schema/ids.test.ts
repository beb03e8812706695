import { describe, expect, it } from 'vitest';
import { idSchema, isRecordId, RECORD_ID_PATTERN, RESERVED_ID_NAMES } from './ids';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('record ids', () => {
  it('reserves every property name of Object.prototype', () => {
    expect(PROTOTYPE_NAMES).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']));
    for (const name of PROTOTYPE_NAMES) expect(RESERVED_ID_NAMES.has(name)).toBe(true);
  });

  it('refuses a prototype name in the pattern, the guard and the schema, saying why', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(RECORD_ID_PATTERN.test(name), name).toBe(false);
      expect(isRecordId(name), name).toBe(false);
      const parsed = idSchema().safeParse(name);
      expect(parsed.success, name).toBe(false);
      expect(parsed.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('reserved')]);
    }
  });

  it('still accepts ordinary ids, including ones that merely contain a reserved name', () => {
    for (const id of ['K5', 'r1', 'step-3', '6f1c2d3e-aaaa-bbbb-cccc-000000000000', '__proto', 'proto__', 'Constructor', 'toStringX', '_']) {
      expect(isRecordId(id), id).toBe(true);
      expect(idSchema().parse(id)).toBe(id);
    }
  });

  it('refuses ids of the wrong shape with the shape message', () => {
    for (const id of ['', 'a b', 'x'.repeat(65), 'ü', '../etc']) {
      const parsed = idSchema().safeParse(id);
      expect(parsed.success, id).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain('1-64');
    }
  });
});
