import { useTranslation } from 'react-i18next';
import { PDF_PROBLEMS } from '../../../../shared/charter/charterPdfCodes';
import { BundleSummaryView } from './BundleSummaryView';
import { PdfFindingsView } from './PdfFindingsView';
import { verdictMessage } from './verdictMessage';
import type { PageVerdict } from './verifyModel';

/** The big answer: VALID with the summary, or NOT VALID with the first reason and its code. */
export function VerdictView({ verdict, fileName }: { verdict: PageVerdict; fileName: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <section className={`verdict ${verdict.ok ? 'verdict--valid' : 'verdict--invalid'}`} aria-live="polite" data-testid="verdict"
      data-ok={verdict.ok} data-code={verdict.ok ? '' : verdict.code}>
      <p className="verdict__word" role="status">
        <span aria-hidden="true">{verdict.ok ? '✓ ' : '✗ '}</span>
        {verdict.ok ? t('verify.valid') : t('verify.invalid')}
      </p>
      {fileName && <p className="field__hint">{t('verify.file', { name: fileName })}</p>}
      {verdict.ok ? (
        <>
          <p className="verdict__lead">{t('verify.validLead')}</p>
          {verdict.printedHashChecked && <p className="verdict__lead" data-testid="printed-match">✓ {t('verify.printedMatches')}</p>}
          <BundleSummaryView summary={verdict.summary} />
          {verdict.pdf && <PdfFindingsView pdf={verdict.pdf} />}
        </>
      ) : (
        <>
          {verdict.pdf && !(PDF_PROBLEMS as readonly string[]).includes(verdict.code) && <p className="verdict__lead">{t('verify.pdfBundleInvalid')}</p>}
          <p className="verdict__lead" data-testid="verdict-reason">{verdictMessage(t, i18n.language, verdict.code, verdict.params)}</p>
          <p className="field__hint">{t('verify.reasonCode', { code: verdict.code })}</p>
          {verdict.pdf && <PdfFindingsView pdf={verdict.pdf} />}
        </>
      )}
    </section>
  );
}
