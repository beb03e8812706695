/**
 * Certified signing as an office does it outside Mufakat, for tests: a self-made X.509
 * certificate (node-forge, in a P12) and @signpdf, which appends an incremental update with a
 * /Sig dictionary (/ByteRange, /Contents: a detached CMS over the byte range).
 */
import { generateKeyPairSync } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import forge from 'node-forge';

/** A self-made signing certificate in a P12, as an office's test signer would hold it. */
function selfMadeP12(passphrase: string): Buffer {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 30 * 86_400_000);
  const name = [
    { name: 'commonName', value: 'Penanda Tangan Uji' },
    { name: 'organizationName', value: 'Uji Mufakat' },
    { name: 'countryName', value: 'ID' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

/** The PDF signed once more, as an incremental update (the original bytes stay a prefix). */
export async function signPdf(pdf: Buffer): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({ pdfBuffer: pdf, reason: 'Persetujuan Kontrak Pelayanan', contactInfo: 'uji@example.id', name: 'Penanda Tangan Uji', location: 'Yogyakarta' });
  return new SignPdf().sign(withPlaceholder, new P12Signer(selfMadeP12('rahasia'), { passphrase: 'rahasia' }));
}

/** The signed file with one bit flipped inside the embedded charter's compressed stream. */
export function flipEmbeddedStreamByte(pdf: Buffer): Buffer {
  const raw = Buffer.from(pdf);
  const streamAt = raw.indexOf('stream', raw.indexOf('/Type /EmbeddedFile')) + 'stream\n'.length;
  raw[streamAt + 200] = raw[streamAt + 200]! ^ 0x01;
  return raw;
}
