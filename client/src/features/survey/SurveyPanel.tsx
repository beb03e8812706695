import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isValidAverage, SURVEY_ELEMENT_COUNT } from '../../../../shared/rules/skm';
import { parseNumber } from '../../../../shared/rules/surveyTable';
import { entryOf } from '../../../../shared/schema/records';
import { SURVEY_ELEMENT_CODES } from '../../../../shared/schema/surveyElements';
import { surveyOf } from '../../../../shared/state/workshopState';
import { boardBackToStep, showSurveyOnBoard } from '../../actions/boardFocus';
import { newRecordId } from '../../actions/newRecordId';
import { refusalMessage } from '../../actions/refusalMessage';
import { recordTypedAverages } from '../../actions/survey';
import { useCommand } from '../../actions/useCommand';
import { ApiError } from '../../api/http';
import { importSurveyFile, type SurveyFileKind, type SurveyReading } from '../../api/survey';
import { useSession } from '../../session/Session';
import { SurveyResultTable } from './SurveyResultTable';
import { elementName } from './surveyView';

/**
 * "Survei (SKM)" in the console: the recorded result (index, grade, the nine elements, low ones
 * marked) with a button that puts it on the board, and two ways in: a file the server reads
 * (preview first, then save as one recorded survey), or the nine averages typed in.
 */
export function SurveyPanel() {
  const { t } = useTranslation();
  const { state } = useSession();
  const command = useCommand();
  const survey = surveyOf(state);
  const onBoard = survey !== null && state?.boardFocus?.kind === 'survey' && state.boardFocus.id === survey.id;
  const recorder = survey ? entryOf(state?.participants, survey.recordedBy)?.displayName ?? '' : '';
  return (
    <section className="panel survey" aria-labelledby="survey-title" data-testid="survey-panel">
      <h2 id="survey-title">{t('survey.title')}</h2>
      <p className="field__hint">{t('survey.intro')}</p>
      {survey ? (
        <>
          <p data-testid="survey-recorded">
            {survey.source === 'responses'
              ? t('survey.recordedResponses', { label: survey.label ?? t('survey.unnamed'), count: survey.respondents ?? 0, name: recorder })
              : t('survey.recordedAverages', { label: survey.label ?? t('survey.unnamed'), name: recorder })}
          </p>
          <SurveyResultTable averages={survey.averages} />
          <p>
            {onBoard ? (
              <button type="button" className="button button--quiet" disabled={command.busy} onClick={() => command.run(boardBackToStep())} data-testid="survey-board-back">
                {t('clause.backToStep')}
              </button>
            ) : (
              <button type="button" className="button" disabled={command.busy} onClick={() => command.run(showSurveyOnBoard(survey.id))} data-testid="survey-show-on-board">
                {t('survey.showOnBoard')}
              </button>
            )}
          </p>
          {command.error && <p className="field__error" role="alert">{command.error}</p>}
        </>
      ) : (
        <p className="empty">{t('survey.none')}</p>
      )}
      <SurveyFileImport />
      <TypedAverages />
    </section>
  );
}

const FILE_ERRORS = new Set(['missing_columns', 'wrong_encoding', 'unreadable_file', 'no_valid_rows', 'invalid_averages', 'too_many_rows', 'empty', 'body_too_large', 'unsupported_media_type']);

/** Why the server could not read the file, in the reader's language; other refusals as every command's. */
function fileErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  if (!FILE_ERRORS.has(error.code)) return refusalMessage(t, error);
  const translate = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  const missing = Array.isArray(error.params.missing) ? error.params.missing.join(', ') : '';
  return translate(`survey.fileError.${error.code}`, { ...error.params, missing });
}

