/**
 * A test certificate authority and leaf certificates made at test time with the `openssl`
 * command (node:crypto cannot sign X.509), so no key or certificate is ever committed.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface TestCa {
  dir: string;
  cert: string;
  key: string;
}

export interface Leaf {
  cert: string;
  key: string;
  /** base64 SHA-256 of the leaf's SubjectPublicKeyInfo (Chromium's --ignore-certificate-errors-spki-list). */
  spkiSha256: string;
  fingerprint256: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function createTestCa(): TestCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-ca-'));
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=Mufakat test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  return { dir, cert: path.join(dir, 'ca.crt'), key: path.join(dir, 'ca.key') };
}

/** A leaf for `name`, signed by the CA, written to `<dir>/<file>.crt` and `.key`. */
export function issueLeaf(ca: TestCa, name: string, file = 'leaf', dir = ca.dir): Leaf {
  const ext = path.join(dir, `${file}.ext`);
  fs.writeFileSync(ext, `subjectAltName=DNS:${name}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`);
  openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${file}.key.tmp`, '-out', `${file}.csr`, '-subj', `/CN=${name}`], dir);
  openssl(['x509', '-req', '-in', `${file}.csr`, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', '-out', `${file}.crt.tmp`, '-days', '2', '-extfile', ext], dir);
  const cert = path.join(dir, `${file}.crt`);
  const key = path.join(dir, `${file}.key`);
  // Replaced by rename, as certbot and friends do, so a watcher sees a whole pair.
  fs.renameSync(path.join(dir, `${file}.key.tmp`), key);
  fs.renameSync(path.join(dir, `${file}.crt.tmp`), cert);
  const x509 = new crypto.X509Certificate(fs.readFileSync(cert));
  const spki = x509.publicKey.export({ type: 'spki', format: 'der' });
  return { cert, key, spkiSha256: crypto.createHash('sha256').update(spki).digest('base64'), fingerprint256: x509.fingerprint256 };
}
