/**
 * Test vocabulary for frozen, signed charters: freeze the way the server does (with a charter
 * hash in the event), register keys and sign from "the signatory's browser" (a noble key pair),
 * and assemble a sealed bundle. Pure, so server tests may use it too.
 */
import { toBase64url } from '../charter/base64url';
import { buildBundle, type CharterBundle, sealBundle } from '../charter/bundle';
import type { CharterContext } from '../charter/charterDocument';
import { keyIdOf, publicKeyOf, signEd25519 } from '../charter/ed25519';
import type { ChainHead } from '../charter/eventChain';
import { type FrozenCharter, freezeCharterVersion } from '../commands/frozenCharter';
import { signatureMessage, signaturePayload } from '../charter/signature';
import { applyEvent } from '../commands/applyEvent';
import { decide } from '../commands/decide';
import type { EventOf } from '../commands/events';
import type { SignatoryCapacity } from '../rules/signatories';
import type { ParticipantId } from '../schema/ids';
import { isProtectedSection, protectedSectionCodes, requiredSectionCodes } from '../schema/sections';
import { agreeClause, FACILITATOR, markNotApplicableByRoom, Room, readyToFreeze, USERS_MANDATE } from './workshopKit';

export const TEST_CONTEXT: CharterContext = {
  workshop: { title: 'Lokakarya Kontrak Pelayanan Akta Kelahiran', serviceName: 'Akta Kelahiran' },
  content: {
    yjsStateSha256: 'cd'.repeat(32),
    serviceFlow: [{ id: 'f1', unit: 'Loket 1', action: 'Menyerahkan berkas ≤ 5 menit', documents: 'KK, KTP', minutes: 5, costRupiah: 0 }],
  },
};

/** A fixed, test-only seal key (never use a constant key outside tests). */
export const TEST_SEAL_SECRET = new Uint8Array(32).fill(7);

/** Deterministic per-person secret keys, so fixtures are stable. */
export function testSecretKey(name: string): Uint8Array {
  const key = new Uint8Array(32);
  for (let i = 0; i < 32; i++) key[i] = (name.charCodeAt(i % name.length) * (i + 11)) & 0xff;
  return key;
}

/** Freezes like the server: decide, then `freezeCharterVersion` with the head before the event. */
export function freezeAsServer(room: Room, head: ChainHead | null = { seq: room.events.length, hash: 'ab'.repeat(32) }, context = TEST_CONTEXT): FrozenCharter {
  const decision = decide(room.state, room.actor(FACILITATOR), { type: 'freezeCharter' }, room.now());
  if (!decision.ok) throw new Error(`freeze refused: ${decision.code}`);
  const frozen = freezeCharterVersion(room.state, head, decision.event as EventOf<'charterFrozen'>, context);
  room.state = applyEvent(room.state, frozen.event);
  room.events.push(frozen.event);
  return frozen;
}

export interface TestSigner {
  id: ParticipantId;
  secretKey: Uint8Array;
  publicKey: string;
  keyId: string;
}

export function registerKey(room: Room, id: ParticipantId, secretKey = testSecretKey(id)): TestSigner {
  const raw = publicKeyOf(secretKey);
  const publicKey = toBase64url(raw);
  room.must(id, { type: 'registerSigningKey', publicKey, title: `Jabatan ${id}`, institution: `Lembaga ${id}` });
  return { id, secretKey, publicKey, keyId: keyIdOf(raw) };
}

/** What the browser does: sign UTF-8(JCS(payload)) for the version frozen now. */
export function signatureFor(room: Room, signer: TestSigner, capacity: SignatoryCapacity, frozen = room.state.freeze!): string {
  const payload = signaturePayload({ workshopId: room.state.workshopId, charterVersion: frozen.charterVersion, charterSha256: frozen.charterSha256!, capacity, keyId: signer.keyId });
  return toBase64url(signEd25519(signatureMessage(payload), signer.secretKey));
}

export function signAs(room: Room, signer: TestSigner, capacity: SignatoryCapacity) {
  return room.run(signer.id, { type: 'signCharter', charterVersion: room.state.freeze!.charterVersion, capacity, keyId: signer.keyId, signature: signatureFor(room, signer, capacity) });
}

/** A facilitator records that `id` signed the printed naskah in wet ink (by default: now). */
export function recordWetInk(room: Room, id: ParticipantId, capacity: SignatoryCapacity, extra: { scanSha256?: string; signedAt?: string } = {}) {
  return room.run(FACILITATOR, {
    type: 'recordWetInkSignature',
    participantId: id,
    charterVersion: room.state.freeze!.charterVersion,
    capacity,
    signedAt: extra.signedAt ?? room.now(),
    title: `Jabatan ${id}`,
    institution: `Lembaga ${id}`,
    ...(extra.scanSha256 !== undefined ? { scanSha256: extra.scanSha256 } : {}),
  });
}

/**
 * Like `readyToFreeze`, but small: the protected sections (which can never be marked not
 * applicable) agreed, every other required section decided not applicable by the room.
 */
export function smallReadyToFreeze() {
  const room = new Room();
  const s1 = room.join('S1', 'government');
  const s9 = room.join('S9', 'civil_society');
  const s7 = room.join('S7', 'civil_society');
  room.goTo('consensus_check');
  for (const code of protectedSectionCodes()) agreeClause(room, s9, code);
  for (const code of requiredSectionCodes()) {
    if (!isProtectedSection(code)) markNotApplicableByRoom(room, s9, code, 'Uji');
  }
  room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s1, capacity: 'pihak_pertama' });
  room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s9, capacity: 'pihak_kedua', mandate: USERS_MANDATE });
  room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s7, capacity: 'saksi' });
  room.goTo('sign_off');
  return { room, s1, s9, s7 };
}

/**
 * A frozen charter signed by pihak pertama, pihak kedua and a witness, sealed. With
 * `wetInkWitness`, the witness signs the printed naskah and a facilitator records it.
 */
export function signedBundle(size: 'full' | 'small' = 'full', options: { wetInkWitness?: boolean } = {}): { bundle: CharterBundle; room: Room; frozen: FrozenCharter } {
  const { room, s1, s9, s7 } = size === 'full' ? readyToFreeze() : smallReadyToFreeze();
  const frozen = freezeAsServer(room);
  const signers: [TestSigner, SignatoryCapacity][] = [
    [registerKey(room, s1), 'pihak_pertama'],
    [registerKey(room, s9), 'pihak_kedua'],
    ...(options.wetInkWitness ? [] : [[registerKey(room, s7), 'saksi'] as [TestSigner, SignatoryCapacity]]),
  ];
  for (const [signer, capacity] of signers) {
    const result = signAs(room, signer, capacity);
    if (!result.ok) throw new Error(`sign refused: ${result.code}`);
  }
  if (options.wetInkWitness) {
    const result = recordWetInk(room, s7, 'saksi', { scanSha256: 'ab'.repeat(32) });
    if (!result.ok) throw new Error(`wet ink refused: ${result.code}`);
  }
  const unsealed = buildBundle(frozen.document, frozen.sha256, [...room.state.charterSignatures, ...room.state.wetInkSignatures]);
  return { bundle: sealBundle(unsealed, TEST_SEAL_SECRET, '2026-01-15T12:00:00.000Z'), room, frozen };
}
