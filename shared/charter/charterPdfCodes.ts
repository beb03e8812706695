/**
 * The names a signed naskah PDF's check uses (shared/charter/charterPdfCheck.ts), apart from the
 * check itself so a screen can name its verdicts without loading pdf-lib.
 */

/** The Info dictionary key that holds the embedded bundle's SHA-256 (hex). */
export const INFO_BUNDLE_SHA256 = 'MufakatBundleSha256';

export const PDF_PROBLEMS = ['pdf_unreadable', 'no_embedded_charter', 'several_embedded_charters', 'embedded_charter_unreadable', 'metadata_hash_missing', 'metadata_hash_mismatch'] as const;
export type PdfProblem = (typeof PDF_PROBLEMS)[number];

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

const PDF_HEADER = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-

/** Where `needle` first occurs in `haystack`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Whether bytes look like a PDF (its header within the first 1024 bytes, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes.subarray(0, 1024), PDF_HEADER) >= 0;
}
