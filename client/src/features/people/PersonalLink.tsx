import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personalLink } from '../../api/links';
import { useSession } from '../../session/Session';
import { KeepLinkCard } from '../links/KeepLinkCard';

/**
 * A personal link and QR code for one participant: someone who joined without a device answers
 * or signs from a borrowed phone; someone who lost their browser gets back in as themselves.
 */
export function PersonalLink({ participantId, name }: { participantId: string; name: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const issue = async () => {
    try {
      setUrl(`${location.origin}${await personalLink(session.workshopId, session.token, participantId)}`);
      setError(null);
    } catch (e) {
      setError(t('people.personalLinkFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <button type="button" className="button button--small" onClick={() => void issue()} aria-label={t('people.personalLinkOf', { name })} data-testid="person-link">
        {t('people.personalLink')}
      </button>
      {error && <span className="field__error" role="alert">{error}</span>}
      {url && (
        <div className="person__link">
          <KeepLinkCard url={url} title={t('people.personalLinkOf', { name })} explanation={t('keepLink.personal', { name })} onClose={() => setUrl(null)} />
        </div>
      )}
    </>
  );
}
