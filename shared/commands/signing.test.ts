import { describe, expect, it } from 'vitest';
import { toBase64url } from '../charter/base64url';
import { buildBundle } from '../charter/bundle';
import { freezeAsServer, registerKey, signAs, signatureFor, testSecretKey } from '../testing/charterKit';
import { FACILITATOR, readyToFreeze } from '../testing/workshopKit';

function frozenRoom() {
  const ready = readyToFreeze();
  const frozen = freezeAsServer(ready.room);
  return { ...ready, frozen };
}

describe('signing keys and signatures', () => {
  it('the freeze event carries the charter hash that signatories sign', () => {
    const { room, frozen } = frozenRoom();
    expect(room.events.at(-1)).toMatchObject({ type: 'charterFrozen', data: { charterSha256: frozen.sha256 } });
    expect(room.state.freeze?.charterSha256).toBe(frozen.sha256);
  });

  it('only an enrolled signatory registers a key, and a key belongs to one person', () => {
    const { room, s1, s9 } = frozenRoom();
    const outsider = room.join('S4', 'private');
    const key = toBase64url(new Uint8Array(32).fill(1));
    expect(room.run(outsider, { type: 'registerSigningKey', publicKey: key, title: 't', institution: 'i' })).toMatchObject({ status: 403, code: 'not_a_signatory' });
    const s1Key = registerKey(room, s1);
    expect(room.run(s9, { type: 'registerSigningKey', publicKey: s1Key.publicKey, title: 't', institution: 'i' })).toMatchObject({ code: 'key_in_use' });
    expect(room.run(s1, { type: 'registerSigningKey', publicKey: s1Key.publicKey, title: 'Jabatan S1', institution: 'Lembaga S1' })).toMatchObject({ code: 'key_unchanged' });
    expect(room.run(FACILITATOR, { type: 'registerSigningKey', publicKey: key, title: 't', institution: 'i' }, s9)).toMatchObject({ code: 'on_behalf_not_allowed' });
  });

  it('a verified signature is recorded with the signer title and institution', () => {
    const { room, s1, frozen } = frozenRoom();
    const signer = registerKey(room, s1);
    const result = signAs(room, signer, 'pihak_pertama');
    expect(result.ok).toBe(true);
    expect(room.state.charterSignatures).toMatchObject([{ participantId: s1, capacity: 'pihak_pertama', charterSha256: frozen.sha256, title: 'Jabatan S1', keyId: signer.keyId }]);
    expect(signAs(room, signer, 'pihak_pertama')).toMatchObject({ status: 409, code: 'already_signed' });
  });

  it('keeps a NIP typed with spaces as its 18 digits, copies it into the signature and the bundle, and refuses one that is not 18 digits', () => {
    const { room, s1, frozen } = frozenRoom();
    const signer = registerKey(room, s1);
    const base = { type: 'registerSigningKey', publicKey: signer.publicKey, title: 'Kepala Dinas', institution: 'Dinas' };
    expect(room.run(s1, { ...base, nip: '1971081 199603 2 004' })).toMatchObject({ status: 422, code: 'invalid_command' });
    expect(room.run(s1, { ...base, nip: '19710812199603200x' })).toMatchObject({ status: 422, code: 'invalid_command' });
    room.must(s1, { ...base, nip: '19710812 199603 2 004' });
    expect(room.run(s1, { ...base, nip: '197108121996032004' })).toMatchObject({ code: 'key_unchanged' });
    expect(signAs(room, signer, 'pihak_pertama').ok).toBe(true);
    expect(room.state.charterSignatures[0]).toMatchObject({ nip: '197108121996032004', title: 'Kepala Dinas' });
    const bundle = buildBundle(frozen.document, frozen.sha256, room.state.charterSignatures);
    expect(bundle.signatures[0]!.signer).toMatchObject({ nip: '197108121996032004' });
  });

  it('refuses a bad signature, another version, another capacity, an unregistered key and signing before the freeze', () => {
    const { room, s1, s9 } = frozenRoom();
    const signer = registerKey(room, s1);
    const base = { type: 'signCharter', charterVersion: 1, keyId: signer.keyId };
    const good = signatureFor(room, signer, 'pihak_pertama');
    const flipped = toBase64url(new Uint8Array(64).fill(3));
    expect(room.run(s1, { ...base, signature: flipped })).toMatchObject({ status: 422, code: 'bad_signature' });
    expect(room.run(s1, { ...base, charterVersion: 2, signature: good })).toMatchObject({ status: 409, code: 'charter_version_mismatch' });
    expect(room.run(s1, { ...base, capacity: 'saksi', signature: good })).toMatchObject({ status: 403, code: 'not_a_signatory' });
    const stranger = { ...signer, keyId: toBase64url(new Uint8Array(32).fill(9)) };
    expect(room.run(s1, { ...base, keyId: stranger.keyId, signature: good })).toMatchObject({ status: 403, code: 'key_not_registered' });
    // S9 signs S1's payload with S1's key material: the key is not S9's.
    registerKey(room, s9);
    expect(room.run(s9, { ...base, signature: good })).toMatchObject({ code: 'key_not_registered' });
    // A signature made for pihak_kedua does not verify as pihak_pertama (domain separation).
    const otherCapacity = signatureFor(room, signer, 'pihak_kedua');
    expect(room.run(s1, { ...base, capacity: 'pihak_pertama', signature: otherCapacity })).toMatchObject({ code: 'bad_signature' });
    room.must(FACILITATOR, { type: 'reopenCharter', reason: 'salah ketik' });
    expect(room.run(s1, { ...base, signature: good })).toMatchObject({ status: 409, code: 'charter_not_frozen' });
  });

  it('after a reopen the next freeze is version 2 and a version-1 signature does not verify for it', () => {
    const { room, s1 } = frozenRoom();
    const signer = registerKey(room, s1, testSecretKey('s1-laptop'));
    const v1 = signatureFor(room, signer, 'pihak_pertama');
    room.must(FACILITATOR, { type: 'reopenCharter', reason: 'revisi' });
    const v2 = freezeAsServer(room);
    expect(v2.document.charterVersion).toBe(2);
    expect(room.run(s1, { type: 'signCharter', charterVersion: 2, keyId: signer.keyId, signature: v1 })).toMatchObject({ code: 'bad_signature' });
    expect(signAs(room, signer, 'pihak_pertama').ok).toBe(true);
  });
});
