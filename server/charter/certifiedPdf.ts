/**
 * The naskah for certified signing outside Mufakat (BSrE/PSrE, PP 71/2019), and reading it back.
 *
 * Writing: the same naskah PDF (`charterPdf.ts`) carries the sealed bundle as an embedded file
 * (pdfkit's file attachment, named `kontrak-pelayanan-<workshop>-v<n>.json`, its bytes the
 * canonical JSON of the bundle, RFC 8785) and that file's SHA-256 in the PDF's Info dictionary
 * (`MufakatBundleSha256`, and in `Keywords`), with one sentence on the last naskah page saying so.
 * An office then signs the PDF with its certified signature, which adds an incremental update
 * (a /Sig dictionary with /ByteRange and /Contents) and leaves the embedded file as it was.
 *
 * Reading (`verifyCharterPdf`, used by `mufakat verify file.pdf` and POST /api/verify): pdf-lib
 * parses the file (every revision: it also reads past the signature's incremental update), finds
 * the one embedded charter bundle, verifies it with the strict shared verifier
 * (`verifyBundleText`), compares its SHA-256 with the Info dictionary's, and lists the PDF
 * signatures it finds. For each it says whether the byte range covers the whole file and whether
 * the `messageDigest` the signature's signed attributes state equals the digest of that byte range.
 * It does NOT check the signature value, the certificate, its chain, validity or revocation: the
 * output says so, and points to a verifier that does (the PSrE's or a PDF reader's).
 */
import { createHash } from 'node:crypto';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString } from 'pdf-lib';
import type { CharterBundle } from '../../shared/charter/bundle';
import { canonicalJson } from '../../shared/charter/canonical';
import type { PublicCharterBundle } from '../../shared/charter/publicCharter';
import { type BundleVerdict, type VerifyOptions, verifyBundleText } from '../../shared/charter/verifyBundle';

/** The Info dictionary key that holds the embedded bundle's SHA-256 (hex). */
export const INFO_BUNDLE_SHA256 = 'MufakatBundleSha256';

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

export type PdfProblem = 'pdf_unreadable' | 'no_embedded_charter' | 'several_embedded_charters' | 'embedded_charter_unreadable' | 'metadata_hash_missing' | 'metadata_hash_mismatch';

export interface PdfSignatureInfo {
  /** `/SubFilter` of the signature dictionary, e.g. adbe.pkcs7.detached. */
  subFilter: string | null;
  byteRange: number[];
  /** The byte range reaches the end of the file: nothing was appended after this signature. */
  coversWholeFile: boolean;
  /** The digest algorithm guessed from the messageDigest length, when one was found. */
  digestAlgorithm: string | null;
  /** Whether the signed attributes' messageDigest equals the digest of the byte range; null when not found. */
  digestMatches: boolean | null;
}

export interface PdfVerdict {
  kind: 'pdf';
  /** The embedded charter verifies and its hash is the one in the PDF's metadata. */
  ok: boolean;
  problem: PdfProblem | null;
  problemReason: { en: string; id: string } | null;
  embedded: { name: string; sha256: string } | null;
  metadataSha256: string | null;
  bundle: BundleVerdict | null;
  signatures: PdfSignatureInfo[];
}

const PROBLEMS: Record<PdfProblem, { en: string; id: string }> = {
  pdf_unreadable: { en: 'the file cannot be read as a PDF', id: 'berkas tidak dapat dibaca sebagai PDF' },
  no_embedded_charter: { en: 'the PDF carries no embedded charter bundle (.json)', id: 'PDF tidak memuat lampiran bundel naskah (.json)' },
  several_embedded_charters: { en: 'the PDF carries more than one embedded .json file: which one is the charter is unclear', id: 'PDF memuat lebih dari satu lampiran .json: tidak jelas mana bundel naskahnya' },
  embedded_charter_unreadable: { en: 'the embedded charter bundle cannot be unpacked (its stream is damaged)', id: 'lampiran bundel naskah tidak dapat dibuka (aliran datanya rusak)' },
  metadata_hash_missing: { en: `the PDF metadata holds no ${INFO_BUNDLE_SHA256}`, id: `metadata PDF tidak memuat ${INFO_BUNDLE_SHA256}` },
  metadata_hash_mismatch: {
    en: 'the SHA-256 of the embedded bundle differs from the one in the PDF metadata',
    id: 'SHA-256 lampiran bundel berbeda dengan yang tercatat di metadata PDF',
  },
};

function verdict(fields: Partial<PdfVerdict> & { problem: PdfProblem | null }): PdfVerdict {
  return {
    kind: 'pdf',
    ok: false,
    embedded: null,
    metadataSha256: null,
    bundle: null,
    signatures: [],
    ...fields,
    problemReason: fields.problem ? PROBLEMS[fields.problem] : null,
  };
}

