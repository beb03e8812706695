/**
 * What a signatory signs (reference/yjs-servers-reliability.md §8): not the bare hash but a small
 * typed payload, so a signature can never be replayed as another kind of message, for another
 * workshop, another charter version or another capacity.
 *
 *   payload = { type: 'mufakat/charter-signature', v: 1, workshopId, charterVersion,
 *               charterSha256, capacity, keyId }
 *   signature = Ed25519(secretKey, UTF-8(JCS(payload)))          (RFC 8785 JCS)
 *
 * The browser builds the same bytes with `signatureMessage(signaturePayload(...))` and signs
 * them with its WebCrypto key; the server and every verifier check them with `verifyCharterSignature`.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { SignatoryCapacity } from '../rules/signatories';
import { canonicalJson } from './canonical';
import { decodePublicKey, decodeSignature, keyIdOf, verifyEd25519 } from './ed25519';

export const SIGNATURE_PAYLOAD_TYPE = 'mufakat/charter-signature';

export interface SignaturePayload {
  type: typeof SIGNATURE_PAYLOAD_TYPE;
  v: 1;
  workshopId: string;
  charterVersion: number;
  charterSha256: string;
  capacity: SignatoryCapacity;
  keyId: string;
}

export function signaturePayload(fields: Omit<SignaturePayload, 'type' | 'v'>): SignaturePayload {
  const { workshopId, charterVersion, charterSha256, capacity, keyId } = fields;
  return { type: SIGNATURE_PAYLOAD_TYPE, v: 1, workshopId, charterVersion, charterSha256, capacity, keyId };
}

/** The exact bytes that are signed: UTF-8(JCS(payload)). */
export function signatureMessage(payload: SignaturePayload): Uint8Array {
  return utf8ToBytes(canonicalJson(payload));
}

export type SignatureCheck = { ok: true } | { ok: false; code: 'public_key_malformed' | 'key_id_mismatch' | 'signature_malformed' | 'bad_signature' };

/**
 * Checks one signature: the public key is 32 canonical base64url bytes whose keyId matches the
 * payload's, and the signature verifies (strict Ed25519) over the payload's canonical bytes.
 */
export function verifyCharterSignature(payload: SignaturePayload, publicKey: string, signature: string): SignatureCheck {
  const key = decodePublicKey(publicKey);
  if (!key) return { ok: false, code: 'public_key_malformed' };
  if (keyIdOf(key) !== payload.keyId) return { ok: false, code: 'key_id_mismatch' };
  const sig = decodeSignature(signature);
  if (!sig) return { ok: false, code: 'signature_malformed' };
  return verifyEd25519(sig, signatureMessage(payload), key) ? { ok: true } : { ok: false, code: 'bad_signature' };
}
