/**
 * `mufakat` command line. Today one command:
 *
 *   mufakat verify <bundle.json> [--seal-key <publicKey|keyId>]... [--json]
 *
 * Exit 0 and a short bilingual summary when the bundle verifies; exit 1 with the first reason
 * when it does not; exit 2 on usage errors. Uses the same `verifyBundle` as the server and the
 * browser, so all three agree on every bundle; a file other readers could read differently
 * (a key twice, invalid UTF-8, a number not spelled as signed) is refused before anything else.
 */
import fs from 'node:fs';
import { capacityLabel } from '../../shared/charter/charterText';
import { type BundleSummary, verifyBundleText } from '../../shared/charter/verifyBundle';

const USAGE = `Pemakaian / usage:
  mufakat verify <bundle.json> [--seal-key <publicKey|keyId>]... [--json]

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
    `  segel server / server seal: ${s.seal.keyId} (${s.seal.sealedAt})${s.seal.trusted === null ? ' (kunci tidak dipatok / key not pinned: use --seal-key)' : ' (kunci dipercaya / trusted key)'}`,
  ];
  return lines.join('\n');
}

export function main(argv: readonly string[], out = process.stdout, err = process.stderr): number {
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
  const verdict = verifyBundleText(bytes, trusted.length ? { trustedSealKeys: trusted } : {});
  if (json) out.write(`${JSON.stringify(verdict, null, 2)}\n`);
  else if (verdict.ok) out.write(`${summaryText(verdict.summary)}\n`);
  else err.write(`TIDAK SAH / INVALID [${verdict.code}]\n  ${verdict.reasonId}\n  ${verdict.reason}\n`);
  return verdict.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
