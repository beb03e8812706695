/**
 * The /verify page's verdict: exactly `verifyBundleText` on the file's bytes (the same function
 * as the CLI and the server, so all agree on the code, a duplicated key included), plus, when the page was opened from a printed QR link,
 * that the bundle is the one printed: its charterSha256 must equal the link's `h`.
 *
 * A naskah PDF made for certified signing is checked with the CLI's `verifyCharterPdf`, here in
 * the browser: pdf-lib arrives only when someone picks a PDF (`loadPdfCheck`), and the file still
 * goes nowhere.
 */
import { PDF_PROBLEMS, type PdfSignatureInfo } from '../../../../shared/charter/charterPdfCodes';
import type { BundleSummary, BundleVerdict, VerifyCode } from '../../../../shared/charter/verifyBundle';
import { verifyBundleText } from '../../../../shared/charter/verifyBundle';

/**
 * Codes of the page beyond the verifier's: the printed hash, a bundle that could not be fetched,
 * the PDF's own findings, and the PDF reader that could not be loaded (offline: it is not kept
 * for offline use, see vite.config.ts `NOT_PRECACHED`).
 */
export const PAGE_CODES = ['printed_hash_mismatch', 'fetch_failed', 'pdf_reader_unavailable', ...PDF_PROBLEMS] as const;
export type PageCode = VerifyCode | (typeof PAGE_CODES)[number];

/** What the page shows about the PDF around the charter it carries. */
export interface PdfFindings {
  embeddedName: string | null;
  embeddedSha256: string | null;
  metadataSha256: string | null;
  signatures: PdfSignatureInfo[];
}

export type PageVerdict =
  | { ok: true; summary: BundleSummary; printedHashChecked: boolean; pdf?: PdfFindings }
  | { ok: false; code: PageCode; params: Record<string, unknown>; reasonEn: string; pdf?: PdfFindings };

function fromBundleVerdict(verdict: BundleVerdict, printedSha256: string | undefined): PageVerdict {
  if (!verdict.ok) return { ok: false, code: verdict.code, params: verdict.params ?? {}, reasonEn: verdict.reason };
  if (printedSha256 && verdict.summary.charterSha256 !== printedSha256) {
    return {
      ok: false,
      code: 'printed_hash_mismatch',
      params: { printed: printedSha256, actual: verdict.summary.charterSha256 },
      reasonEn: 'the bundle is valid but is not the charter printed on paper',
    };
  }
  return { ok: true, summary: verdict.summary, printedHashChecked: Boolean(printedSha256) };
}

export function checkBundleText(input: string | Uint8Array, printedSha256?: string): PageVerdict {
  return fromBundleVerdict(verifyBundleText(input), printedSha256);
}

/** The PDF check (with pdf-lib), fetched the first time a PDF is picked. */
export const loadPdfCheck = () => import('../../../../shared/charter/charterPdfCheck');

/**
 * A naskah PDF: its embedded bundle judged as a bundle file is (the bundle's own failure first,
 * as the CLI prints it), then the PDF's findings (metadata hash, signatures) beside it.
 */
export async function checkCharterPdf(bytes: Uint8Array, printedSha256?: string, load = loadPdfCheck): Promise<PageVerdict> {
  let check: Awaited<ReturnType<typeof loadPdfCheck>>;
  try {
    check = await load();
  } catch (e) {
    return { ok: false, code: 'pdf_reader_unavailable', params: { message: e instanceof Error ? e.message : String(e) }, reasonEn: 'the PDF reader could not be loaded' };
  }
  const v = await check.verifyCharterPdf(bytes);
  const pdf: PdfFindings = { embeddedName: v.embedded?.name ?? null, embeddedSha256: v.embedded?.sha256 ?? null, metadataSha256: v.metadataSha256, signatures: v.signatures };
  if (v.bundle && !v.bundle.ok) return { ...fromBundleVerdict(v.bundle, printedSha256), pdf };
  // No problem means the bundle was found and read (verifyCharterPdf sets one whenever it is not).
  if (v.problem || !v.bundle) return { ok: false, code: v.problem ?? 'pdf_unreadable', params: {}, reasonEn: v.problemReason?.en ?? 'the PDF cannot be read', pdf };
  return { ...fromBundleVerdict(v.bundle, printedSha256), pdf };
}
