/**
 * Reading back the naskah made for certified signing outside Mufakat (BSrE/PSrE, PP 71/2019):
 * `verifyCharterPdf`, used by `mufakat verify file.pdf`, POST /api/verify and the /verify page
 * (in the browser: the file never leaves it). The writing side is server/charter/certifiedPdf.ts.
 *
 * pdf-lib parses the file (every revision: it also reads past the signature's incremental
 * update), finds the one embedded charter bundle, verifies it with the strict shared verifier
 * (`verifyBundleText`), compares its SHA-256 with the Info dictionary's, and lists the PDF
 * signatures it finds. For each it says whether the byte range covers the whole file and whether
 * the `messageDigest` the signature's signed attributes state equals the digest of that byte range.
 * It does NOT check the signature value, the certificate, its chain, validity or revocation: the
 * output says so, and points to a verifier that does (the PSrE's or a PDF reader's).
 *
 * No Node API here (Uint8Array, @noble/hashes), so the browser runs the same code as the CLI.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString } from 'pdf-lib';
import { INFO_BUNDLE_SHA256, indexOfBytes, type PdfProblem, type PdfSignatureInfo } from './charterPdfCodes';
import { type BundleVerdict, type VerifyOptions, verifyBundleText } from './verifyBundle';

export { INFO_BUNDLE_SHA256, looksLikePdf, PDF_PROBLEMS, type PdfProblem, type PdfSignatureInfo } from './charterPdfCodes';

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

const MESSAGE_DIGEST_OID = new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x04]);
const DIGESTS = {
  20: { name: 'sha1', hash: sha1 },
  32: { name: 'sha256', hash: sha256 },
  48: { name: 'sha384', hash: sha384 },
  64: { name: 'sha512', hash: sha512 },
} as const;
type DigestLength = keyof typeof DIGESTS;
const isDigestLength = (n: number): n is DigestLength => n in DIGESTS;

/** The messageDigest signed attribute of a CMS SignedData: OID, then SET { OCTET STRING }. */
function messageDigestOf(cms: Uint8Array): Uint8Array | null {
  const at = indexOfBytes(cms, MESSAGE_DIGEST_OID);
  if (at < 0) return null;
  let i = at + MESSAGE_DIGEST_OID.length;
  if (cms[i] !== 0x31) return null;
  i += 2;
  if (cms[i] !== 0x04) return null;
  const length = cms[i + 1]!;
  return isDigestLength(length) ? cms.subarray(i + 2, i + 2 + length) : null;
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
  const cms = contents instanceof PDFHexString || contents instanceof PDFString ? contents.asBytes() : null;
  const claimed = cms ? messageDigestOf(cms) : null;
  if (!wellFormed || !claimed) return info;
  const { name, hash } = DIGESTS[claimed.length as DigestLength];
  const digest = hash.create().update(file.subarray(a!, a! + b!)).update(file.subarray(c!, c! + d!)).digest();
  return { ...info, digestAlgorithm: name, digestMatches: bytesToHex(digest) === bytesToHex(claimed) };
}

/** Reads a PDF made for certified signing (signed or not) and verifies the charter it carries. */
export async function verifyCharterPdf(file: Uint8Array, options: VerifyOptions = {}): Promise<PdfVerdict> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(file, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return verdict({ problem: 'pdf_unreadable' });
  }
  // pdf-lib reads leniently (`throwOnInvalidObject: false`, as a signed PDF from another tool
  // needs): a file with a PDF header and no document behind it loads without a catalogue, and
  // walking it throws. That is an unreadable PDF, not a crash of the caller.
  try {
    return readLoaded(pdf, file, options);
  } catch {
    return verdict({ problem: 'pdf_unreadable' });
  }
}

function readLoaded(pdf: PDFDocument, file: Uint8Array, options: VerifyOptions): PdfVerdict {
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
  let bytes: Uint8Array;
  try {
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) throw new Error('not a stream');
    bytes = decodePDFRawStream(stream).decode();
  } catch {
    return verdict({ problem: 'embedded_charter_unreadable', signatures });
  }
  const embeddedSha256 = bytesToHex(sha256(bytes));
  const infoDict = pdf.context.lookup(pdf.context.trailerInfo.Info);
  const metadataSha256 = infoDict instanceof PDFDict ? textOf(infoDict.lookup(PDFName.of(INFO_BUNDLE_SHA256))) : null;
  const bundle = verifyBundleText(bytes, options);
  const embedded = { name, sha256: embeddedSha256 };
  const problem: PdfProblem | null = metadataSha256 === null ? 'metadata_hash_missing' : metadataSha256 !== embeddedSha256 ? 'metadata_hash_mismatch' : null;
  return verdict({ ok: bundle.ok && problem === null, problem, embedded, metadataSha256, bundle, signatures });
}
