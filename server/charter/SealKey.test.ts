import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEAL_KEY_FILE, SealKey } from './SealKey';

describe('SealKey', () => {
  it('is created once with mode 0600, loaded again unchanged, and never shows its secret', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-seal-'));
    const first = SealKey.loadOrCreate(dir);
    const file = path.join(dir, SEAL_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = SealKey.loadOrCreate(dir);
    expect(again.keyId).toBe(first.keyId);
    const secret = JSON.parse(fs.readFileSync(file, 'utf8')).secretKey as string;
    expect(JSON.stringify(first)).not.toContain(secret);
    expect(JSON.stringify({ key: first })).toContain(first.publicKey);
    expect(Object.values(first).join(' ')).not.toContain(secret);
  });

  it('refuses a key file whose public key does not match its secret', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-seal-'));
    SealKey.loadOrCreate(dir);
    const file = path.join(dir, SEAL_KEY_FILE);
    const body = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...body, publicKey: 'A'.repeat(43) }));
    expect(() => SealKey.loadOrCreate(dir)).toThrow(/does not match/);
  });
});
