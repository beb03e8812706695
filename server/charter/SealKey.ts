/**
 * The server's Ed25519 seal key (design.md decision 5; reference §8 "Keys"). Generated on first
 * start into `<dataDir>/seal-key.json` with file mode 0600, loaded once, and never logged: the
 * secret lives in a private field and `toJSON` shows only the public half.
 *
 * Rotation: move the file aside and restart; a new key (new keyId) seals from then on. Old
 * bundles carry the key they were sealed with, so publish retired public keys (GET /api/seal-key
 * shows the current one) for verifiers that pin keys.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromBase64url, toBase64url } from '../../shared/charter/base64url';
import { type CharterBundle, sealBundle } from '../../shared/charter/bundle';
import { type PublicCharterBundle, publicBundle } from '../../shared/charter/publicCharter';
import { keyIdOf, publicKeyOf, randomSecretKey } from '../../shared/charter/ed25519';

export const SEAL_KEY_FILE = 'seal-key.json';

interface KeyFile {
  alg: 'Ed25519';
  keyId: string;
  publicKey: string;
  secretKey: string;
  createdAt: string;
}

export class SealKey {
  readonly #secret: Uint8Array;
  readonly publicKey: string;
  readonly keyId: string;

  private constructor(secret: Uint8Array) {
    this.#secret = secret;
    const pub = publicKeyOf(secret);
    this.publicKey = toBase64url(pub);
    this.keyId = keyIdOf(pub);
  }

  /** Loads `<dataDir>/seal-key.json`, creating it (0600) on first start. */
  static loadOrCreate(dataDir: string, now: () => Date = () => new Date()): SealKey {
    const file = path.join(dataDir, SEAL_KEY_FILE);
    fs.mkdirSync(dataDir, { recursive: true });
    if (!fs.existsSync(file)) {
      const secret = randomSecretKey();
      const key = new SealKey(secret);
      const body: KeyFile = { alg: 'Ed25519', keyId: key.keyId, publicKey: key.publicKey, secretKey: toBase64url(secret), createdAt: now().toISOString() };
      try {
        // 'wx': never overwrite a key another process wrote first.
        fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
        return key;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    fs.chmodSync(file, 0o600);
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<KeyFile>;
    const secret = typeof parsed.secretKey === 'string' ? fromBase64url(parsed.secretKey) : null;
    if (parsed.alg !== 'Ed25519' || !secret || secret.length !== 32) throw new Error(`${file} is not an Ed25519 seal key`);
    const key = new SealKey(secret);
    if (parsed.publicKey && parsed.publicKey !== key.publicKey) throw new Error(`${file}: publicKey does not match secretKey`);
    return key;
  }

  seal(bundle: CharterBundle, sealedAt: string): CharterBundle {
    return sealBundle(bundle, this.#secret, sealedAt);
  }

  /** The public view of a bundle (publicCharter.ts), sealed with this key when the bundle is sealed. */
  publicView(bundle: CharterBundle): PublicCharterBundle {
    return publicBundle(bundle, this.#secret);
  }

  toJSON(): { alg: 'Ed25519'; keyId: string; publicKey: string } {
    return { alg: 'Ed25519', keyId: this.keyId, publicKey: this.publicKey };
  }
}