/** Every (name, filespec) pair of the EmbeddedFiles name tree, following /Kids. */
function nameTreeEntries(node: PDFDict | undefined, depth = 0): [string, PDFDict][] {
  if (!node || depth > 16) return [];
  const out: [string, PDFDict][] = [];
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      const spec = names.lookup(i + 1);
      if ((key instanceof PDFString || key instanceof PDFHexString) && spec instanceof PDFDict) out.push([key.decodeText(), spec]);
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  if (kids) for (let i = 0; i < kids.size(); i++) out.push(...nameTreeEntries(kids.lookupMaybe(i, PDFDict), depth + 1));
  return out;
}

function textOf(value: unknown): string | null {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
}

const MESSAGE_DIGEST_OID = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x04]);
const DIGESTS: Record<number, string> = { 20: 'sha1', 32: 'sha256', 48: 'sha384', 64: 'sha512' };

/** The messageDigest signed attribute of a CMS SignedData: OID, then SET { OCTET STRING }. */
function messageDigestOf(cms: Buffer): Buffer | null {
  const at = cms.indexOf(MESSAGE_DIGEST_OID);
  if (at < 0) return null;
  let i = at + MESSAGE_DIGEST_OID.length;
  if (cms[i] !== 0x31) return null;
  i += 2;
  if (cms[i] !== 0x04) return null;
  const length = cms[i + 1]!;
  return length in DIGESTS ? cms.subarray(i + 2, i + 2 + length) : null;
}

function signatureInfo(dict: PDFDict, file: Uint8Array): PdfSignatureInfo | null {
  const range = dict.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
  const contents = dict.get(PDFName.of('Contents'));
  if (!range) return null;
  const byteRange = range.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : Number.NaN));
  const subFilter = dict.lookupMaybe(PDFName.of('SubFilter'), PDFName)?.decodeText() ?? null;
  const [a, b, c, d] = byteRange;
  const wellFormed = byteRange.length === 4 && byteRange.every((n) => Number.isSafeInteger(n) && n >= 0) && a === 0 && c! >= b! && c! + d! <= file.length;
  const info: PdfSignatureInfo = { subFilter, byteRange, coversWholeFile: wellFormed && c! + d! === file.length, digestAlgorithm: null, digestMatches: null };
  const cms = contents instanceof PDFHexString ? Buffer.from(contents.asBytes()) : contents instanceof PDFString ? Buffer.from(contents.asBytes()) : null;
  const claimed = cms ? messageDigestOf(cms) : null;
  if (!wellFormed || !claimed) return info;
  const algorithm = DIGESTS[claimed.length]!;
  const hash = createHash(algorithm).update(file.subarray(a!, a! + b!)).update(file.subarray(c!, c! + d!)).digest();
  return { ...info, digestAlgorithm: algorithm, digestMatches: hash.equals(claimed) };
}

/** Reads a PDF made for certified signing (signed or not) and verifies the charter it carries. */
export async function verifyCharterPdf(file: Uint8Array, options: VerifyOptions = {}): Promise<PdfVerdict> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(file, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return verdict({ problem: 'pdf_unreadable' });
  }
  const signatures: PdfSignatureInfo[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const type = object.lookupMaybe(PDFName.of('Type'), PDFName)?.decodeText();
    if (type !== 'Sig' && !(object.has(PDFName.of('ByteRange')) && object.has(PDFName.of('Contents')))) continue;
    const info = signatureInfo(object, file);
    if (info) signatures.push(info);
  }
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const files = nameTreeEntries(names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)).filter(([name]) => name.toLowerCase().endsWith('.json'));
  if (files.length === 0) return verdict({ problem: 'no_embedded_charter', signatures });
  if (files.length > 1) return verdict({ problem: 'several_embedded_charters', signatures });
  const [name, spec] = files[0]!;
  let bytes: Buffer;
  try {
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) throw new Error('not a stream');
    bytes = Buffer.from(decodePDFRawStream(stream).decode());
  } catch {
    return verdict({ problem: 'embedded_charter_unreadable', signatures });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const infoDict = pdf.context.lookup(pdf.context.trailerInfo.Info);
  const metadataSha256 = infoDict instanceof PDFDict ? textOf(infoDict.lookup(PDFName.of(INFO_BUNDLE_SHA256))) : null;
  const bundle = verifyBundleText(bytes, options);
  const embedded = { name, sha256 };
  const problem: PdfProblem | null = metadataSha256 === null ? 'metadata_hash_missing' : metadataSha256 !== sha256 ? 'metadata_hash_mismatch' : null;
  return verdict({ ok: bundle.ok && problem === null, problem, embedded, metadataSha256, bundle, signatures });
}

/** Whether bytes look like a PDF (its header within the first 1024 bytes, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}
