import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../board/QrCode';

/**
 * A link that is someone's key (a facilitator's console, a participant's own view): the full
 * address, its QR code for a phone, and in plain words why and how to keep it.
 */
export function KeepLinkCard({ url, title, explanation, onClose }: { url: string; title: string; explanation: string; onClose?: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <section className="keep-link" aria-label={title} data-testid="keep-link">
      <h3 className="keep-link__title">{title}</h3>
      <div className="keep-link__body">
        <QrCode value={url} label={t('keepLink.qr')} />
        <div className="keep-link__text">
          <p className="keep-link__heading">{t('keepLink.heading')}</p>
          <p>{explanation}</p>
          <div className="button-row">
            <input className="input keep-link__url" readOnly value={url} aria-label={t('keepLink.label')} onFocus={(e) => e.currentTarget.select()} data-testid="keep-link-url" />
            <button type="button" className="button button--small button--quiet" onClick={copy}>
              {copied ? t('keepLink.copied') : t('keepLink.copy')}
            </button>
            {onClose && (
              <button type="button" className="button button--small button--quiet" onClick={onClose}>
                {t('keepLink.close')}
              </button>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
