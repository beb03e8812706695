import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';

interface Details {
  nomor: string;
  institution: string;
  place: string;
}
const FIELDS = ['nomor', 'institution', 'place'] as const;

/**
 * What the office writes on the naskah besides what the room agreed: its nomor (from the office's
 * register), the provider institution and the place of signing. Stored with the workshop, not in
 * the signed charter, so it can be corrected after signing; every PDF made afterwards prints it.
 * Facilitators only.
 */
export function NaskahDetailsForm() {
  const { t } = useTranslation();
  const { workshopId, token, me } = useSession();
  const id = useId();
  const [details, setDetails] = useState<Details | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const isFacilitator = me.role === 'facilitator' || me.role === 'co_facilitator';
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/details`;

  useEffect(() => {
    if (!isFacilitator) return;
    let live = true;
    void fetch(path, { headers: { Authorization: `Bearer ${token}` } })
      .then((res) => (res.ok ? res.json() : null))
      .then((d: Record<keyof Details, string | null> | null) => {
        if (live && d) setDetails({ nomor: d.nomor ?? '', institution: d.institution ?? '', place: d.place ?? '' });
      })
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
    };
  }, [isFacilitator, path, token]);

  if (!isFacilitator || !details) return null;
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setState('saving');
    try {
      const res = await fetch(path, { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(details) });
      setState(res.ok ? 'saved' : 'failed');
    } catch {
      setState('failed');
    }
  };
  return (
    <form className="panel form form--compact" onSubmit={(e) => void save(e)} aria-labelledby={`${id}-title`} data-testid="naskah-details">
      <h2 id={`${id}-title`}>{t('charterPanel.detailsTitle')}</h2>
      <p className="field__hint">{t('charterPanel.detailsHint')}</p>
      {FIELDS.map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{t(`charterPanel.details.${key}`)}</label>
          <input id={`${id}-${key}`} className="input" value={details[key]} maxLength={key === 'nomor' ? 120 : 200}
            placeholder={key === 'nomor' ? '100.3/045/Disdukcapil/XII/2026' : undefined}
            onChange={(e) => { setDetails({ ...details, [key]: e.target.value }); setState('idle'); }} data-testid={`naskah-${key}`} />
        </div>
      ))}
      <div>
        <button type="submit" className="button button--small" disabled={state === 'saving'} data-testid="naskah-details-save">{t('charterPanel.detailsSave')}</button>
        {state === 'saved' && <span className="field__hint" role="status"> {t('charterPanel.detailsSaved')}</span>}
      </div>
      {state === 'failed' && <p className="field__error" role="alert">{t('charterPanel.recordsFailed')}</p>}
    </form>
  );
}
