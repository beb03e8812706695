import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson, sha256Hex } from './canonical';

describe('canonicalJson (RFC 8785)', () => {
  it('serialises the RFC 8785 §3.2.2 example with numbers, a string with escapes and literals', () => {
    // Input and expected output exactly as printed in RFC 8785 §3.2.2 (parsed from JSON text,
    // so 333333333.33333329 and 1E30 go through the same double conversion as in the RFC).
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalJson(JSON.parse(input))).toBe(expected);
  });

  it('sorts properties by UTF-16 code units, as in the RFC 8785 §3.2.3 example', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Compared as text: JSON.parse would move the integer-like key "1" to the front again.
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('formats numbers as ECMAScript does, per the RFC 8785 Appendix B samples', () => {
    expect(canonicalJson([-0, 1e21, 1e-7, 9007199254740991, 0.1 + 0.2])).toBe(
      '[0,1e+21,1e-7,9007199254740991,0.30000000000000004]',
    );
  });

  it('refuses values that have no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow();
    expect(() => canonicalJson(Number.NaN)).toThrow();
  });

  it('hashes the same logical object to the same digest regardless of key order', () => {
    expect(canonicalHash({ a: 1, b: [2, 'x'] })).toBe(canonicalHash({ b: [2, 'x'], a: 1 }));
  });

  it('computes the well-known SHA-256 of "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
