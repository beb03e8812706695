import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTemplates, type TemplateSummary } from '../../api/templates';

/**
 * Choosing a service when creating a workshop (issue 17): an empty workshop, or one of the
 * service templates, whose user groups, stakeholder cards and draft clauses the new workshop
 * starts with. Radio cards, so the choice works the same with a keyboard, a screen reader and a thumb.
 */
export function TemplatePicker({ value, onChange }: { value: string; onChange: (template: TemplateSummary | null) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    listTemplates().then(
      (list) => live && setTemplates(list),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const text = (b: { id: string; en?: string }) => (i18n.language === 'en' && b.en ? b.en : b.id);

  return (
    <fieldset className="template-picker" aria-describedby={`${id}-hint`} data-testid="template-picker">
      <legend>{t('owner.templateLegend')}</legend>
      <p id={`${id}-hint`} className="field__hint">{t('owner.templateHint')}</p>
      <div className="template-picker__options">
        <label className="template-option">
          <input type="radio" name={`${id}-template`} value="" checked={value === ''} onChange={() => onChange(null)} data-testid="template-none" />
          <span className="template-option__body">
            <strong>{t('owner.templateNone')}</strong>
            <span className="template-option__summary">{t('owner.templateNoneHint')}</span>
          </span>
        </label>
        {templates?.map((tpl) => (
          <label key={tpl.id} className="template-option">
            <input type="radio" name={`${id}-template`} value={tpl.id} checked={value === tpl.id} onChange={() => onChange(tpl)} data-testid={`template-${tpl.id}`} />
            <span className="template-option__body">
              <strong>{text(tpl.name)}</strong>
              <span className="template-option__summary">{text(tpl.summary)}</span>
              <span className="template-option__meta">
                {t('owner.templateCounts', { groups: tpl.userGroups, stakeholders: tpl.stakeholders, clauses: tpl.clauses })}
              </span>
            </span>
          </label>
        ))}
      </div>
      {failed && <p className="field__hint" role="status">{t('owner.templatesFailed')}</p>}
    </fieldset>
  );
}
