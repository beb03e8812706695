import { describe, expect, it } from 'vitest';
import { sealBundle } from '../charter/bundle';
import { charterMarkdown } from '../charter/charterMarkdown';
import { publicBundle } from '../charter/publicCharter';
import { verifyBundle } from '../charter/verifyBundle';
import { freezeAsServer, recordWetInk, registerKey, signAs, signedBundle, smallReadyToFreeze, TEST_SEAL_SECRET } from '../testing/charterKit';
import { FACILITATOR } from '../testing/workshopKit';

function frozenRoom() {
  const ready = smallReadyToFreeze();
  const frozen = freezeAsServer(ready.room);
  return { ...ready, frozen };
}

describe('recordWetInkSignature: a facilitator records a signature on the printed naskah', () => {
  it('records who signed, in which capacity, when, by whom, and the scan hash only', () => {
    const { room, s7, frozen } = frozenRoom();
    const result = recordWetInk(room, s7, 'saksi', { scanSha256: 'ab'.repeat(32) });
    expect(result.ok).toBe(true);
    expect(room.state.wetInkSignatures).toMatchObject([
      { method: 'wet_ink', participantId: s7, capacity: 'saksi', charterVersion: 1, charterSha256: frozen.sha256, recordedBy: FACILITATOR, recordedByName: 'Tim Fasilitator', scanSha256: 'ab'.repeat(32), title: `Jabatan ${s7}` },
    ]);
    expect(room.events.at(-1)?.type).toBe('wetInkSignatureRecorded');
  });

  it('refuses a participant, an outsider, a second signature either way, a wrong version, a malformed hash and an impossible time', () => {
    const { room, s1, s7, s9 } = frozenRoom();
    const outsider = room.join('S4', 'private');
    expect(room.run(s9, { type: 'recordWetInkSignature', participantId: s7, charterVersion: 1, signedAt: room.now(), title: 't', institution: 'i' })).toMatchObject({ status: 403, code: 'role_forbidden' });
    expect(recordWetInk(room, outsider, 'saksi')).toMatchObject({ status: 422, code: 'not_a_signatory' });
    expect(recordWetInk(room, s7, 'pihak_pertama')).toMatchObject({ status: 422, code: 'not_a_signatory' });
    expect(recordWetInk(room, s7, 'saksi', { scanSha256: 'AB'.repeat(32) })).toMatchObject({ status: 422, code: 'scan_hash_malformed' });
    expect(recordWetInk(room, s7, 'saksi', { scanSha256: 'ab'.repeat(31) })).toMatchObject({ code: 'scan_hash_malformed' });
    expect(recordWetInk(room, s7, 'saksi', { signedAt: '2025-01-01T00:00:00.000Z' })).toMatchObject({ code: 'signed_at_invalid' });
    expect(recordWetInk(room, s7, 'saksi', { signedAt: '2030-01-01T00:00:00.000Z' })).toMatchObject({ code: 'signed_at_invalid' });
    expect(room.run(FACILITATOR, { type: 'recordWetInkSignature', participantId: s7, charterVersion: 2, signedAt: room.now(), title: 't', institution: 'i' })).toMatchObject({ status: 409, code: 'charter_version_mismatch' });
    expect(room.run(FACILITATOR, { type: 'recordWetInkSignature', participantId: s7, charterVersion: 1, signedAt: 'kemarin', title: 't', institution: 'i' })).toMatchObject({ code: 'invalid_command' });
    // Signed in the browser first: no wet-ink record on top, and the other way round.
    expect(signAs(room, registerKey(room, s1), 'pihak_pertama').ok).toBe(true);
    expect(recordWetInk(room, s1, 'pihak_pertama')).toMatchObject({ status: 409, code: 'already_signed' });
    expect(recordWetInk(room, s9, 'pihak_kedua').ok).toBe(true);
    expect(recordWetInk(room, s9, 'pihak_kedua')).toMatchObject({ status: 409, code: 'already_signed' });
    expect(signAs(room, registerKey(room, s9), 'pihak_kedua')).toMatchObject({ status: 409, code: 'already_signed' });
  });

  it('is refused before the freeze', () => {
    const { room, s7 } = smallReadyToFreeze();
    expect(room.run(FACILITATOR, { type: 'recordWetInkSignature', participantId: s7, charterVersion: 1, signedAt: room.now(), title: 't', institution: 'i' })).toMatchObject({ code: 'charter_not_frozen' });
  });
});

