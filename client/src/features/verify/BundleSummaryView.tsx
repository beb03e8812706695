import { useTranslation } from 'react-i18next';
import type { BundleSummary } from '../../../../shared/charter/verifyBundle';
import { Fingerprint } from '../signing/Fingerprint';
import { capacityText, formatWhen } from '../signing/format';
import { groupHash } from '../signing/signOffModel';

/** What a valid bundle says: which charter, who signed in which capacity, the seal key, the hash. */
export function BundleSummaryView({ summary }: { summary: BundleSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="bundle-summary" data-testid="bundle-summary">
      <h2>{t('verify.charter', { serviceName: summary.serviceName })}</h2>
      <p className="lead">{summary.title}</p>
      {summary.view === 'public' && (
        <p className="field__hint" data-testid="public-view-note">
          {t('verify.publicView')}
        </p>
      )}
      <p>{t('verify.version', { version: summary.charterVersion, at: formatWhen(summary.frozenAt, lang) })}</p>
      <h3>{t('verify.signers')}</h3>
      <ul className="signature-status">
        {summary.signatures.map((s) => (
          <li key={`${s.capacity}-${s.keyId}`} className="signature-status__row is-signed" data-testid="verified-signer" data-capacity={s.capacity}>
            <span className="signature-status__mark" aria-hidden="true">✓</span>
            <div>
              <strong>{capacityText(s.capacity, lang)}</strong>
              <p className="signature-status__who">{t('signOff.signedBy', { name: s.name, title: s.title, institution: s.institution })}</p>
              <p className="field__hint">{t('verify.signedAt', { at: formatWhen(s.signedAt, lang) })}</p>
            </div>
          </li>
        ))}
        {(summary.wetInk ?? []).map((s) => (
          <li key={`${s.capacity}-wet-${s.name}`} className="signature-status__row is-signed" data-testid="verified-signer" data-capacity={s.capacity} data-method="wet_ink">
            <span className="signature-status__mark" aria-hidden="true">✎</span>
            <div>
              <strong>{capacityText(s.capacity, lang)}</strong>
              <p className="signature-status__who">{t('signOff.signedBy', { name: s.name, title: s.title, institution: s.institution })}</p>
              <p className="field__hint">{t('verify.wetInk', { recordedBy: s.recordedBy, at: formatWhen(s.recordedAt, lang), signedAt: formatWhen(s.signedAt, lang) })}</p>
              {/* In groups of four, so the hash wraps on a phone and reads aloud like the fingerprint. */}
              {s.scanSha256 && <p className="field__hint">{t('signOff.wetInkScan', { hash: groupHash(s.scanSha256).join(' ') })}</p>}
            </div>
          </li>
        ))}
      </ul>
      <h3>{t('verify.seal')}</h3>
      <p className="bundle-summary__code" data-testid="seal-key-id" data-key-id={summary.seal.keyId}>
        {t('verify.sealKey', { keyId: summary.seal.keyId, at: formatWhen(summary.seal.sealedAt, lang) })}
      </p>
      <p className="field__hint">{t('verify.sealNotPinned', { path: '/api/seal-key' })}</p>
      <Fingerprint sha256={summary.charterSha256} label={t('verify.hash')} />
    </div>
  );
}
