/**
 * The charter bundle: everything needed to check a signed charter offline, in one JSON file.
 *
 *   { format: 'mufakat-charter-bundle/1',
 *     charter,            the canonical charter document (charterDocument.ts)
 *     charterSha256,      hex(SHA-256(UTF-8(JCS(charter))))
 *     signatures: [{ capacity, participantId, signer: { name, title, institution, sector },
 *                    publicKey, keyId, signature, signedAt }],
 *     wetInk?: [{ method: 'wet_ink', capacity, participantId, signer, signedAt,
 *                 recordedBy: { participantId, name }, recordedAt, scanSha256? }],
 *     seal?: { alg: 'Ed25519', keyId, publicKey, sealedAt, signature } }
 *
 * `wetInk` (present only when there is one) lists signatures made in wet ink on the printed
 * naskah, as a facilitator recorded them: they carry no key, and only the seal vouches for them.
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
import type { AnySignature, CharterSignature, SignatoryCapacity, WetInkSignature } from '../rules/signatories';
import { isWetInk, SIGNATORY_CAPACITIES } from '../rules/signatories';
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

/** A signature in wet ink on the printed naskah, recorded by a facilitator: not cryptographic. */
export interface BundleWetInk {
  method: 'wet_ink';
  capacity: SignatoryCapacity;
  participantId: string;
  signer: { name: string; title: string; institution: string; nip?: string; sector: Sector | null };
  /** When the paper was signed, as recorded. */
  signedAt: string;
  recordedBy: { participantId: string; name: string };
  recordedAt: string;
  /** hex SHA-256 of the scan of the signed page, when one was recorded. */
  scanSha256?: string;
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
  wetInk?: BundleWetInk[];
  seal?: BundleSeal;
}

const capacityOrder = (c: SignatoryCapacity) => SIGNATORY_CAPACITIES.indexOf(c);

const byCapacityThenTime = (a: { capacity: SignatoryCapacity; signedAt: string }, b: { capacity: SignatoryCapacity; signedAt: string }) =>
  capacityOrder(a.capacity) - capacityOrder(b.capacity) || (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : 0);

/**
 * The unsealed bundle of one version from its recorded signatures (browser and wet ink), in a
 * stable order. `wetInk` is left out when there is none, so older bundles keep their bytes.
 */
export function buildBundle(charter: CharterDocument, charterSha256: string, all: readonly AnySignature[]): CharterBundle {
  const nameOf = (id: string) => charter.signatories.find((s) => s.participantId === id);
  const ofThis = all.filter((s) => s.charterVersion === charter.charterVersion && s.charterSha256 === charterSha256);
  const wetInk = ofThis
    .filter((s): s is WetInkSignature => isWetInk(s))
    .map((s): BundleWetInk => {
      const listed = nameOf(s.participantId);
      return {
        method: 'wet_ink',
        capacity: s.capacity,
        participantId: s.participantId,
        signer: { name: listed?.displayName ?? '', title: s.title, institution: s.institution, ...(s.nip ? { nip: s.nip } : {}), sector: listed?.sector ?? null },
        signedAt: s.signedAt,
        recordedBy: { participantId: s.recordedBy, name: s.recordedByName },
        recordedAt: s.recordedAt,
        ...(s.scanSha256 !== undefined ? { scanSha256: s.scanSha256 } : {}),
      };
    })
    .sort(byCapacityThenTime);
  const entries = ofThis
    .filter((s): s is CharterSignature => !isWetInk(s))
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
    .sort(byCapacityThenTime);
  return { format: BUNDLE_FORMAT, charter, charterSha256, signatures: entries, ...(wetInk.length ? { wetInk } : {}) };
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
