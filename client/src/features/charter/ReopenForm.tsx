import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../actions/useCommand';
import { RefusalNotice } from '../common/RefusalNotice';

/** Reopen the frozen text with a reason (recorded in the log); the next freeze is a new version. */
export function ReopenForm() {
  const { t } = useTranslation();
  const command = useCommand();
  const [reason, setReason] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setEmpty(true);
    setEmpty(false);
    if (!window.confirm(t('charterPanel.reopenConfirm'))) return;
    if (await command.run({ type: 'reopenCharter', reason: reason.trim() })) setReason('');
  };
  return (
    <form className="form form--compact" onSubmit={submit} data-testid="reopen-form">
      <div className="field">
        <label htmlFor="reopen-reason">{t('charterPanel.reopenReason')}</label>
        <textarea id="reopen-reason" className="input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)}
          aria-describedby="reopen-hint" aria-invalid={empty} data-testid="reopen-reason" />
        <p className="field__hint" id="reopen-hint">{t('charterPanel.reopenHint')}</p>
      </div>
      {empty && <p className="field__error" role="alert">{t('charterPanel.reasonRequired')}</p>}
      <RefusalNotice runner={command} />
      <p>
        <button type="submit" className="button button--danger" disabled={command.busy} data-testid="reopen-button">
          {t('charterPanel.reopen')}
        </button>
      </p>
    </form>
  );
}
