/**
 * The naskah for certified signing outside Mufakat (BSrE/PSrE, PP 71/2019): what it embeds.
 * Reading it back is shared/charter/charterPdfCheck.ts (the CLI, POST /api/verify and /verify).
 *
 * The same naskah PDF (`charterPdf.ts`) carries the sealed bundle as an embedded file
 * (pdfkit's file attachment, named `kontrak-pelayanan-<workshop>-v<n>.json`, its bytes the
 * canonical JSON of the bundle, RFC 8785) and that file's SHA-256 in the PDF's Info dictionary
 * (`MufakatBundleSha256`, and in `Keywords`), with one sentence on the last naskah page saying so.
 * An office then signs the PDF with its certified signature, which adds an incremental update
 * (a /Sig dictionary with /ByteRange and /Contents) and leaves the embedded file as it was.
 */
import { createHash } from 'node:crypto';
import type { CharterBundle } from '../../shared/charter/bundle';
import { canonicalJson } from '../../shared/charter/canonical';
import type { PublicCharterBundle } from '../../shared/charter/publicCharter';

export interface EmbeddedBundle {
  name: string;
  bytes: Buffer;
  sha256: string;
}

/** The bytes the certified-signing PDF embeds: the canonical JSON of the (sealed) bundle. */
export function embeddedBundle(bundle: CharterBundle | PublicCharterBundle, name: string): EmbeddedBundle {
  const bytes = Buffer.from(canonicalJson(bundle), 'utf8');
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
