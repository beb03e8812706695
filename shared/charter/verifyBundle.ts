/**
 * `verifyBundle(bundle)`: the one verifier of a charter bundle, pure, identical in Node (server,
 * CLI) and the browser (/verify page). It reports the FIRST problem only, as a stable `code`
 * (for translation and scripts) with an English and an Indonesian sentence.
 *
 * Order of checks: (for a file: strict JSON, `strictJson.ts`) → shape → formats → charter hash → each signature (listed signer, no
 * duplicate, key id, Ed25519 over the payload) → each wet-ink record (listed signer, no duplicate
 * in either list) → required capacities (either kind counts) → the server's seal (present, key
 * id, optionally a trusted key, Ed25519 over everything else). A wet-ink record has no key: only
 * the seal vouches for it, so a bundle that carries one and no seal fails as `wet_ink_unsealed`.
 *
 * A public bundle (`mufakat-charter-public-bundle/1`, publicCharter.ts) is checked the same way,
 * except that the charter it carries is the public view: its digest must be `publicSha256`, the
 * signatures still cover `charterSha256` (the full document's), and the seal, with its own type
 * tag, binds the two.
 *
 * Pitfall: verify the object as given, never a re-parsed or stripped copy: unknown fields are
 * refused (strict shapes) and the charter is hashed exactly as it is.
 */
import { z } from 'zod';
import type { SignatoryCapacity } from '../rules/signatories';
import { missingSigningCapacities, SIGNATORY_CAPACITIES } from '../rules/signatories';
import { SECTORS } from '../schema/stakeholders';
import type { BundleSignature, CharterBundle } from './bundle';
import { BUNDLE_FORMAT, sealMessage } from './bundle';
import { canonicalHash } from './canonical';
import { CHARTER_FORMAT } from './charterDocument';
import { parseStrictJson } from './strictJson';
import type { PublicCharterBundle } from './publicCharter';
import { PUBLIC_BUNDLE_FORMAT, PUBLIC_CHARTER_FORMAT, publicSealMessage } from './publicCharter';
import { decodePublicKey, decodeSignature, keyIdOf, verifyEd25519 } from './ed25519';
import { signaturePayload, verifyCharterSignature } from './signature';

export const VERIFY_CODES = [
  'not_json',
  'invalid_utf8',
  'not_object',
  'duplicate_key',
  'lone_surrogate',
  'non_canonical_number',
  'malformed',
  'unknown_format',
  'unknown_charter_format',
  'charter_hash_mismatch',
  'signer_not_listed',
  'duplicate_signature',
  'public_key_malformed',
  'key_id_mismatch',
  'signature_malformed',
  'bad_signature',
  'required_capacity_missing',
  'wet_ink_unsealed',
  'seal_missing',
  'seal_key_malformed',
  'seal_key_id_mismatch',
  'seal_key_untrusted',
  'bad_seal',
] as const;
export type VerifyCode = (typeof VERIFY_CODES)[number];

export interface BundleSummary {
  workshopId: string;
  title: string;
  serviceName: string;
  charterVersion: number;
  charterSha256: string;
  /** `public`: names and answers as the public may see them (publicCharter.ts); `full`: the record. */
  view: 'full' | 'public';
  frozenAt: string;
  logHead: { seq: number; hash: string } | null;
  signatures: { capacity: SignatoryCapacity; name: string; title: string; institution: string; keyId: string; signedAt: string }[];
  /** Signatures in wet ink on the printed naskah, as a facilitator recorded them: vouched for by the seal only. */
  wetInk: { capacity: SignatoryCapacity; name: string; title: string; institution: string; signedAt: string; recordedBy: string; recordedAt: string; scanSha256: string | null }[];
  seal: { keyId: string; sealedAt: string; trusted: boolean | null };
}

export type BundleVerdict =
  | { ok: true; summary: BundleSummary }
  | { ok: false; code: VerifyCode; reason: string; reasonId: string; params?: Record<string, unknown> };

export interface VerifyOptions {
  /** Seal keys (base64url public keys or keyIds) to accept; when given, any other seal key fails. */
  trustedSealKeys?: readonly string[];
}

