import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NewWorkshopInput, TIME_ZONES } from '../../api/owner';
import type { TemplateSummary } from '../../api/templates';
import { TemplatePicker } from './TemplatePicker';

const EMPTY: NewWorkshopInput = { title: '', serviceName: '', institution: '', place: '', startDate: '', endDate: '', timeZone: 'WIB', templateId: '' };

/** Title and service are required; the rest describes the workshop on the owner's list. */
export function NewWorkshopForm({ onCreate }: { onCreate: (input: NewWorkshopInput) => Promise<string | null> }) {
  const { t } = useTranslation();
  const id = useId();
  const [input, setInput] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof NewWorkshopInput) => (e: { target: { value: string } }) => setInput((v) => ({ ...v, [key]: e.target.value }));
  // The service name follows the chosen template until the owner types their own.
  const [templateService, setTemplateService] = useState('');
  const pickTemplate = (template: TemplateSummary | null) => {
    const service = template?.serviceName ?? '';
    setInput((v) => ({ ...v, templateId: template?.id ?? '', serviceName: !v.serviceName.trim() || v.serviceName === templateService ? service : v.serviceName }));
    setTemplateService(service);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input.title.trim() || !input.serviceName.trim()) return setError(t('owner.required'));
    setBusy(true);
    const failure = await onCreate(input);
    setBusy(false);
    setError(failure);
    if (!failure) {
      setInput(EMPTY);
      setTemplateService('');
    }
  };

  const field = (key: keyof NewWorkshopInput, label: string, extra: { type?: string; hint?: string; required?: boolean } = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} className="input" type={extra.type ?? 'text'} value={input[key]} onChange={set(key)} required={extra.required}
        aria-describedby={extra.hint ? `${id}-${key}-hint` : undefined} data-testid={`owner-${key}`} />
      {extra.hint && <p id={`${id}-${key}-hint`} className="field__hint">{extra.hint}</p>}
    </div>
  );

  return (
    <form className="form form--compact" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} data-testid="owner-new-workshop">
      <h2 id={`${id}-title`}>{t('owner.newTitle')}</h2>
      <TemplatePicker value={input.templateId} onChange={pickTemplate} />
      {field('title', t('owner.fieldTitle'), { hint: t('owner.fieldTitleHint'), required: true })}
      {field('serviceName', t('owner.fieldService'), { hint: t('owner.fieldServiceHint'), required: true })}
      <div className="owner__grid">
        {field('institution', t('owner.fieldInstitution'))}
        {field('place', t('owner.fieldPlace'))}
      </div>
      <div className="owner__grid">
        {field('startDate', t('owner.fieldStart'), { type: 'date' })}
        {field('endDate', t('owner.fieldEnd'), { type: 'date' })}
        <div className="field">
          <label htmlFor={`${id}-tz`}>{t('owner.fieldTimeZone')}</label>
          <select id={`${id}-tz`} className="input" value={input.timeZone} onChange={set('timeZone')} data-testid="owner-timeZone">
            {TIME_ZONES.map((z) => <option key={z} value={z}>{t(`owner.timeZones.${z}`)}</option>)}
          </select>
        </div>
      </div>
      {error && <p className="field__error" role="alert">{error}</p>}
      <div>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="owner-create">
          {busy ? t('owner.creating') : t('owner.create')}
        </button>
      </div>
    </form>
  );
}
