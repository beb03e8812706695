import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchJson } from '../../api/http';
import { readToken } from '../../api/tokens';

/**
 * A board link for the projector laptop, when it is not this one: the wall-screen identity
 * (read-only), never the facilitator's own key. Each press gives a fresh link; earlier ones
 * keep working.
 */
export function BoardLinkForDevice({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [link, setLink] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const create = async (): Promise<void> => {
    const token = readToken(workshopId);
    if (!token) return;
    try {
      const { path } = await fetchJson<{ path: string }>(`/api/workshops/${encodeURIComponent(workshopId)}/board-link`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      });
      setLink(`${location.origin}${path}`);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <span className="board-link">
      <button type="button" className="link-button" onClick={() => void create()} data-testid="board-link-create">
        {t('facilitator.boardLinkForDevice')}
      </button>
      {link && (
        <input
          className="board-link__url"
          readOnly
          value={link}
          aria-label={t('facilitator.boardLinkLabel')}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="board-link-url"
        />
      )}
      {failed && <span role="alert">{t('facilitator.boardLinkFailed')}</span>}
    </span>
  );
}
