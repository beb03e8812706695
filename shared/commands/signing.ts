/**
 * Use cases: registerSigningKey, signCharter (design.md decision 5).
 *
 * A signatory's key pair is made and kept in their own browser; only the public key is
 * registered here, bound to their name (from the participant), title and institution. A
 * signature is recorded only after it verifies against that key over the signature payload of
 * the version that is frozen now (shared/charter/signature.ts), so the log never holds a
 * signature that does not check. Verification is pure (noble Ed25519), so `decide` stays pure.
 *
 * recordWetInkSignature (format 7): a facilitator writes down that an enrolled signatory signed
 * the printed naskah of the frozen version. One signature per person and capacity, whichever way
 * it was made; the scan itself never reaches the server, only its SHA-256.
 */
import { decodePublicKey, isValidPublicKey, keyIdOf } from '../charter/ed25519';
import { signaturePayload, verifyCharterSignature } from '../charter/signature';
import type { Signatory } from '../rules/signatories';
import { activeSignatories } from '../state/workshopState';
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import { conflict, forbidden, invalid } from './result';
import { entryOf } from '../schema/records';

function enrolmentsOf(ctx: DecideContext, participantId: string = ctx.author.id): Signatory[] {
  return activeSignatories(ctx.state).filter((s) => s.participantId === participantId);
}

/** Whether this person has signed this version in this capacity, in the browser or in wet ink. */
function hasSigned(ctx: DecideContext, charterVersion: number, participantId: string, capacity: string): boolean {
  const same = (s: { charterVersion: number; participantId: string; capacity: string }) => s.charterVersion === charterVersion && s.participantId === participantId && s.capacity === capacity;
  return ctx.state.charterSignatures.some(same) || ctx.state.wetInkSignatures.some(same);
}

/** A signature on paper may be recorded a while after it was made, never before the freeze nor in the future. */
const WET_INK_CLOCK_SKEW_MS = 5 * 60_000;

export function registerSigningKey(ctx: DecideContext, command: CommandOf<'registerSigningKey'>): Decision {
  if (enrolmentsOf(ctx).length === 0) return forbidden('not_a_signatory', 'only enrolled signatories register signing keys');
  const raw = decodePublicKey(command.publicKey);
  if (!raw || !isValidPublicKey(raw)) return invalid('public_key_invalid', 'publicKey is not a raw Ed25519 public key in base64url');
  const keyId = keyIdOf(raw);
  const holder = Object.values(ctx.state.signingKeys).find((k) => k.keyId === keyId);
  if (holder && holder.participantId !== ctx.author.id) return conflict('key_in_use', 'this key is registered to another signatory');
  const current = entryOf(ctx.state.signingKeys, ctx.author.id);
  if (current && current.keyId === keyId && current.title === command.title && current.institution === command.institution && current.nip === command.nip) {
    return conflict('key_unchanged', 'this key is already registered with this title and institution');
  }
  const key = { participantId: ctx.author.id, publicKey: command.publicKey, keyId, title: command.title, institution: command.institution, ...(command.nip ? { nip: command.nip } : {}), registeredAt: ctx.now };
  return emit(ctx, 'signingKeyRegistered', { key });
}

