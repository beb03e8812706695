import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../actions/useCommand';
import { RefusalNotice } from '../common/RefusalNotice';
import type { MySigning } from './signOffModel';
import type { SigningKeyState } from './useSigningKey';

/**
 * Step 1: the signatory's key. Creates one in this browser when there is none, then registers
 * its PUBLIC key with the title and institution printed under the signature.
 */
export function KeyRegistration({ keys, registered }: { keys: SigningKeyState; registered: MySigning['registered'] }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [title, setTitle] = useState(registered?.title ?? '');
  const [institution, setInstitution] = useState(registered?.institution ?? '');
  const [nip, setNip] = useState(registered?.nip ?? '');
  const [missing, setMissing] = useState(false);
  const nipDigits = nip.replace(/\s+/g, '');
  const nipInvalid = nipDigits !== '' && !/^\d{18}$/.test(nipDigits);
  const local = keys.key;
  const isRegistered = Boolean(local && registered && registered.publicKey === local.publicKey);
  const elsewhere = Boolean(registered && (!local || registered.publicKey !== local.publicKey));
  const unchanged = isRegistered && title.trim() === registered?.title && institution.trim() === registered?.institution && nipDigits === (registered?.nip ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !institution.trim() || nipInvalid) return setMissing(true);
    setMissing(false);
    const key = local ?? (await keys.create());
    if (!key) return;
    await command.run({ type: 'registerSigningKey', publicKey: key.publicKey, title: title.trim(), institution: institution.trim(), ...(nipDigits ? { nip: nipDigits } : {}) });
  };

  return (
    <form className="form signing-key" onSubmit={submit} aria-labelledby="signing-key-title" data-testid="key-form">
      <h3 id="signing-key-title">1. {t('signing.keyTitle')}</h3>
      <p className="field__hint">{t('signing.keyIntro')}</p>
      {isRegistered && local && (
        <p className="notice notice--ok" data-testid="key-registered" data-key-id={local.keyId}>
          ✓ {t('signing.registered', { keyId: `${local.keyId.slice(0, 12)}…` })}
        </p>
      )}
      {elsewhere && <p className="notice notice--warn">{t('signing.otherDevice')}</p>}
      {local && (
        <p className={local.kind === 'webcrypto' ? 'field__hint' : 'notice notice--warn'} data-testid="key-kind" data-kind={local.kind}>
          {local.kind === 'webcrypto' ? t('signing.webcrypto') : window.isSecureContext ? t('signing.fallback') : t('signing.fallbackInsecure')}
        </p>
      )}
      <div className="field">
        <label htmlFor="signing-job-title">{t('signing.jobTitle')}</label>
        <input id="signing-job-title" className="input" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="organization-title"
          aria-describedby="signing-job-title-hint" aria-invalid={missing && !title.trim()} data-testid="key-title" />
        <p className="field__hint" id="signing-job-title-hint">{t('signing.jobTitleHint')}</p>
      </div>
      <div className="field">
        <label htmlFor="signing-institution">{t('signing.institution')}</label>
        <input id="signing-institution" className="input" value={institution} onChange={(e) => setInstitution(e.target.value)} autoComplete="organization"
          aria-describedby="signing-institution-hint" aria-invalid={missing && !institution.trim()} data-testid="key-institution" />
        <p className="field__hint" id="signing-institution-hint">{t('signing.institutionHint')}</p>
      </div>
      <div className="field">
        <label htmlFor="signing-nip">{t('signing.nip')}</label>
        <input id="signing-nip" className="input" value={nip} onChange={(e) => setNip(e.target.value)} inputMode="numeric" autoComplete="off"
          aria-describedby="signing-nip-hint" aria-invalid={nipInvalid} data-testid="key-nip" />
        <p className="field__hint" id="signing-nip-hint">{t('signing.nipHint')}</p>
        {nipInvalid && <p className="field__error" role="alert">{t('signing.nipInvalid')}</p>}
      </div>
      {missing && <p className="field__error" role="alert">{t('signing.fieldsRequired')}</p>}
      {keys.error && <p className="field__error" role="alert">{t('signing.storageFailed', { message: keys.error })}</p>}
      <RefusalNotice runner={command} />
      <p>
        <button type="submit" className={isRegistered ? 'button' : 'button button--primary'} disabled={command.busy || keys.loading || unchanged} data-testid="key-register">
          {isRegistered ? t('signing.reregister') : t('signing.register')}
        </button>
      </p>
    </form>
  );
}
