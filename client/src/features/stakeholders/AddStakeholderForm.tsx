import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSectorOf, SECTORS, type Sector, STAKEHOLDER_CATEGORIES, type StakeholderCategory } from '../../../../shared/schema/stakeholders';
import { addStakeholder } from '../../actions/stakeholders';
import { useCommand } from '../../actions/useCommand';
import { categoryLabel, sectorLabel } from '../../i18n/labels';
import { RefusalNotice } from '../common/RefusalNotice';
import { SCORES } from './gridModel';

/** Registers a stakeholder card (command addStakeholder, allowed in the mapping step). */
export function AddStakeholderForm() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const command = useCommand();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [category, setCategory] = useState<StakeholderCategory>('service_user');
  const [sector, setSector] = useState<Sector>('civil_society');
  const [power, setPower] = useState(2);
  const [interest, setInterest] = useState(4);
  const [legitimacy, setLegitimacy] = useState(true);
  const [urgency, setUrgency] = useState(false);
  const [vulnerable, setVulnerable] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const ok = await command.run(
      addStakeholder({
        name: name.trim(),
        ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
        category,
        sector,
        power,
        interest,
        salience: { power: power >= 4, legitimacy, urgency },
        userGroupIds: [],
        isVulnerableGroupRep: vulnerable,
        publishNameConsent: false,
      }),
    );
    if (ok) {
      setName('');
      setOrganisation('');
    }
  };

  const score = (label: string, value: number, set: (n: number) => void, testId: string) => (
    <label className="field field--inline">
      {label}
      <select className="input" value={value} onChange={(e) => set(Number(e.target.value))} data-testid={testId}>
        {SCORES.map((s) => <option key={s} value={s}>{s}</option>)}
      </select>
    </label>
  );

  return (
    <form className="form form--compact" onSubmit={submit} data-testid="add-stakeholder-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('grid.add.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('grid.add.name')}</label>
        <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200}
          data-testid="add-stakeholder-name" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-org`}>{t('grid.add.organisation')}</label>
        <input id={`${id}-org`} className="input" value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={200} />
      </div>
      <div className="form__row">
        <label className="field field--inline">
          {t('join.categoryLabel')}
          <select className="input" value={category} data-testid="add-stakeholder-category"
            onChange={(e) => {
              const next = e.target.value as StakeholderCategory;
              setCategory(next);
              setSector(defaultSectorOf(next));
            }}>
            {STAKEHOLDER_CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c, i18n.language)}</option>)}
          </select>
        </label>
        <label className="field field--inline">
          {t('join.sectorLabel')}
          <select className="input" value={sector} onChange={(e) => setSector(e.target.value as Sector)} data-testid="add-stakeholder-sector">
            {SECTORS.map((s) => <option key={s} value={s}>{sectorLabel(s, i18n.language)}</option>)}
          </select>
        </label>
        {score(t('grid.power'), power, setPower, 'add-stakeholder-power')}
        {score(t('grid.interest'), interest, setInterest, 'add-stakeholder-interest')}
      </div>
      <fieldset className="form__checks">
        <legend>{t('grid.add.salience')}</legend>
        <label><input type="checkbox" checked={legitimacy} onChange={(e) => setLegitimacy(e.target.checked)} /> {t('grid.add.legitimacy')}</label>
        <label><input type="checkbox" checked={urgency} onChange={(e) => setUrgency(e.target.checked)} /> {t('grid.add.urgency')}</label>
        <label><input type="checkbox" checked={vulnerable} onChange={(e) => setVulnerable(e.target.checked)} /> {t('grid.add.vulnerable')}</label>
      </fieldset>
      <RefusalNotice runner={command} />
      <button type="submit" className="button button--primary" disabled={command.busy || !name.trim()} data-testid="add-stakeholder-submit">
        {t('grid.add.submit')}
      </button>
    </form>
  );
}
