/**
 * `mufakat` command line. Today one command:
 *
 *   mufakat verify <bundle.json | naskah.pdf> [--seal-key <publicKey|keyId>]... [--json]
 *
 * A PDF is the naskah made for certified signing (charter/certifiedPdf.ts), signed elsewhere or
 * not: its embedded bundle is verified the same way, its SHA-256 compared with the PDF metadata,
 * and any PDF signature is reported without claiming a certificate check it does not make.
 *
 * Exit 0 and a short bilingual summary when the bundle verifies; exit 1 with the first reason
 * when it does not; exit 2 on usage errors. Uses the same `verifyBundle` as the server and the
 * browser, so all three agree on every bundle; a file other readers could read differently
 * (a key twice, invalid UTF-8, a number not spelled as signed) is refused before anything else.
 */
import fs from 'node:fs';
import { capacityLabel } from '../../shared/charter/charterText';
import { type BundleSummary, type BundleVerdict, verifyBundleText } from '../../shared/charter/verifyBundle';
import { looksLikePdf, type PdfVerdict, verifyCharterPdf } from '../../shared/charter/charterPdfCheck';

const USAGE = `Pemakaian / usage:
  mufakat verify <bundle.json | naskah-tte.pdf> [--seal-key <publicKey|keyId>]... [--json]

  --seal-key  terima hanya segel dengan kunci ini / accept only seals by this key (repeatable)
  --json      cetak hasil sebagai JSON / print the verdict as JSON`;

function summaryText(s: BundleSummary): string {
  const lines = [
    `SAH / VALID: Kontrak Pelayanan "${s.serviceName}" versi/version ${s.charterVersion}`,
    `  ${s.title}`,
    `  naskah final ditetapkan / final text adopted: ${s.frozenAt}`,
    `  SHA-256: ${s.charterSha256}`,
    ...(s.view === 'public'
      ? ['  tampilan publik / public view: nama hanya dengan persetujuan, tanggapan per sektor / names only with consent, answers per sector (docs/charter-bundle.md)']
      : []),
    ...s.signatures.map((g) => `  ✓ ${capacityLabel(g.capacity).id} / ${capacityLabel(g.capacity).en}: ${g.name}, ${g.title}, ${g.institution} (${g.signedAt})`),
    ...s.wetInk.map(
      (g) =>
        `  ✎ ${capacityLabel(g.capacity).id} / ${capacityLabel(g.capacity).en}: ${g.name}, ${g.title}, ${g.institution} (${g.signedAt})\n` +
        `      tanda tangan basah pada naskah cetak, dicatat oleh ${g.recordedBy} pada ${g.recordedAt}; bukan tanda tangan elektronik: hanya segel server yang menjamin catatan ini\n` +
        `      wet-ink signature on the printed text, recorded by ${g.recordedBy} at ${g.recordedAt}; not a cryptographic signature: only the server seal vouches for this record` +
        (g.scanSha256 ? `\n      pindaian / scan SHA-256: ${g.scanSha256}` : ''),
    ),
    `  segel server / server seal: ${s.seal.keyId} (${s.seal.sealedAt})${s.seal.trusted === null ? ' (kunci tidak dipatok / key not pinned: use --seal-key)' : ' (kunci dipercaya / trusted key)'}`,
  ];
  return lines.join('\n');
}

function bundleText(verdict: BundleVerdict): { out?: string; err?: string } {
  return verdict.ok ? { out: summaryText(verdict.summary) } : { err: `TIDAK SAH / INVALID [${verdict.code}]\n  ${verdict.reasonId}\n  ${verdict.reason}` };
}

/** What a PDF's signatures are, in words that claim no check that was not made. */
function pdfSignatureLines(v: PdfVerdict): string[] {
  if (v.signatures.length === 0) return ['  Tanda tangan PDF: tidak ada / PDF signature: none'];
  const lines = [`  Tanda tangan PDF: ada (${v.signatures.length}) / PDF signature present (${v.signatures.length})`];
  v.signatures.forEach((g, i) => {
    const digest =
      g.digestMatches === null
        ? 'messageDigest tidak ditemukan / messageDigest not found'
        : g.digestMatches
          ? `messageDigest (${g.digestAlgorithm}) cocok dengan bagian berkas yang ditandatangani / matches the signed byte range`
          : `messageDigest (${g.digestAlgorithm}) TIDAK cocok dengan bagian berkas yang ditandatangani / does NOT match the signed byte range`;
    const cover = g.coversWholeFile ? 'mencakup seluruh berkas / covers the whole file' : 'ada perubahan setelah tanda tangan ini / the file changed after this signature';
    lines.push(`  ${i + 1}. ${g.subFilter ?? '?'}: ${digest}; ${cover}`);
  });
  lines.push(
    '  Catatan: Mufakat tidak memeriksa nilai tanda tangan PDF maupun sertifikatnya (penerbit, masa berlaku, pencabutan); periksa dengan layanan verifikasi PSrE atau pembaca PDF.',
    '  Note: Mufakat checks neither the PDF signature value nor its certificate (issuer, validity, revocation); check them with the PSrE verification service or a PDF reader.',
  );
  return lines;
}

function pdfText(v: PdfVerdict): { out?: string; err?: string } {
  const head = v.embedded ? [`  lampiran / embedded: ${v.embedded.name}`, `  SHA-256 lampiran / of the embedded file: ${v.embedded.sha256}`, `  SHA-256 di metadata PDF / in the PDF metadata: ${v.metadataSha256 ?? '—'}`] : [];
  if (v.ok && v.bundle?.ok) {
    return { out: [summaryText(v.bundle.summary), 'Berkas PDF / PDF file:', ...head, '  metadata cocok dengan lampiran / metadata matches the embedded file', ...pdfSignatureLines(v)].join('\n') };
  }
  const problems: string[] = [];
  if (v.bundle && !v.bundle.ok) problems.push(bundleText(v.bundle).err!);
  if (v.problem && v.problemReason) problems.push(`TIDAK SAH / INVALID [${v.problem}]\n  ${v.problemReason.id}\n  ${v.problemReason.en}`);
  return { err: [...problems, 'Berkas PDF / PDF file:', ...head, ...pdfSignatureLines(v)].join('\n') };
}

export async function main(argv: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'verify') {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const trusted: string[] = [];
  let json = false;
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--seal-key' && rest[i + 1]) trusted.push(rest[++i]!);
    else if (!arg.startsWith('--') && !file) file = arg;
    else {
      err.write(`${USAGE}\n`);
      return 2;
    }
  }
  if (!file) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  // The bytes, not a decoded string: lenient UTF-8 decoding would hide invalid bytes.
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    err.write(`Tidak dapat membaca / cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const options = trusted.length ? { trustedSealKeys: trusted } : {};
  const verdict = looksLikePdf(bytes) ? await verifyCharterPdf(bytes, options) : verifyBundleText(bytes, options);
  const text = 'kind' in verdict ? pdfText(verdict) : bundleText(verdict);
  if (json) out.write(`${JSON.stringify(verdict, null, 2)}\n`);
  else if (text.out) out.write(`${text.out}\n`);
  else err.write(`${text.err}\n`);
  return verdict.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
