import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const SEEN_KEY = 'mufakat.keepPageOpenSeen';

/**
 * Shown once per device when the page is not a secure context (opened over plain http:// by
 * a LAN name or address): the browser then keeps no copy of the app, so a reload during a
 * Wi-Fi drop shows the browser's "no internet" page. What was typed is still kept on the
 * device and sent when the connection returns (issue 19; docs/THREAT_MODEL.md).
 */
export function KeepPageOpenNotice({ secure = window.isSecureContext }: { secure?: boolean }) {
  const { t } = useTranslation();
  const [seen, setSeen] = useState(() => secure || readSeen());
  if (seen) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(SEEN_KEY, '1');
    } catch {
      // Private mode without storage: the notice simply comes back next time.
    }
    setSeen(true);
  };
  return (
    <div className="notice notice--warn" role="note" data-testid="keep-page-open">
      <p>
        <strong>{t('keepOpen.title')}</strong>
      </p>
      <p>{t('keepOpen.body')}</p>
      <p className="notice__actions">
        <button type="button" className="button" onClick={dismiss} data-testid="keep-page-open-dismiss">
          {t('keepOpen.dismiss')}
        </button>
      </p>
    </div>
  );
}

function readSeen(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}
