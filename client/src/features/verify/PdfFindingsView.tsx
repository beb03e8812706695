import { useTranslation } from 'react-i18next';
import { groupHash } from '../signing/signOffModel';
import type { PdfFindings } from './verifyModel';

/**
 * What the naskah PDF says around the charter it carries: the embedded bundle, its hash against
 * the PDF's metadata, and each electronic signature's byte range, in words that claim no check
 * that was not made (the certificate is the certification authority's to check).
 */
export function PdfFindingsView({ pdf }: { pdf: PdfFindings }) {
  const { t } = useTranslation();
  const metadataMatches = pdf.embeddedSha256 !== null && pdf.embeddedSha256 === pdf.metadataSha256;
  return (
    <div className="bundle-summary" data-testid="pdf-findings" data-signatures={pdf.signatures.length}>
      <h3>{t('verify.pdfTitle')}</h3>
      {pdf.embeddedName && <p>{t('verify.pdfEmbedded', { name: pdf.embeddedName })}</p>}
      {metadataMatches ? (
        <p data-testid="pdf-metadata" data-matches="true">
          ✓ {t('verify.pdfMetadataMatches')}
        </p>
      ) : (
        pdf.embeddedSha256 && (
          <>
            <p>✗ {t('verify.pdfMetadataDiffers')}</p>
            <dl className="pdf-hashes" data-testid="pdf-metadata" data-matches="false">
              <dt>{t('verify.pdfEmbeddedHash')}</dt>
              <dd className="bundle-summary__code">{groupHash(pdf.embeddedSha256).join(' ')}</dd>
              <dt>{t('verify.pdfMetadataHash')}</dt>
              <dd className="bundle-summary__code">{pdf.metadataSha256 ? groupHash(pdf.metadataSha256).join(' ') : '—'}</dd>
            </dl>
          </>
        )
      )}
      {pdf.signatures.length === 0 ? (
        <p>{t('verify.pdfNoSignature')}</p>
      ) : (
        <>
          <p>{t('verify.pdfSignatures', { count: pdf.signatures.length })}</p>
          <ul className="signature-status">
            {pdf.signatures.map((s, i) => {
              const intact = s.digestMatches === true;
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: signatures come in file order and never move
                  key={i}
                  className={`signature-status__row${intact ? ' is-signed' : ''}`}
                  data-testid="pdf-signature"
                  data-digest-matches={String(s.digestMatches)}
                  data-covers-whole-file={String(s.coversWholeFile)}
                >
                  <span className="signature-status__mark" aria-hidden="true">
                    {intact ? '✓' : '✗'}
                  </span>
                  <div>
                    <strong>
                      {i + 1}. {s.subFilter ?? '?'}
                    </strong>
                    <p>
                      {s.digestMatches === null
                        ? t('verify.pdfDigestMissing')
                        : s.digestMatches
                          ? t('verify.pdfDigestMatches', { algorithm: s.digestAlgorithm })
                          : t('verify.pdfDigestDiffers', { algorithm: s.digestAlgorithm })}
                    </p>
                    <p className="field__hint">{s.coversWholeFile ? t('verify.pdfCoversWhole') : t('verify.pdfAppended')}</p>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="field__hint" data-testid="pdf-caveat">
        {t('verify.pdfCaveat')}
      </p>
    </div>
  );
}