const str = z.string().max(100_000);
const signerShape = z.strictObject({ name: str, title: str, institution: str, nip: z.string().regex(/^\d{18}$/).optional(), sector: z.enum(SECTORS).nullable() });
const signatureShape = z.strictObject({
  capacity: z.enum(SIGNATORY_CAPACITIES),
  participantId: str,
  signer: signerShape,
  publicKey: str,
  keyId: str,
  signature: str,
  signedAt: str,
});
const wetInkShape = z.strictObject({
  method: z.literal('wet_ink'),
  capacity: z.enum(SIGNATORY_CAPACITIES),
  participantId: str,
  signer: signerShape,
  signedAt: str,
  recordedBy: z.strictObject({ participantId: str, name: str }),
  recordedAt: str,
  scanSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
const bundleShape = z.strictObject({
  format: str,
  charter: z.looseObject({
    format: str,
    workshopId: str,
    charterVersion: z.number().int().min(1),
    frozenAt: str,
    workshop: z.looseObject({ title: str, serviceName: str }),
    signatories: z.array(z.looseObject({ participantId: str, capacity: str })),
  }),
  charterSha256: z.string().regex(/^[0-9a-f]{64}$/),
  signatures: z.array(signatureShape).max(100),
  wetInk: z.array(wetInkShape).min(1).max(100).optional(),
  seal: z.strictObject({ alg: z.literal('Ed25519'), keyId: str, publicKey: str, sealedAt: str, signature: str }).optional(),
});

const publicBundleShape = z.strictObject({
  ...bundleShape.shape,
  publicSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const fill = (text: string, params: Record<string, unknown>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

const MESSAGES: Record<VerifyCode, [en: string, id: string]> = {
  not_json: ['the file is not JSON (line {line}, column {column})', 'berkas bukan JSON (baris {line}, kolom {column})'],
  invalid_utf8: ['the file is not valid UTF-8 text', 'berkas bukan teks UTF-8 yang sah'],
  not_object: ['the file does not hold a JSON object (found: {found})', 'isi berkas bukan objek JSON (yang ada: {found})'],
  duplicate_key: [
    'duplicate key: "{key}" appears twice in {path} (line {line}); another reader may see the other value',
    'kunci ganda: "{key}" muncul dua kali di {path} (baris {line}); pembaca lain bisa melihat nilai yang lain',
  ],
  lone_surrogate: [
    'the text at {path} (line {line}) holds a broken Unicode character (a lone surrogate)',
    'teks di {path} (baris {line}) memuat karakter Unicode yang rusak (surrogate tunggal)',
  ],
  non_canonical_number: [
    'the number {raw} at {path} (line {line}) is not written as it was signed (expected: {canonical})',
    'angka {raw} di {path} (baris {line}) tidak ditulis seperti saat ditandatangani (seharusnya: {canonical})',
  ],
  malformed: ['the bundle does not have the expected shape ({where})', 'bentuk bundel tidak sesuai ({where})'],
  unknown_format: ['unknown bundle format "{format}"', 'format bundel tidak dikenal "{format}"'],
  unknown_charter_format: ['unknown charter format "{format}"', 'format naskah tidak dikenal "{format}"'],
  charter_hash_mismatch: ['the charter text does not match its SHA-256: it was changed', 'teks naskah tidak cocok dengan kode keasliannya (SHA-256): telah diubah'],
  signer_not_listed: ['signature {index} ({capacity}) is by someone not listed as a signatory in that capacity', 'tanda tangan {index} ({capacity}) dari orang yang tidak terdaftar sebagai penanda tangan dalam kapasitas itu'],
  duplicate_signature: ['signature {index} repeats a signer in the same capacity', 'tanda tangan {index} mengulang penanda tangan dalam kapasitas yang sama'],
  public_key_malformed: ['the public key of signature {index} ({name}) is malformed', 'kunci publik tanda tangan {index} ({name}) rusak'],
  key_id_mismatch: ['the key id of signature {index} ({name}) does not match its public key', 'id kunci tanda tangan {index} ({name}) tidak cocok dengan kunci publiknya'],
  signature_malformed: ['signature {index} ({name}) is malformed', 'tanda tangan {index} ({name}) rusak'],
  bad_signature: ['signature {index} ({name}, {capacity}) is not valid for this charter', 'tanda tangan {index} ({name}, {capacity}) tidak sah untuk naskah ini'],
  required_capacity_missing: ['not signed yet by: {missing}', 'belum ditandatangani oleh: {missing}'],
  wet_ink_unsealed: [
    'the bundle lists signatures in wet ink but has no server seal: only the seal vouches for a wet-ink record',
    'bundel memuat tanda tangan basah tetapi tidak bersegel server: hanya segel yang menjamin catatan tanda tangan basah',
  ],
  seal_missing: ["the server's seal is missing", 'segel server tidak ada'],
  seal_key_malformed: ["the seal's public key is malformed", 'kunci publik segel rusak'],
  seal_key_id_mismatch: ["the seal's key id does not match its public key", 'id kunci segel tidak cocok dengan kunci publiknya'],
  seal_key_untrusted: ['the seal key {keyId} is not one of the trusted keys', 'kunci segel {keyId} bukan kunci yang dipercaya'],
  bad_seal: ["the server's seal does not verify: the bundle was changed after sealing", 'segel server tidak sah: bundel diubah setelah disegel'],
};

function fail(code: VerifyCode, params: Record<string, unknown> = {}): BundleVerdict {
  const [en, id] = MESSAGES[code];
  return { ok: false, code, reason: fill(en, params), reasonId: fill(id, params), ...(Object.keys(params).length ? { params } : {}) };
}

type AnyBundle = CharterBundle | PublicCharterBundle;
const isPublic = (bundle: AnyBundle): bundle is PublicCharterBundle => bundle.format === PUBLIC_BUNDLE_FORMAT;

function checkSignatures(bundle: AnyBundle): BundleVerdict | null {
  const seen = new Set<string>();
  for (const [i, s] of bundle.signatures.entries()) {
    const params = { index: i + 1, capacity: s.capacity, name: s.signer.name };
    const listed = bundle.charter.signatories.some((x) => x.participantId === s.participantId && x.capacity === s.capacity);
    if (!listed) return fail('signer_not_listed', params);
    const key = `${s.participantId}\u0000${s.capacity}`;
    if (seen.has(key)) return fail('duplicate_signature', params);
    seen.add(key);
    const { workshopId, charterVersion } = bundle.charter;
    const payload = signaturePayload({ workshopId, charterVersion, charterSha256: bundle.charterSha256, capacity: s.capacity, keyId: s.keyId });
    const check = verifyCharterSignature(payload, s.publicKey, s.signature);
    if (!check.ok) return fail(check.code, params);
  }
  const wetInk = bundle.wetInk ?? [];
  for (const [j, w] of wetInk.entries()) {
    const params = { index: bundle.signatures.length + j + 1, capacity: w.capacity, name: w.signer.name };
    if (!bundle.charter.signatories.some((x) => x.participantId === w.participantId && x.capacity === w.capacity)) return fail('signer_not_listed', params);
    const key = `${w.participantId}\u0000${w.capacity}`;
    if (seen.has(key)) return fail('duplicate_signature', params);
    seen.add(key);
  }
  const missing = missingSigningCapacities([...bundle.signatures, ...wetInk], bundle.charter.signatories);
  return missing.length ? fail('required_capacity_missing', { missing: missing.join(', ') }) : null;
}

function checkSeal(bundle: AnyBundle, options: VerifyOptions): BundleVerdict | { trusted: boolean | null } {
  const seal = bundle.seal;
  if (!seal) return fail(bundle.wetInk?.length ? 'wet_ink_unsealed' : 'seal_missing');
  const key = decodePublicKey(seal.publicKey);
  if (!key) return fail('seal_key_malformed');
  if (keyIdOf(key) !== seal.keyId) return fail('seal_key_id_mismatch');
  const trusted = options.trustedSealKeys ? options.trustedSealKeys.some((k) => k === seal.publicKey || k === seal.keyId) : null;
  if (trusted === false) return fail('seal_key_untrusted', { keyId: seal.keyId });
  const sig = decodeSignature(seal.signature);
  const message = isPublic(bundle) ? publicSealMessage(bundle, seal) : sealMessage(bundle, seal);
  if (!sig || !verifyEd25519(sig, message, key)) return fail('bad_seal');
  return { trusted };
}

function summarise(bundle: AnyBundle, trusted: boolean | null): BundleSummary {
  const { charter, seal } = bundle;
  return {
    workshopId: charter.workshopId,
    title: charter.workshop.title,
    serviceName: charter.workshop.serviceName,
    charterVersion: charter.charterVersion,
    charterSha256: bundle.charterSha256,
    view: isPublic(bundle) ? 'public' : 'full',
    frozenAt: charter.frozenAt,
    logHead: charter.logHead,
    signatures: bundle.signatures.map((s: BundleSignature) => ({ capacity: s.capacity, name: s.signer.name, title: s.signer.title, institution: s.signer.institution, keyId: s.keyId, signedAt: s.signedAt })),
    wetInk: (bundle.wetInk ?? []).map((w) => ({
      capacity: w.capacity,
      name: w.signer.name,
      title: w.signer.title,
      institution: w.signer.institution,
      signedAt: w.signedAt,
      recordedBy: w.recordedBy.name,
      recordedAt: w.recordedAt,
      scanSha256: w.scanSha256 ?? null,
    })),
    seal: { keyId: seal!.keyId, sealedAt: seal!.sealedAt, trusted },
  };
}

export function verifyBundle(input: unknown, options: VerifyOptions = {}): BundleVerdict {
  const claimsPublic = typeof input === 'object' && input !== null && (input as { format?: unknown }).format === PUBLIC_BUNDLE_FORMAT;
  const shape = (claimsPublic ? publicBundleShape : bundleShape).safeParse(input);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return fail('malformed', { where: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : '?' });
  }
  // Checked above; from here on read the caller's object itself, not zod's copy.
  const bundle = input as AnyBundle;
  const format: string = bundle.format;
  if (format !== BUNDLE_FORMAT && format !== PUBLIC_BUNDLE_FORMAT) return fail('unknown_format', { format });
  const charterFormat = isPublic(bundle) ? PUBLIC_CHARTER_FORMAT : CHARTER_FORMAT;
  if (bundle.charter.format !== charterFormat) return fail('unknown_charter_format', { format: bundle.charter.format });
  let digest: string;
  try {
    digest = canonicalHash(bundle.charter);
  } catch {
    return fail('malformed', { where: 'charter: not representable as canonical JSON' });
  }
  if (digest !== (isPublic(bundle) ? bundle.publicSha256 : bundle.charterSha256)) return fail('charter_hash_mismatch');
  const signatures = checkSignatures(bundle);
  if (signatures) return signatures;
  const seal = checkSeal(bundle, options);
  if ('ok' in seal) return seal;
  return { ok: true, summary: summarise(bundle, seal.trusted) };
}

/**
 * Parses a bundle file strictly and verifies it. Give the file's bytes where you have them (an
 * upload, a file on disk): decoding them leniently would hide invalid UTF-8. Text that other
 * readers could read differently (duplicate keys, lone surrogates, numbers not spelled as
 * signed, see `strictJson.ts`) is refused before anything is verified.
 */
export function verifyBundleText(input: string | Uint8Array, options: VerifyOptions = {}): BundleVerdict {
  const parsed = parseStrictJson(input);
  if (!parsed.ok) {
    const issue = parsed.issue;
    if (issue.code === 'not_json') return fail('not_json', { line: issue.line, column: issue.column });
    if (issue.code === 'non_canonical_number') {
      const { code, ...params } = issue;
      return fail(code, { ...params, canonical: params.canonical ?? '—' });
    }
    const { code, ...params } = issue;
    return fail(code, params);
  }
  return verifyBundle(parsed.value, options);
}
