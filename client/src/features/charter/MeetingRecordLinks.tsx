import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';

const KINDS = [
  { kind: 'berita-acara', label: 'charterPanel.beritaAcara', file: 'berita-acara-kesepakatan' },
  { kind: 'daftar-hadir', label: 'charterPanel.daftarHadir', file: 'daftar-hadir' },
  { kind: 'notulen', label: 'charterPanel.notulen', file: 'notulen' },
] as const;

/**
 * The Berita Acara Kesepakatan, the daftar hadir and the notulen, made by the server from the
 * event log. Facilitators only (the route needs their token), so a fetch and a download, not a link.
 */
export function MeetingRecordLinks() {
  const { t } = useTranslation();
  const { workshopId, token, me } = useSession();
  const [failed, setFailed] = useState(false);
  if (me.role !== 'facilitator' && me.role !== 'co_facilitator') return null;
  const download = async (kind: string, file: string) => {
    setFailed(false);
    try {
      const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/records/${kind}.pdf`, { headers: { Authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `${file}-${workshopId}.pdf`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="panel" aria-labelledby="records-title" data-testid="meeting-records">
      <h2 id="records-title">{t('charterPanel.recordsTitle')}</h2>
      <p className="field__hint">{t('charterPanel.recordsHint')}</p>
      <nav className="bundle-links">
        {KINDS.map((k) => (
          <button key={k.kind} type="button" className="button button--small" onClick={() => void download(k.kind, k.file)} data-testid={`download-${k.kind}`}>
            ⬇ {t(k.label)}
          </button>
        ))}
      </nav>
      {failed && <p className="field__error" role="alert">{t('charterPanel.recordsFailed')}</p>}
    </section>
  );
}
