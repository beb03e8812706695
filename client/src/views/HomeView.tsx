import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readOwnerToken } from '../api/owner';
import { Link } from '../router/Link';
import { navigate } from '../router/navigation';
import { normaliseJoinCode, paths } from '../router/routes';
import { myWorkshops } from '../api/myWorkshops';
import { MyWorkshopsList } from './MyWorkshopsList';
import { useDocumentTitle } from './useDocumentTitle';

/** `/`: back to a workshop this device has joined, or type the join code shown on the projector. */
export function HomeView() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const mine = useMemo(() => myWorkshops(), []);
  useDocumentTitle(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const joinCode = normaliseJoinCode(code);
    if (!joinCode) {
      setError(t('home.empty'));
      return;
    }
    navigate(paths.join(joinCode));
  };

  return (
    <div className="page page--narrow" data-testid="home-view">
      <h1>{mine.length > 0 ? t('home.mine') : t('home.title')}</h1>
      <MyWorkshopsList workshops={mine} />
      {mine.length > 0 && <h2>{t('home.otherTitle')}</h2>}
      <p>{t('home.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('home.codeLabel')}</label>
          <input
            id={inputId}
            className="input input--code"
            name="joinCode"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            aria-describedby={`${inputId}-hint`}
            aria-invalid={error ? true : undefined}
            data-testid="join-code-input"
          />
          <p id={`${inputId}-hint`} className="field__hint">
            {t('home.codeHint')}
          </p>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" data-testid="join-code-submit">
          {t('home.submit')}
        </button>
      </form>
      {readOwnerToken() && (
        <p>
          <Link href={paths.owner()} data-testid="home-owner-link">{t('home.ownerLink')}</Link>
        </p>
      )}
    </div>
  );
}
