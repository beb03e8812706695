import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/charter-bundle.v1.json';
import { signedBundle, TEST_SEAL_SECRET } from '../testing/charterKit';
import { FORGED_TEXT, withForgedClauseText } from '../testing/forgedBundle';
import { toBase64url } from './base64url';
import { buildBundle, sealBundle } from './bundle';
import { keyIdOf, publicKeyOf } from './ed25519';
import { verifyBundle, verifyBundleText } from './verifyBundle';

// The small charter keeps the byte-by-byte loops fast; the full one is checked in the other tests.
const { bundle, frozen, room } = signedBundle('small');
const full = signedBundle('full').bundle;
const text = JSON.stringify(bundle);

/** Every single-byte change (XOR 0x01) inside [start, end) of the compact JSON text must fail. */
function everyFlipFails(start: number, end: number): void {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  let failures = 0;
  for (let i = start; i < end; i++) {
    const copy = bytes.slice();
    copy[i]! ^= 0x01;
    const verdict = verifyBundleText(decoder.decode(copy));
    if (verdict.ok) throw new Error(`flipping byte ${i} (${String.fromCharCode(bytes[i]!)}) still verifies`);
    failures++;
  }
  expect(failures).toBe(end - start);
}

/** Byte range of `needle` in the UTF-8 text (the needles here are ASCII-only JSON fragments). */
function rangeOf(needle: string): [number, number] {
  const bytes = new TextEncoder().encode(text);
  const at = Buffer.from(bytes).indexOf(Buffer.from(needle));
  expect(at).toBeGreaterThanOrEqual(0);
  return [at, at + Buffer.byteLength(needle)];
}

describe('verifyBundleText refuses text that readers could read differently', () => {
  const fixtureText = JSON.stringify(fixture, null, 2);

  it('accepts the untouched bundle, compact, pretty, and as UTF-8 bytes', () => {
    expect(verifyBundleText(text).ok).toBe(true);
    expect(verifyBundleText(JSON.stringify(full, null, 2)).ok).toBe(true);
    expect(verifyBundleText(new TextEncoder().encode(JSON.stringify(full))).ok).toBe(true);
    expect(verifyBundleText(fixtureText).ok).toBe(true);
  });

  it('refuses a forged clause text placed before the real one, which JSON.parse alone accepts', () => {
    for (const source of [text, fixtureText, JSON.stringify(full, null, 2)]) {
      const forged = withForgedClauseText(source);
      expect(forged).toContain(FORGED_TEXT);
      // The hole: the lenient parse gives the signed bundle back, so it verifies.
      expect(JSON.parse(forged)).toEqual(JSON.parse(source));
      expect(verifyBundle(JSON.parse(forged)).ok).toBe(true);
      const verdict = verifyBundleText(forged);
      expect(verdict).toMatchObject({ ok: false, code: 'duplicate_key', params: { key: 'text' } });
      if (!verdict.ok) {
        expect(verdict.reasonId).toMatch(/^kunci ganda: "text" muncul dua kali di charter\.sections\[\d+\]\.clauses\[0\]\.current \(baris \d+\)/);
        expect(verdict.reason).toMatch(/^duplicate key: "text" appears twice in charter\.sections\[\d+\]\.clauses\[0\]\.current/);
      }
    }
  });

  it('refuses a number spelled otherwise than signed, lone surrogates, invalid UTF-8 and a non-object', () => {
    const respelled = fixtureText.replace('"charterVersion": 1,', '"charterVersion": 1.0,');
    expect(verifyBundle(JSON.parse(respelled)).ok).toBe(true);
    expect(verifyBundleText(respelled)).toMatchObject({
      ok: false,
      code: 'non_canonical_number',
      reasonId: 'angka 1.0 di charter.charterVersion (baris 11) tidak ditulis seperti saat ditandatangani (seharusnya: 1)',
    });
    expect(verifyBundleText(fixtureText.replace('"Teks klausul"', '"Teks klausul\\ud800"'))).toMatchObject({ ok: false, code: 'lone_surrogate' });
    const bytes = new TextEncoder().encode(fixtureText);
    bytes[bytes.indexOf(0x54)] = 0xff; // the first "T" becomes a byte that is never UTF-8
    expect(verifyBundleText(bytes)).toMatchObject({ ok: false, code: 'invalid_utf8', reasonId: 'berkas bukan teks UTF-8 yang sah' });
    expect(verifyBundleText(`[${fixtureText}]`)).toMatchObject({ ok: false, code: 'not_object', params: { found: 'array' } });
    expect(verifyBundleText('{\n  "format": }')).toMatchObject({ ok: false, code: 'not_json', reasonId: 'berkas bukan JSON (baris 2, kolom 13)' });
  });
});

