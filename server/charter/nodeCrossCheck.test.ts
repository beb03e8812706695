/**
 * An independent check of the bundle format with Node's own crypto (OpenSSL Ed25519), as
 * docs/charter-bundle.md tells a reader to do by hand: a second implementation agrees with
 * noble on what is signed, byte for byte.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/charter-bundle.v1.json';
import { signedBundle } from '../../shared/testing/charterKit';

const spki = (raw: Buffer) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });

function checkByHand(b: typeof fixture): boolean[] {
  const results = [createHash('sha256').update(canonicalize(b.charter)!).digest('hex') === b.charterSha256];
  for (const s of b.signatures) {
    const raw = Buffer.from(s.publicKey, 'base64url');
    const payload = { type: 'mufakat/charter-signature', v: 1, workshopId: b.charter.workshopId, charterVersion: b.charter.charterVersion, charterSha256: b.charterSha256, capacity: s.capacity, keyId: s.keyId };
    results.push(createHash('sha256').update(raw).digest('base64url') === s.keyId);
    results.push(verify(null, Buffer.from(canonicalize(payload)!), spki(raw), Buffer.from(s.signature, 'base64url')));
  }
  const { signature, ...head } = b.seal;
  results.push(verify(null, Buffer.from(canonicalize({ type: 'mufakat/charter-seal', v: 1, bundle: { ...b, seal: head } })!), spki(Buffer.from(b.seal.publicKey, 'base64url')), Buffer.from(signature, 'base64url')));
  return results;
}

describe('bundle format, checked with node:crypto instead of noble', () => {
  it('every hash, key id, signature and the seal of the fixture and of a fresh bundle verify', () => {
    expect(checkByHand(fixture).every(Boolean)).toBe(true);
    const fresh = signedBundle('small').bundle as unknown as typeof fixture;
    expect(checkByHand(fresh)).not.toContain(false);
  });

  it('and a changed capacity fails there too', () => {
    const changed = structuredClone(fixture);
    changed.signatures[0]!.capacity = 'saksi';
    expect(checkByHand(changed)).toContain(false);
  });
});
