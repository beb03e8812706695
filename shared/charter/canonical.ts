/**
 * Canonical JSON (JCS, RFC 8785: https://www.rfc-editor.org/rfc/rfc8785) and SHA-256 over it.
 * Everything that is hashed or signed (event-log entries, the frozen charter) goes through
 * here, so the browser verifier and the server produce byte-identical input.
 *
 * Pitfall: JCS, like JSON.stringify, drops `undefined` object members; leave optional fields
 * out rather than relying on them being kept. Non-finite numbers cannot be represented and throw.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** hex(SHA-256(UTF-8(JCS(value)))). */
export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
