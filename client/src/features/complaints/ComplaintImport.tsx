import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_FIELDS, type ComplaintField, type ComplaintMapping } from '../../../../shared/schema/complaints';
import { ApiError } from '../../api/http';
import { type ImportCommitted, type ImportPreview, MAX_IMPORT_BYTES, uploadComplaints } from '../../api/complaintImport';
import { useSession } from '../../session/Session';
import { formatDay } from './complaintModel';

const REQUIRED: ReadonlySet<ComplaintField> = new Set(['date', 'text']);

/**
 * Import a complaint system's export (CSV or .xlsx): choose the file, check which column holds
 * which field (the last mapping is offered again), read the preview (rows accepted, rows refused
 * with why), then record all accepted rows at once. Columns with names or contact details are
 * never stored, and the screen says so.
 */
export function ComplaintImport() {
  const { t, i18n } = useTranslation();
  const { workshopId, token } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [channel, setChannel] = useState('');
  const [mapping, setMapping] = useState<Partial<ComplaintMapping>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState<ImportCommitted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const explain = (err: unknown) => {
    const e = err instanceof ApiError ? err : new ApiError(0, 'network', String(err));
    const key = `complaints.fileError.${e.code}`;
    return t(key, { ...e.params, defaultValue: t('complaints.fileError.other', { message: e.message }) });
  };

  const run = async (chosen: File, step: 'preview' | 'commit', withMapping?: Partial<ComplaintMapping>) => {
    setBusy(true);
    setError(null);
    try {
      if (chosen.size > MAX_IMPORT_BYTES) throw new ApiError(413, 'import_too_large', 'too large', { maxBytes: MAX_IMPORT_BYTES });
      const answer = await uploadComplaints(workshopId, token, chosen, { step, name: chosen.name, ...(withMapping ? { mapping: withMapping } : {}), ...(channel.trim() ? { channel: channel.trim() } : {}) });
      if (step === 'preview') {
        const p = answer as ImportPreview;
        setPreview(p);
        setMapping(p.mapping);
      } else {
        setDone(answer as ImportCommitted);
        setPreview(null);
        setFile(null);
      }
    } catch (err) {
      setError(explain(err));
    } finally {
      setBusy(false);
    }
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setDone(null);
    setMapping({});
    if (chosen) void run(chosen, 'preview');
  };

  const mapField = (field: ComplaintField, header: string) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    setMapping(next);
    if (file && next.date && next.text) void run(file, 'preview', next);
  };

  const ready = preview !== null && mapping.date !== undefined && mapping.text !== undefined && (mapping.channel !== undefined || channel.trim() !== '');
  const mbMax = MAX_IMPORT_BYTES / (1024 * 1024);
  return (
    <section className="panel complaint-import" aria-labelledby="complaint-import-title" data-testid="complaint-import">
      <h2 id="complaint-import-title">{t('complaints.importTitle')}</h2>
      <p className="field__hint">{t('complaints.importHint', { mb: mbMax })}</p>
      <p className="notice" data-testid="complaint-privacy">{t('complaints.privacy')}</p>
      <div className="complaint-import__file">
        <label className="field">
          <span className="field__label">{t('complaints.file')}</span>
          <input className="input" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="complaint-file"
            onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        </label>
        <label className="field">
          <span className="field__label">{t('complaints.defaultChannel')}</span>
          <input className="input" type="text" value={channel} maxLength={80} placeholder="SP4N-LAPOR!" onChange={(e) => setChannel(e.target.value)} data-testid="complaint-default-channel" />
        </label>
      </div>
      {busy && <p className="field__hint" role="status">{t('complaints.reading')}</p>}
      {error && <p className="field__error" role="alert" data-testid="complaint-import-error">{error}</p>}
      {done && (
        <p className="notice notice--ok" role="status" data-testid="complaint-import-done">
          {t('complaints.imported', { count: done.recorded, refused: done.refused.length })}
        </p>
      )}
      {preview && file && (
        <div className="complaint-import__preview" data-testid="complaint-preview">
          <p className="field__hint">
            {t(preview.format === 'xlsx' ? 'complaints.readXlsx' : preview.encoding === 'windows-1252' ? 'complaints.readWindows1252' : 'complaints.readUtf8', { rows: preview.rows })}
            {preview.remembered && ` ${t('complaints.mappingRemembered')}`}
          </p>
          {preview.personalColumns.length > 0 && (
            <p className="notice notice--warn" data-testid="complaint-dropped">{t('complaints.dropped', { columns: preview.personalColumns.join(', ') })}</p>
          )}
          <fieldset className="complaint-import__mapping">
            <legend>{t('complaints.mappingTitle')}</legend>
            {COMPLAINT_FIELDS.map((field) => (
              <label key={field} className="field">
                <span className="field__label">{t(`complaints.field.${field}`)}{REQUIRED.has(field) ? ' *' : ''}</span>
                <select className="input" value={mapping[field] ?? ''} onChange={(e) => mapField(field, e.target.value)} data-testid={`complaint-map-${field}`}>
                  <option value="">{t('complaints.noColumn')}</option>
                  {preview.headers.filter((h) => h && !preview.personalColumns.includes(h)).map((h) => (
                    <option key={h} value={h}>{h}</option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          <p data-testid="complaint-preview-counts">
            <strong>{t('complaints.acceptedCount', { count: preview.accepted.length })}</strong> · {t('complaints.refusedCount', { count: preview.refused.length })}
          </p>
          {preview.refused.length > 0 && (
            <details open={preview.refused.length <= 10}>
              <summary>{t('complaints.refusedTitle')}</summary>
              <ul className="complaint-import__refused" data-testid="complaint-refused">
                {preview.refused.slice(0, 200).map((r) => (
                  <li key={`${r.row}-${r.reason}`} data-reason={r.reason}>
                    {t('complaints.rowN', { row: r.row })}: {t(`complaints.reason.${r.reason}`, { ...r.params })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview.accepted.length > 0 && (
            <table className="complaint-table">
              <caption>{t('complaints.sample')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('complaints.field.date')}</th>
                  <th scope="col">{t('complaints.field.channel')}</th>
                  <th scope="col">{t('complaints.field.text')}</th>
                  <th scope="col">{t('complaints.field.userGroup')}</th>
                  <th scope="col">{t('complaints.field.category')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.accepted.slice(0, 5).map((r) => (
                  <tr key={r.row}>
                    <td>{formatDay(r.date, i18n.language)}</td>
                    <td>{r.channel}</td>
                    <td>{r.text}</td>
                    <td>{r.userGroup ?? ''}</td>
                    <td>{r.category ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" className="button button--primary" disabled={!ready || busy || preview.accepted.length === 0} onClick={() => void run(file, 'commit', mapping)} data-testid="complaint-commit">
            {t('complaints.commit', { count: preview.accepted.length })}
          </button>
          {!ready && <p className="field__hint">{t('complaints.mappingNeeded')}</p>}
        </div>
      )}
    </section>
  );
}
