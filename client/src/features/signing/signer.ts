/**
 * The signatory's key and signature, kept in the browser (docs/charter-bundle.md "Keys").
 *
 * Preferred: a WebCrypto Ed25519 key pair generated NON-extractable, so not even this page's
 * scripts can read the secret; the CryptoKeyPair object itself is stored in IndexedDB
 * (structured clone keeps non-extractable keys). Fallback, where WebCrypto has no Ed25519:
 * @noble/ed25519 with the 32-byte secret in IndexedDB (readable by scripts of this origin; the
 * UI says so). Either way the secret never leaves the browser: only the public key is sent.
 *
 * Every signature is checked here with the shared strict verifier before it is sent, so a
 * browser whose Ed25519 disagrees with the server's is caught with a clear message.
 */
import { toBase64url } from '../../../../shared/charter/base64url';
import { keyIdOf, publicKeyOf, randomSecretKey, signEd25519 } from '../../../../shared/charter/ed25519';
import { signatureMessage, signaturePayload, verifyCharterSignature } from '../../../../shared/charter/signature';
import type { Command } from '../../../../shared/commands/commandSchema';
import type { SignatoryCapacity } from '../../../../shared/rules/signatories';

interface KeyBase {
  /** base64url of the raw 32-byte public key, as registered. */
  publicKey: string;
  keyId: string;
  createdAt: string;
}
export type StoredKey = (KeyBase & { kind: 'webcrypto'; keyPair: CryptoKeyPair }) | (KeyBase & { kind: 'noble'; secretKey: Uint8Array });

const ED25519 = { name: 'Ed25519' } as const;

function describePublic(raw: Uint8Array): Pick<KeyBase, 'publicKey' | 'keyId' | 'createdAt'> {
  return { publicKey: toBase64url(raw), keyId: keyIdOf(raw), createdAt: new Date().toISOString() };
}

/** A new key pair: WebCrypto (non-extractable) when the browser has Ed25519, else noble. */
export async function createSigningKey(subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Promise<StoredKey> {
  if (subtle) {
    try {
      const keyPair = (await subtle.generateKey(ED25519, false, ['sign', 'verify'])) as CryptoKeyPair;
      const raw = new Uint8Array(await subtle.exportKey('raw', keyPair.publicKey));
      return { kind: 'webcrypto', keyPair, ...describePublic(raw) };
    } catch {
      // No Ed25519 in this browser's WebCrypto: fall through to noble.
    }
  }
  const secretKey = randomSecretKey();
  return { kind: 'noble', secretKey, ...describePublic(publicKeyOf(secretKey)) };
}

export async function signBytes(key: StoredKey, message: Uint8Array): Promise<Uint8Array> {
  if (key.kind === 'noble') return signEd25519(message, key.secretKey);
  return new Uint8Array(await crypto.subtle.sign(ED25519, key.keyPair.privateKey, message as Uint8Array<ArrayBuffer>));
}

export interface SignTarget {
  workshopId: string;
  charterVersion: number;
  charterSha256: string;
  capacity: SignatoryCapacity;
}

/**
 * The `signCharter` command for `target`: the signature over the exact payload bytes
 * (`signatureMessage(signaturePayload(...))`), verified locally with the shared strict verifier.
 */
export async function signCharterCommand(key: StoredKey, target: SignTarget): Promise<Command> {
  const payload = signaturePayload({ ...target, keyId: key.keyId });
  const signature = toBase64url(await signBytes(key, signatureMessage(payload)));
  const check = verifyCharterSignature(payload, key.publicKey, signature);
  if (!check.ok) throw new Error(`local signature check failed: ${check.code}`);
  return { type: 'signCharter', charterVersion: target.charterVersion, capacity: target.capacity, keyId: key.keyId, signature };
}