function SurveyFileImport() {
  const { t } = useTranslation();
  const { workshopId, token } = useSession();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<SurveyFileKind>('responses');
  const [label, setLabel] = useState('');
  const [preview, setPreview] = useState<SurveyReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const send = async (mode: 'preview' | 'commit') => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const reading = await importSurveyFile(workshopId, token, file, { kind, mode, label: label.trim() || undefined, ...(mode === 'commit' ? { surveyId: newRecordId() } : {}) });
      if (mode === 'preview') setPreview(reading);
      else {
        setPreview(null);
        setSaved(true);
      }
    } catch (err) {
      setError(fileErrorText(t, err));
      if (mode === 'preview') setPreview(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form survey__import" onSubmit={(e) => { e.preventDefault(); void send('preview'); }} data-testid="survey-import">
      <h3>{t('survey.importTitle')}</h3>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('survey.label')}</label>
        <input id={`${id}-label`} className="input" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} placeholder={t('survey.labelHint')} />
      </div>
      <fieldset className="field">
        <legend>{t('survey.kind')}</legend>
        {(['responses', 'averages'] as const).map((k) => (
          <label key={k} className="survey__choice">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => { setKind(k); setPreview(null); }} />{' '}
            {t(k === 'responses' ? 'survey.kindResponses' : 'survey.kindAverages')}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('survey.file')}</label>
        <input id={`${id}-file`} className="input" type="file" accept=".csv,.xlsx,text/csv" data-testid="survey-file"
          onChange={(e) => { setFile(e.target.files?.[0] ?? null); setPreview(null); setSaved(false); setError(null); }} />
      </div>
      <p className="notice__actions">
        <button type="submit" className="button" disabled={!file || busy} data-testid="survey-preview">{t('survey.preview')}</button>
      </p>
      {error && <p className="field__error" role="alert" data-testid="survey-error">{error}</p>}
      {saved && <p className="notice notice--ok" role="status" data-testid="survey-saved">{t('survey.saved')}</p>}
      {preview && <SurveyPreview preview={preview} busy={busy} onCommit={() => void send('commit')} onCancel={() => setPreview(null)} />}
    </form>
  );
}

function SurveyPreview({ preview, busy, onCommit, onCancel }: { preview: SurveyReading; busy: boolean; onCommit: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const more = preview.refusedCount - preview.refused.length;
  return (
    <div className="survey__preview" data-testid="survey-preview-result">
      <h4>{t('survey.previewTitle')}</h4>
      {preview.respondents !== null && <p>{t('survey.respondents', { count: preview.respondents })}</p>}
      {preview.refusedCount === 0 ? (
        preview.kind === 'responses' && <p>{t('survey.noneRefused')}</p>
      ) : (
        <>
          <p>{t('survey.refusedCount', { count: preview.refusedCount })}</p>
          <ul className="survey__refused" data-testid="survey-refused">
            {preview.refused.map((r) => (
              <li key={r.row}>{t(`survey.rowReason.${r.code}`, { ...r, element: 'element' in r ? `${r.element} (${elementName(r.element, i18n.language)})` : '' })}</li>
            ))}
          </ul>
          {more > 0 && <p>{t('survey.refusedMore', { count: more })}</p>}
        </>
      )}
      <SurveyResultTable averages={preview.averages} />
      <p className="notice__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={onCommit} data-testid="survey-commit">{t('survey.commit')}</button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={onCancel}>{t('survey.cancel')}</button>
      </p>
    </div>
  );
}

function TypedAverages() {
  const { t, i18n } = useTranslation();
  const command = useCommand();
  const id = useId();
  const [values, setValues] = useState<string[]>(() => new Array(SURVEY_ELEMENT_COUNT).fill(''));
  const [invalid, setInvalid] = useState(false);
  const save = async () => {
    const numbers = values.map((v) => parseNumber(v));
    if (numbers.some((n) => n === null || !isValidAverage(n))) return setInvalid(true);
    setInvalid(false);
    if (await command.run(recordTypedAverages(numbers as number[]))) setValues(new Array(SURVEY_ELEMENT_COUNT).fill(''));
  };
  return (
    <details className="survey__typed">
      <summary>{t('survey.typedTitle')}</summary>
      <form className="survey__typed-grid" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {SURVEY_ELEMENT_CODES.map((code, i) => (
          <div key={code} className="field">
            <label htmlFor={`${id}-${code}`}>{code} {elementName(code, i18n.language)}</label>
            <input id={`${id}-${code}`} className="input" inputMode="decimal" value={values[i]} aria-invalid={invalid && !isValidAverage(parseNumber(values[i]!) ?? 0)}
              onChange={(e) => setValues((old) => old.map((v, j) => (j === i ? e.target.value : v)))} />
          </div>
        ))}
        <p className="notice__actions">
          <button type="submit" className="button" disabled={command.busy}>{t('survey.typedSave')}</button>
        </p>
        {invalid && <p className="field__error" role="alert">{t('survey.typedInvalid')}</p>}
        {command.error && <p className="field__error" role="alert">{command.error}</p>}
      </form>
    </details>
  );
}
