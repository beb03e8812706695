import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/charter-bundle.v1.json';
import { canonicalJson } from './canonical';
import { MAX_DEPTH, parseStrictJson } from './strictJson';

const issueOf = (input: string | Uint8Array) => {
  const r = parseStrictJson(input);
  return r.ok ? null : r.issue;
};

describe('parseStrictJson', () => {
  it('gives exactly what JSON.parse gives for ordinary JSON, pretty or compact', () => {
    const texts = [
      '{}',
      ' {"a":1,"b":[true,false,null,"x"],"c":{"d":-0.5,"e":1e+21,"f":"\\u00e9\\/\\n"}}\r\n',
      JSON.stringify(fixture),
      JSON.stringify(fixture, null, 2),
      '{"emoji":"\\ud83d\\ude00 😀","big":9007199254740991,"small":5e-324,"neg":-12}',
    ];
    for (const text of texts) expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses a key repeated in the top-level object', () => {
    expect(issueOf('{"a":1,"a":2}')).toMatchObject({ code: 'duplicate_key', key: 'a', path: '(root)', line: 1, column: 8 });
  });

  it('refuses a key repeated at any depth, inside arrays too, and names where', () => {
    const text = '{\n "charter": {\n  "sections": [\n   {"clauses": [{"text": "palsu",\n    "text": "asli"}]}\n  ]\n }\n}';
    expect(JSON.parse(text).charter.sections[0].clauses[0].text).toBe('asli');
    expect(issueOf(text)).toEqual({ code: 'duplicate_key', key: 'text', path: 'charter.sections[0].clauses[0]', line: 5, column: 5 });
    expect(issueOf('[[{"x":{"y":[1,{"k":1,"k":1}]}}]]')).toMatchObject({ code: 'duplicate_key', key: 'k', path: '[0][0].x.y[1]' });
    expect(issueOf('{"a b":{"c":0,"c":0}}')).toMatchObject({ code: 'duplicate_key', path: '["a b"]' });
  });

  it('compares keys after unescaping: "te\\u0078t" repeats "text"', () => {
    expect(issueOf('{"te\\u0078t":"palsu","text":"asli"}')).toMatchObject({ code: 'duplicate_key', key: 'text' });
    expect(issueOf('{"a\\/b":1,"a/b":2}')).toMatchObject({ code: 'duplicate_key', key: 'a/b' });
    expect(issueOf('{"\\u00e9":1,"é":2}')).toMatchObject({ code: 'duplicate_key', key: 'é' });
    expect(issueOf('{"\\uD83D\\uDE00":1,"😀":2}')).toMatchObject({ code: 'duplicate_key', key: '😀' });
  });

  it('allows the same key in sibling and nested objects, and __proto__ once as an own key', () => {
    const text = '{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}],"__proto__":{"x":1}}';
    const r = parseStrictJson(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
      expect(Object.hasOwn(r.value, '__proto__')).toBe(true);
    }
    expect(issueOf('{"__proto__":1,"__proto__":2}')).toMatchObject({ code: 'duplicate_key', key: '__proto__' });
  });

  it('refuses lone surrogates, escaped or raw, in values and keys', () => {
    expect(issueOf('{"a":"x\\ud800"}')).toMatchObject({ code: 'lone_surrogate', path: 'a' });
    expect(issueOf('{"a":["\\udc00\\ud800"]}')).toMatchObject({ code: 'lone_surrogate', path: 'a[0]' });
    expect(issueOf('{"a":"\\ud83d"}')).toMatchObject({ code: 'lone_surrogate' });
    expect(issueOf('{"\\ud800":1}')).toMatchObject({ code: 'lone_surrogate' });
    expect(issueOf(`{"a":"${String.fromCharCode(0xd800)}"}`)).toMatchObject({ code: 'lone_surrogate' });
    expect(issueOf('{"a":"\\ud83d\\ude00"}')).toBeNull();
  });

  it('refuses invalid UTF-8 bytes, and accepts valid ones', () => {
    const good = new TextEncoder().encode('{"nama":"Désa"}');
    expect(parseStrictJson(good)).toEqual({ ok: true, value: { nama: 'Désa' } });
    for (const bad of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      const bytes = new Uint8Array([...new TextEncoder().encode('{"a":"'), ...bad, ...new TextEncoder().encode('"}')]);
      expect(issueOf(bytes)).toEqual({ code: 'invalid_utf8' });
    }
  });

  it('refuses numbers not spelled as JCS spells them', () => {
    for (const [raw, canonical] of [
      ['1.0', '1'],
      ['1e2', '100'],
      ['1E2', '100'],
      ['-0', '0'],
      ['0.10', '0.1'],
      ['1e21', '1e+21'],
      ['100000000000000000000000', '1e+23'],
      ['9007199254740993', '9007199254740992'],
      ['1E400', null],
    ] as const) {
      expect(issueOf(`{"n":[${raw}]}`)).toMatchObject({ code: 'non_canonical_number', raw, canonical, path: 'n[0]' });
    }
    for (const ok of [0, 1, -1, 0.1, 1e21, 1e-7, 123.456, -5e-324, 2 ** 53 - 1]) expect(issueOf(`{"n":${canonicalJson(ok)}}`)).toBeNull();
  });

  it('refuses a top-level value that is not an object', () => {
    expect(issueOf('[]')).toEqual({ code: 'not_object', found: 'array' });
    expect(issueOf('"x"')).toEqual({ code: 'not_object', found: 'string' });
    expect(issueOf('null')).toEqual({ code: 'not_object', found: 'null' });
    expect(issueOf('1')).toEqual({ code: 'not_object', found: 'number' });
  });

  it('refuses what JSON.parse refuses, with a line and column', () => {
    const bad = ['', '{', '{"a":1,}', '{"a" 1}', "{'a':1}", '{"a":01}', '{"a":.5}', '{"a":1.}', '{"a":+1}', '{"a":tru}', '{"a":"\t"}',
      '{"a":"\\x"}', '{"a":"\\u12g4"}', '{}x', '{} {}', '\ufeff{}', '{"a":NaN}', '[1,]', '{"a":1}/*c*/', '{"a":"x}'];
    for (const text of bad) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(issueOf(text), text).toMatchObject({ code: 'not_json' });
    }
    expect(issueOf('{\n  "a": 1,\n  }')).toMatchObject({ code: 'not_json', line: 3, column: 3 });
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels without overflowing the stack`, () => {
    const deep = (n: number) => `{"a":${'['.repeat(n)}${']'.repeat(n)}}`;
    expect(issueOf(deep(MAX_DEPTH - 1))).toBeNull();
    expect(issueOf(deep(100_000))).toMatchObject({ code: 'not_json' });
  });

  it('agrees with JSON.parse on every one-character change of a bundle: refuses what it refuses, else gives the same value', () => {
    const { charter } = fixture;
    const source = JSON.stringify({ format: fixture.format, charter: { workshop: charter.workshop, n: [1, -2.5, 1e-7], first: charter.sections[0] } }, null, 1);
    expect(parseStrictJson(source).ok).toBe(true);
    const alphabet = ['"', '\\', '{', '}', '[', ']', ',', ':', ' ', '0', '1', '-', '.', 'e', 'u', 'x', '\n'];
    let accepted = 0;
    for (let i = 0; i < source.length; i += 3) {
      for (const c of alphabet) {
        const changed = source.slice(0, i) + c + source.slice(i + 1);
        let expected: unknown;
        try {
          expected = JSON.parse(changed);
        } catch {
          expect(parseStrictJson(changed).ok, changed).toBe(false);
          continue;
        }
        const r = parseStrictJson(changed);
        if (r.ok) {
          accepted++;
          expect(r.value).toEqual(expected);
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
