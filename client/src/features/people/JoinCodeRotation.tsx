import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rotateJoinCode } from '../../api/links';
import { useSession } from '../../session/Session';

/**
 * Changes the join code (e.g. after revoking someone who still knows it). The old code stops
 * working at once; `onRotated` reloads the workshop so the console shows the new one.
 */
export function JoinCodeRotation({ onRotated }: { onRotated: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const rotate = async () => {
    if (!window.confirm(t('people.rotateConfirm', { code: session.info.joinCode }))) return;
    setBusy(true);
    try {
      const code = await rotateJoinCode(session.workshopId, session.token);
      setNotice({ ok: true, text: t('people.rotated', { code }) });
      onRotated();
    } catch {
      setNotice({ ok: false, text: t('people.rotateFailed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="join-code-rotation">
      <button type="button" className="link-button" onClick={() => void rotate()} disabled={busy} data-testid="rotate-join-code">
        {t('people.rotateCode')}
      </button>
      {notice && (
        <span className={notice.ok ? 'join-code-rotation__done' : 'field__error'} role={notice.ok ? 'status' : 'alert'} data-testid="rotate-join-code-notice">
          {' '}
          {notice.text}
        </span>
      )}
    </span>
  );
}
