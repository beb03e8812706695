import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url';

describe('base64url', () => {
  it('round-trips every length and matches RFC 4648 test vectors (unpadded, url alphabet)', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) {
      expect(toBase64url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(fromBase64url(encoded)!)).toBe(plain);
    }
    expect(toBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    }
  });

  it('refuses padding, other alphabets and non-canonical trailing bits', () => {
    expect(fromBase64url('Zg==')).toBeNull();
    expect(fromBase64url('+/8')).toBeNull();
    expect(fromBase64url('Zh')).toBeNull(); // same bytes as "Zg" with an unused bit set
    expect(fromBase64url('Z')).toBeNull();
  });
});
