/**
 * `parseStrictJson(input)`: JSON that every reader reads the same way, or a reason why not.
 * A signed bundle is verified over the value `JSON.parse` builds, but a person, an editor or
 * another parser may read the same text differently. This refuses every such ambiguity:
 * - a key repeated in one object (RFC 8259 leaves it open: `JSON.parse` keeps the last value,
 *   other parsers the first), compared after unescaping, so `"te\u0078t"` repeats `"text"`;
 * - invalid UTF-8 (when given bytes) and lone surrogates (`"\ud800"`): UTF-8 encoding turns
 *   them into U+FFFD, so two different texts would hash the same;
 * - a number not spelled as JCS (RFC 8785) writes it (`1.0`, `1e2`, `-0`, `1E400`,
 *   `9007199254740993`): parsers disagree on its value, and the signed bytes say otherwise;
 * - anything but an object at the top (and plain syntax errors, as `JSON.parse` does).
 * String escapes are allowed (`"\/"`, `"\u00e9"`): every parser decodes them alike.
 *
 * A hand-written scanner over the raw text (no dependency: shared/ may import only zod,
 * canonicalize, @noble/* and yjs). It only checks; the value itself is then `JSON.parse`'s,
 * so an accepted text gives exactly what it gave before.
 */
import { canonicalJson } from './canonical';

export type StrictJsonIssue =
  | { code: 'invalid_utf8' }
  | { code: 'not_json'; line: number; column: number; message: string }
  | { code: 'duplicate_key'; key: string; path: string; line: number; column: number }
  | { code: 'lone_surrogate'; path: string; line: number; column: number }
  | { code: 'non_canonical_number'; raw: string; canonical: string | null; path: string; line: number; column: number }
  | { code: 'not_object'; found: string };

export type StrictJsonResult = { ok: true; value: Record<string, unknown> } | { ok: false; issue: StrictJsonIssue };

/** Deeper nesting than this is refused (a bundle is about ten levels deep). */
export const MAX_DEPTH = 256;

class Refusal extends Error {
  constructor(readonly issue: StrictJsonIssue) {
    super(issue.code);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** A run of string characters that need no attention (the caller saw that the first is one). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw U+0000..U+001F; the run stops at them
const PLAIN = /[^"\\\u0000-\u001f]+/y;

/** Where a path element is a key that reads as an identifier, `a.b`, else `a["x y"]`; indexes `a[3]`. */
function pathOf(parts: readonly (string | number)[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || '(root)';
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** JCS's spelling of the number `raw` denotes, or null when it has none (out of range). */
function canonicalNumber(raw: string): string | null {
  const n = Number(raw);
  return Number.isFinite(n) ? canonicalJson(n) : null;
}

class Scanner {
  private pos = 0;
  private readonly path: (string | number)[] = [];

  constructor(private readonly text: string) {}

  private where(at: number): { line: number; column: number } {
    let line = 1;
    let start = 0;
    for (let i = 0; i < at; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++;
        start = i + 1;
      }
    }
    return { line, column: at - start + 1 };
  }

  private syntax(message: string, at = this.pos): never {
    throw new Refusal({ code: 'not_json', message, ...this.where(at) });
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else return;
    }
  }

  document(): void {
    this.skipSpace();
    this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.syntax('text after the end of the JSON value');
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.syntax(`nested deeper than ${MAX_DEPTH} levels`);
    const c = this.text[this.pos];
    if (c === '{') this.object(depth);
    else if (c === '[') this.array(depth);
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else if (this.text.startsWith('true', this.pos)) this.pos += 4;
    else if (this.text.startsWith('false', this.pos)) this.pos += 5;
    else if (this.text.startsWith('null', this.pos)) this.pos += 4;
    else this.syntax(c === undefined ? 'unexpected end of text' : `unexpected character ${JSON.stringify(c)}`);
  }

  private object(depth: number): void {
    this.pos++;
    const keys = new Set<string>();
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') this.syntax('expected a key in double quotes');
      const at = this.pos;
      const key = this.string();
      if (keys.has(key)) throw new Refusal({ code: 'duplicate_key', key, path: pathOf(this.path), ...this.where(at) });
      keys.add(key);
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.syntax('expected ":" after a key');
      this.pos++;
      this.skipSpace();
      this.path.push(key);
      this.value(depth + 1);
      this.path.pop();
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === '}') return;
      if (c !== ',') this.syntax('expected "," or "}" in an object', this.pos - 1);
      this.skipSpace();
    }
  }

  private array(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.path.push(index);
      this.value(depth + 1);
      this.path.pop();
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === ']') return;
      if (c !== ',') this.syntax('expected "," or "]" in an array', this.pos - 1);
      this.skipSpace();
    }
  }

  /** Reads a string token and returns its decoded value. */
  private string(): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.syntax('unterminated string', start);
      if (c === '"') break;
      if (c < ' ') this.syntax('control character inside a string');
      if (c !== '\\') {
        PLAIN.lastIndex = this.pos;
        const run = PLAIN.exec(this.text)![0];
        out += run;
        this.pos += run.length;
        continue;
      }
      const e = this.text[this.pos + 1];
      if (e === 'u') {
        const hex = this.text.slice(this.pos + 2, this.pos + 6);
        if (!HEX4.test(hex)) this.syntax('bad \\u escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.pos += 6;
      } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e];
        this.pos += 2;
      } else this.syntax('bad escape');
    }
    this.pos++;
    if (hasLoneSurrogate(out)) throw new Refusal({ code: 'lone_surrogate', path: pathOf(this.path), ...this.where(start) });
    return out;
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.syntax('bad number');
    const raw = match[0];
    const canonical = canonicalNumber(raw);
    if (raw !== canonical) throw new Refusal({ code: 'non_canonical_number', raw, canonical, path: pathOf(this.path), ...this.where(this.pos) });
    this.pos += raw.length;
  }
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Parses `input` (text, or UTF-8 bytes that must be valid) strictly; see the header. */
export function parseStrictJson(input: string | Uint8Array): StrictJsonResult {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, issue: { code: 'invalid_utf8' } };
    }
  }
  try {
    new Scanner(text).document();
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, issue: e.issue };
    throw e;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // The scanner follows RFC 8259 as JSON.parse does; reaching here would be a scanner bug.
    return { ok: false, issue: { code: 'not_json', line: 1, column: 1, message: (e as Error).message } };
  }
  if (typeName(value) !== 'object') return { ok: false, issue: { code: 'not_object', found: typeName(value) } };
  return { ok: true, value: value as Record<string, unknown> };
}