export function signCharter(ctx: DecideContext, command: CommandOf<'signCharter'>): Decision {
  const freeze = ctx.state.freeze;
  if (!freeze) return conflict('charter_not_frozen', 'the charter is not frozen');
  if (command.charterVersion !== freeze.charterVersion) {
    return conflict('charter_version_mismatch', `version ${freeze.charterVersion} is the one frozen now`, { current: freeze.charterVersion });
  }
  if (!freeze.charterSha256) return conflict('charter_hash_missing', 'this frozen version has no charter hash to sign');
  const enrolments = enrolmentsOf(ctx);
  if (enrolments.length === 0) return forbidden('not_a_signatory', 'you are not enrolled as a signatory');
  if (!command.capacity && enrolments.length > 1) return invalid('capacity_required', 'you are enrolled in several capacities: name one');
  const capacity = command.capacity ?? enrolments[0]!.capacity;
  if (!enrolments.some((s) => s.capacity === capacity)) return forbidden('not_a_signatory', `you are not enrolled as ${capacity}`);
  const key = entryOf(ctx.state.signingKeys, ctx.author.id);
  if (!key || key.keyId !== command.keyId) return forbidden('key_not_registered', 'this key is not your registered signing key');
  if (hasSigned(ctx, freeze.charterVersion, ctx.author.id, capacity)) return conflict('already_signed', 'you have already signed this version in this capacity');
  const payload = signaturePayload({ workshopId: ctx.state.workshopId, charterVersion: freeze.charterVersion, charterSha256: freeze.charterSha256, capacity, keyId: key.keyId });
  const check = verifyCharterSignature(payload, key.publicKey, command.signature);
  if (!check.ok) return invalid('bad_signature', 'the signature does not verify for this charter version, capacity and key', { payload });
  const signature = {
    charterVersion: freeze.charterVersion,
    charterSha256: freeze.charterSha256,
    participantId: ctx.author.id,
    capacity,
    keyId: key.keyId,
    publicKey: key.publicKey,
    signature: command.signature,
    title: key.title,
    institution: key.institution,
    ...(key.nip ? { nip: key.nip } : {}),
    signedAt: ctx.now,
  };
  return emit(ctx, 'charterSigned', { signature });
}

export function recordWetInkSignature(ctx: DecideContext, command: CommandOf<'recordWetInkSignature'>): Decision {
  const freeze = ctx.state.freeze;
  if (!freeze) return conflict('charter_not_frozen', 'the charter is not frozen');
  if (command.charterVersion !== freeze.charterVersion) {
    return conflict('charter_version_mismatch', `version ${freeze.charterVersion} is the one frozen now`, { current: freeze.charterVersion });
  }
  if (!freeze.charterSha256) return conflict('charter_hash_missing', 'this frozen version has no charter hash');
  const enrolments = enrolmentsOf(ctx, command.participantId);
  if (enrolments.length === 0) return invalid('not_a_signatory', 'this person is not enrolled as a signatory');
  if (!command.capacity && enrolments.length > 1) return invalid('capacity_required', 'this person is enrolled in several capacities: name one');
  const capacity = command.capacity ?? enrolments[0]!.capacity;
  if (!enrolments.some((s) => s.capacity === capacity)) return invalid('not_a_signatory', `this person is not enrolled as ${capacity}`);
  if (hasSigned(ctx, freeze.charterVersion, command.participantId, capacity)) {
    return conflict('already_signed', 'this person has already signed this version in this capacity');
  }
  if (command.scanSha256 !== undefined && !/^[0-9a-f]{64}$/.test(command.scanSha256)) {
    return invalid('scan_hash_malformed', 'scanSha256 must be the 64 lowercase hex digits of a SHA-256');
  }
  const signedAt = Date.parse(command.signedAt);
  if (signedAt < Date.parse(freeze.frozenAt) - WET_INK_CLOCK_SKEW_MS || signedAt > Date.parse(ctx.now) + WET_INK_CLOCK_SKEW_MS) {
    return invalid('signed_at_invalid', 'the paper was signed between the freeze and now', { frozenAt: freeze.frozenAt });
  }
  const signature = {
    method: 'wet_ink' as const,
    charterVersion: freeze.charterVersion,
    charterSha256: freeze.charterSha256,
    participantId: command.participantId,
    capacity,
    title: command.title,
    institution: command.institution,
    ...(command.nip ? { nip: command.nip } : {}),
    signedAt: new Date(signedAt).toISOString(),
    recordedBy: ctx.author.id,
    recordedByName: entryOf(ctx.state.participants, ctx.author.id)?.displayName ?? '',
    recordedAt: ctx.now,
    ...(command.scanSha256 !== undefined ? { scanSha256: command.scanSha256 } : {}),
  };
  return emit(ctx, 'wetInkSignatureRecorded', { signature });
}
