import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchJson } from '../../api/http';
import { readToken, saveToken } from '../../api/tokens';
import { KeepLinkCard } from './KeepLinkCard';

/**
 * "Replace my link" (issue 19): one fresh link for this person; every earlier one (another
 * device, a link someone read off a plain-HTTP Wi-Fi) stops working at once. Asks first, then
 * reloads so this device reconnects with the new token (the server closed every socket opened
 * with the old ones), and shows the new link to keep (carried over the reload in sessionStorage).
 */
const SHOW_KEY = 'mufakat.replacedLink';

function takeShown(): string | null {
  try {
    return sessionStorage.getItem(SHOW_KEY);
  } catch {
    return null;
  }
}

export function ReplaceMyLink({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'idle' | 'asking' | 'busy' | 'failed'>('idle');
  const [url, setUrl] = useState<string | null>(takeShown);
  const replace = async (): Promise<void> => {
    const token = readToken(workshopId);
    if (!token) return;
    setStep('busy');
    try {
      const answer = await fetchJson<{ token: string }>(`/api/workshops/${encodeURIComponent(workshopId)}/my-link`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      });
      saveToken(workshopId, answer.token);
      const next = `${location.origin}${location.pathname}#token=${answer.token}`;
      try {
        sessionStorage.setItem(SHOW_KEY, next);
        location.reload();
      } catch {
        setUrl(next); // no sessionStorage: show it here; the page reconnects on its next load
        setStep('idle');
      }
    } catch {
      setStep('failed');
    }
  };
  if (url) {
    const close = () => {
      try {
        sessionStorage.removeItem(SHOW_KEY);
      } catch {
        // nothing kept
      }
      setUrl(null);
    };
    return <KeepLinkCard url={url} title={t('keepLink.replacedTitle')} explanation={t('keepLink.replaced')} onClose={close} />;
  }
  return (
    <div className="replace-link">
      {step === 'idle' && (
        <button type="button" className="link-button" onClick={() => setStep('asking')} data-testid="replace-link">
          {t('keepLink.replace')}
        </button>
      )}
      {(step === 'asking' || step === 'busy' || step === 'failed') && (
        <p className="notice notice--warn">
          {t('keepLink.replaceAsk')}{' '}
          <button type="button" className="button button--small" disabled={step === 'busy'} onClick={() => void replace()} data-testid="replace-link-confirm">
            {t('keepLink.replaceConfirm')}
          </button>{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => setStep('idle')}>
            {t('keepLink.replaceCancel')}
          </button>
          {step === 'failed' && <span role="alert"> {t('keepLink.replaceFailed')}</span>}
        </p>
      )}
    </div>
  );
}
