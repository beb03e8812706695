import { describe, expect, it } from 'vitest';
import { fromBase64url } from '../../../../shared/charter/base64url';
import { keyIdOf } from '../../../../shared/charter/ed25519';
import { signaturePayload, verifyCharterSignature } from '../../../../shared/charter/signature';
import { createSigningKey, signCharterCommand } from './signer';

const target = { workshopId: 'w1234567', charterVersion: 2, charterSha256: 'a'.repeat(64), capacity: 'saksi' as const };

describe('signer', () => {
  it('WebCrypto keys are non-extractable and sign what the shared verifier accepts', async () => {
    const key = await createSigningKey();
    expect(key.kind).toBe('webcrypto');
    if (key.kind === 'webcrypto') expect(key.keyPair.privateKey.extractable).toBe(false);
    expect(key.keyId).toBe(keyIdOf(fromBase64url(key.publicKey)!));
    const command = await signCharterCommand(key, target);
    expect(command).toMatchObject({ type: 'signCharter', charterVersion: 2, capacity: 'saksi', keyId: key.keyId });
    const signature = (command as { signature: string }).signature;
    expect(verifyCharterSignature(signaturePayload({ ...target, keyId: key.keyId }), key.publicKey, signature)).toEqual({ ok: true });
    // Bound to the version: the same signature is no signature on version 3.
    expect(verifyCharterSignature(signaturePayload({ ...target, charterVersion: 3, keyId: key.keyId }), key.publicKey, signature)).toMatchObject({ ok: false });
  });

  it('falls back to noble when WebCrypto has no Ed25519', async () => {
    const noEd25519 = { generateKey: () => Promise.reject(new Error('NotSupportedError')) } as unknown as SubtleCrypto;
    const key = await createSigningKey(noEd25519);
    expect(key.kind).toBe('noble');
    const command = (await signCharterCommand(key, target)) as { signature: string };
    expect(verifyCharterSignature(signaturePayload({ ...target, keyId: key.keyId }), key.publicKey, command.signature)).toEqual({ ok: true });
  });
});
