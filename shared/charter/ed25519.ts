/**
 * Ed25519 for signatures on the charter, identical in Node and the browser: @noble/ed25519
 * with @noble/hashes' SHA-512 (noble v3 reads it from `ed.hashes.sha512`), never Node's crypto.
 *
 * Verification is pinned to strict RFC 8032 / FIPS 186-5 (`zip215: false`) so every verifier
 * (server, CLI, browser page) accepts exactly the same signatures; WebCrypto's Ed25519 produces
 * signatures that pass it.
 */
import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { fromBase64url, toBase64url } from './base64url';

ed.hashes.sha512 = sha512;

export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** keyId = base64url(SHA-256(raw 32-byte public key)). */
export function keyIdOf(publicKey: Uint8Array): string {
  return toBase64url(sha256(publicKey));
}

/** The raw public key from its base64url text, or null when it is not 32 canonical bytes. */
export function decodePublicKey(text: string): Uint8Array | null {
  const bytes = fromBase64url(text);
  return bytes && bytes.length === PUBLIC_KEY_BYTES ? bytes : null;
}

export function decodeSignature(text: string): Uint8Array | null {
  const bytes = fromBase64url(text);
  return bytes && bytes.length === SIGNATURE_BYTES ? bytes : null;
}

/** Strict verification; false (never a throw) for malformed keys, points or signatures. */
export function verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

export function signEd25519(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed.sign(message, secretKey);
}

export function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  return ed.getPublicKey(secretKey);
}

export function randomSecretKey(): Uint8Array {
  return ed.utils.randomSecretKey();
}

/** Whether `publicKey` is a canonical encoding of a point on the curve. */
export function isValidPublicKey(publicKey: Uint8Array): boolean {
  try {
    ed.Point.fromBytes(publicKey, false);
    return true;
  } catch {
    return false;
  }
}
