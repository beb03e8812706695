/**
 * The charter bundle: everything needed to check a signed charter offline, in one JSON file.
 *
 *   { format: 'mufakat-charter-bundle/1',
 *     charter,            the canonical charter document (charterDocument.ts)
 *     charterSha256,      hex(SHA-256(UTF-8(JCS(charter))))
 *     signatures: [{ capacity, participantId, signer: { name, title, institution, sector },
 *                    publicKey, keyId, signature, signedAt }],
 *     seal?: { alg: 'Ed25519', keyId, publicKey, sealedAt, signature } }
 *
 * Each signature covers `signaturePayload(...)` (signature.ts). The server's seal covers
 * everything else in the bundle, with its own domain tag:
 *
 *   sealMessage = UTF-8(JCS({ type: 'mufakat/charter-seal', v: 1,
 *                             bundle: { ...bundle, seal: { alg, keyId, publicKey, sealedAt } } }))
 *
 * so the binding of each key to a name, title and institution, and the order and set of
 * signatures, cannot be changed without breaking the seal. Docs: docs/charter-bundle.md.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { CharterSignature, SignatoryCapacity } from '../rules/signatories';
import { SIGNATORY_CAPACITIES } from '../rules/signatories';
import type { Sector } from '../schema/stakeholders';
import { toBase64url } from './base64url';
import { canonicalJson } from './canonical';
import type { CharterDocument } from './charterDocument';
import { keyIdOf, publicKeyOf, signEd25519 } from './ed25519';

export const BUNDLE_FORMAT = 'mufakat-charter-bundle/1';
export const SEAL_PAYLOAD_TYPE = 'mufakat/charter-seal';

export interface BundleSignature {
  capacity: SignatoryCapacity;
  participantId: string;
  /** `nip` only when the signatory registered one (older bundles have none). */
  signer: { name: string; title: string; institution: string; nip?: string; sector: Sector | null };
  publicKey: string;
  keyId: string;
  signature: string;
  signedAt: string;
}

export interface BundleSeal {
  alg: 'Ed25519';
  keyId: string;
  publicKey: string;
  sealedAt: string;
  signature: string;
}

export interface CharterBundle {
  format: typeof BUNDLE_FORMAT;
  charter: CharterDocument;
  charterSha256: string;
  signatures: BundleSignature[];
  seal?: BundleSeal;
}

const capacityOrder = (c: SignatoryCapacity) => SIGNATORY_CAPACITIES.indexOf(c);

/** The unsealed bundle of one version from its recorded signatures, in a stable order. */
export function buildBundle(charter: CharterDocument, charterSha256: string, signatures: readonly CharterSignature[]): CharterBundle {
  const nameOf = (id: string) => charter.signatories.find((s) => s.participantId === id);
  const entries = signatures
    .filter((s) => s.charterVersion === charter.charterVersion && s.charterSha256 === charterSha256)
    .map((s): BundleSignature => {
      const listed = nameOf(s.participantId);
      return {
        capacity: s.capacity,
        participantId: s.participantId,
        signer: { name: listed?.displayName ?? '', title: s.title, institution: s.institution, ...(s.nip ? { nip: s.nip } : {}), sector: listed?.sector ?? null },
        publicKey: s.publicKey,
        keyId: s.keyId,
        signature: s.signature,
        signedAt: s.signedAt,
      };
    })
    .sort((a, b) => capacityOrder(a.capacity) - capacityOrder(b.capacity) || (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : 0));
  return { format: BUNDLE_FORMAT, charter, charterSha256, signatures: entries };
}

/** The exact bytes the server's seal signs. */
export function sealMessage(bundle: CharterBundle, seal: Omit<BundleSeal, 'signature'>): Uint8Array {
  const { seal: _old, ...rest } = bundle;
  const { alg, keyId, publicKey, sealedAt } = seal;
  return utf8ToBytes(canonicalJson({ type: SEAL_PAYLOAD_TYPE, v: 1, bundle: { ...rest, seal: { alg, keyId, publicKey, sealedAt } } }));
}

/** Seals `bundle` with the server's secret key (replacing any earlier seal). */
export function sealBundle(bundle: CharterBundle, secretKey: Uint8Array, sealedAt: string): CharterBundle {
  const publicKeyBytes = publicKeyOf(secretKey);
  const head = { alg: 'Ed25519' as const, keyId: keyIdOf(publicKeyBytes), publicKey: toBase64url(publicKeyBytes), sealedAt };
  const signature = toBase64url(signEd25519(sealMessage(bundle, head), secretKey));
  const { seal: _old, ...rest } = bundle;
  return { ...rest, seal: { ...head, signature } };
}