describe('verifyBundle', () => {
  it('accepts a sealed bundle signed in the three required capacities and summarises it', () => {
    expect(verifyBundle(full).ok).toBe(true);
    const verdict = verifyBundle(bundle);
    expect(verdict).toMatchObject({ ok: true, summary: { charterVersion: 1, charterSha256: frozen.sha256, serviceName: 'Akta Kelahiran' } });
    if (verdict.ok) expect(verdict.summary.signatures.map((s) => s.capacity)).toEqual(['pihak_pertama', 'pihak_kedua', 'saksi']);
  });

  it('still verifies with other key order and whitespace', () => {
    const reorder = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reorder) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : v;
    const pretty = JSON.stringify(reorder(bundle), null, '\t');
    expect(pretty).not.toBe(text);
    expect(verifyBundleText(pretty).ok).toBe(true);
    expect(verifyBundleText(`\n  ${JSON.stringify(bundle, null, 3)}  \r\n`).ok).toBe(true);
  });

  it('fails when any single byte of the charter changes', () => {
    const charter = JSON.stringify(bundle.charter);
    const [start, end] = rangeOf(charter);
    expect(end - start).toBeGreaterThan(1000);
    everyFlipFails(start, end);
  }, 120_000);

  it('fails when any single byte of a signature or a public key changes', () => {
    for (const s of bundle.signatures) {
      everyFlipFails(...rangeOf(`"signature":"${s.signature}"`));
      everyFlipFails(...rangeOf(`"publicKey":"${s.publicKey}"`));
      everyFlipFails(...rangeOf(`"keyId":"${s.keyId}"`));
    }
    everyFlipFails(...rangeOf(`"publicKey":"${bundle.seal!.publicKey}"`));
    everyFlipFails(...rangeOf(`"signature":"${bundle.seal!.signature}"`));
  }, 120_000);

  it('names the first problem with a stable code', () => {
    const copy = () => structuredClone(bundle);
    const edited = copy();
    edited.charter.sections.find((s) => s.clauses.length > 0)!.clauses[0]!.current.text.id = 'Teks lain';
    expect(verifyBundle(edited)).toMatchObject({ ok: false, code: 'charter_hash_mismatch' });
    const swapped = copy();
    [swapped.signatures[0]!.signature, swapped.signatures[1]!.signature] = [swapped.signatures[1]!.signature, swapped.signatures[0]!.signature];
    expect(verifyBundle(swapped)).toMatchObject({ ok: false, code: 'bad_signature', params: { index: 1 } });
    const renamed = copy();
    renamed.signatures[0]!.signer.name = 'Orang Lain';
    expect(verifyBundle(renamed)).toMatchObject({ ok: false, code: 'bad_seal' });
    const extra = copy() as unknown as Record<string, unknown>;
    extra.note = 'tambahan';
    expect(verifyBundle(extra)).toMatchObject({ ok: false, code: 'malformed' });
    const unsigned = buildBundle(frozen.document, frozen.sha256, room.state.charterSignatures.slice(0, 2));
    const partial = verifyBundle(sealBundle(unsigned, TEST_SEAL_SECRET, '2026-01-15T12:00:00.000Z'));
    expect(partial).toMatchObject({ ok: false, code: 'required_capacity_missing' });
    if (!partial.ok) expect(partial.reasonId).toContain('saksi');
    const { seal: _s, ...unsealed } = bundle;
    expect(verifyBundle(unsealed)).toMatchObject({ ok: false, code: 'seal_missing' });
    const moved = copy();
    moved.signatures[2]!.capacity = 'mengetahui';
    expect(verifyBundle(moved)).toMatchObject({ ok: false, code: 'signer_not_listed' });
    expect(verifyBundleText('{')).toMatchObject({ ok: false, code: 'not_json' });
  });

  it('still verifies the stored bundle fixture of format mufakat-charter-bundle/1 (schema v2)', () => {
    // Bundles live for years: a change that breaks old bundles must be a new format, not an edit.
    expect(verifyBundle(fixture)).toMatchObject({ ok: true, summary: { charterVersion: 1 } });
  });

  it('checks the seal against trusted keys when given', () => {
    const sealKey = publicKeyOf(TEST_SEAL_SECRET);
    expect(verifyBundle(bundle, { trustedSealKeys: [toBase64url(sealKey)] })).toMatchObject({ ok: true, summary: { seal: { trusted: true } } });
    expect(verifyBundle(bundle, { trustedSealKeys: [keyIdOf(sealKey)] }).ok).toBe(true);
    expect(verifyBundle(bundle, { trustedSealKeys: ['someone-else'] })).toMatchObject({ ok: false, code: 'seal_key_untrusted' });
  });

  it('gives the same verdict for the same bytes every time (the browser runs this very function)', () => {
    const again = verifyBundleText(text);
    expect(again).toEqual(verifyBundle(JSON.parse(text)));
    const broken = text.replace(bundle.charterSha256, '0'.repeat(64));
    expect(verifyBundleText(broken)).toEqual(verifyBundleText(broken));
  });
});