describe('a wet-ink signature in the sealed bundle', () => {
  it('counts for the required capacities and verifies under the seal, marked as wet ink', () => {
    const { bundle } = signedBundle('small', { wetInkWitness: true });
    expect(bundle.signatures.map((s) => s.capacity)).toEqual(['pihak_pertama', 'pihak_kedua']);
    expect(bundle.wetInk).toMatchObject([{ method: 'wet_ink', capacity: 'saksi', recordedBy: { name: 'Tim Fasilitator' }, scanSha256: 'ab'.repeat(32) }]);
    const verdict = verifyBundle(bundle);
    expect(verdict).toMatchObject({ ok: true, summary: { wetInk: [{ capacity: 'saksi', recordedBy: 'Tim Fasilitator', scanSha256: 'ab'.repeat(32) }] } });
  });

  it('is refused without the seal, or when a wet-ink record is added or changed after sealing', () => {
    const { bundle } = signedBundle('small', { wetInkWitness: true });
    const { seal: _seal, ...unsealed } = bundle;
    expect(verifyBundle(unsealed)).toMatchObject({ ok: false, code: 'wet_ink_unsealed' });
    const changed = structuredClone(bundle);
    changed.wetInk![0]!.signedAt = '2026-01-15T09:00:00.000Z';
    expect(verifyBundle(changed)).toMatchObject({ ok: false, code: 'bad_seal' });
    // A wet-ink record for someone not enrolled in that capacity, even sealed, is refused.
    const stranger = structuredClone(bundle);
    stranger.wetInk![0]!.capacity = 'mengetahui';
    expect(verifyBundle(sealBundle(stranger, TEST_SEAL_SECRET, '2026-01-15T12:00:00.000Z'))).toMatchObject({ ok: false, code: 'signer_not_listed' });
    // The same person in both lists is one signature twice.
    const twice = structuredClone(bundle);
    const { signer, participantId } = bundle.signatures[0]!;
    twice.wetInk!.push({ ...bundle.wetInk![0]!, capacity: 'pihak_pertama', participantId, signer });
    expect(verifyBundle(sealBundle(twice, TEST_SEAL_SECRET, '2026-01-15T12:00:00.000Z'))).toMatchObject({ ok: false, code: 'duplicate_signature' });
  });

  it('the Markdown says it was signed on paper; the public view names the recorder only with consent', () => {
    const { bundle } = signedBundle('small', { wetInkWitness: true });
    const text = charterMarkdown(bundle, 'https://mufakat.example.id/verify');
    expect(text).toContain('Ditandatangani basah pada naskah cetak');
    expect(text).toContain('dicatat oleh Tim Fasilitator');
    expect(text).toContain(`pindaian SHA-256 ${'ab'.repeat(8)}…`);
    const pub = publicBundle(bundle, TEST_SEAL_SECRET);
    expect(pub.wetInk).toMatchObject([{ recordedBy: { name: 'fasilitator lokakarya' } }]);
    expect(verifyBundle(pub)).toMatchObject({ ok: true, summary: { view: 'public', wetInk: [{ recordedBy: 'fasilitator lokakarya' }] } });
  });

  it('a bundle without wet ink keeps its shape (no wetInk field)', () => {
    const { bundle } = signedBundle('small');
    expect(Object.hasOwn(bundle, 'wetInk')).toBe(false);
    expect(verifyBundle(bundle)).toMatchObject({ ok: true, summary: { wetInk: [] } });
  });
});
