import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown after the server refused this device's changes for good and the client dropped them
 * (sync/refusedWrites.ts): the person must know their last edits are gone, and why.
 */
export function DiscardedNotice() {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="discarded-notice">
      <p>
        <strong>{t('discarded.title')}</strong>
      </p>
      <p>{t('discarded.body')}</p>
      <p className="notice__actions">
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          {t('discarded.dismiss')}
        </button>
      </p>
    </div>
  );
}
