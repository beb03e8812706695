import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSector, SECTORS, type Sector, type StakeholderCategory } from '../../../shared/schema/stakeholders';
import { ApiError } from '../api/http';
import { joinWorkshop } from '../api/join';
import { saveToken } from '../api/tokens';
import { categoriesBySector, categoryLabel, defaultCategoryFor, sectorLabel } from '../i18n/labels';
import { navigate } from '../router/navigation';
import { paths } from '../router/routes';

/** Name, sector, category and user group; on success the token is stored and we open /w/<id>. */
export function JoinForm({ joinCode }: { joinCode: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [category, setCategory] = useState<StakeholderCategory | ''>('');
  const [userGroup, setUserGroup] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const groups = sector ? categoriesBySector(sector) : null;

  const chooseSector = (value: string) => {
    const next = isSector(value) ? value : '';
    setSector(next);
    // Keep a category that fits the new sector; otherwise preselect the sector's first one.
    if (next && !(category && categoriesBySector(next).matching.includes(category))) setCategory(defaultCategoryFor(next));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('join.nameRequired'));
    if (!sector || !category) return setError(t('join.sectorRequired'));
    setBusy(true);
    setError(null);
    try {
      const group = userGroup.trim();
      const joined = await joinWorkshop({ joinCode, name: name.trim(), sector, category, ...(group ? { userGroup: group } : {}) });
      saveToken(joined.workshopId, joined.participantToken);
      navigate(paths.participant(joined.workshopId));
    } catch (failure) {
      const apiError = failure instanceof ApiError ? failure : null;
      if (apiError?.code === 'device_revoked') setError(t('join.deviceRevoked'));
      else setError(apiError?.isNetwork ? t('join.network') : t('join.failed', { message: apiError?.message || apiError?.code || String(failure) }));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="join-form">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('join.nameLabel')}</label>
        <input id={`${id}-name`} className="input" name="name" value={name} onChange={(e) => setName(e.target.value)}
          autoComplete="name" maxLength={80} required aria-describedby={`${id}-name-hint`} data-testid="join-name" />
        <p id={`${id}-name-hint`} className="field__hint">{t('join.nameHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sector`}>{t('join.sectorLabel')}</label>
        <select id={`${id}-sector`} className="input" name="sector" value={sector} onChange={(e) => chooseSector(e.target.value)}
          required data-testid="join-sector">
          <option value="" disabled>{t('join.sectorPlaceholder')}</option>
          {SECTORS.map((s) => <option key={s} value={s}>{sectorLabel(s, i18n.language)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('join.categoryLabel')}</label>
        <select id={`${id}-category`} className="input" name="category" value={category} disabled={!groups}
          onChange={(e) => setCategory(e.target.value as StakeholderCategory)} required data-testid="join-category">
          {!groups && <option value="">{t('join.sectorPlaceholder')}</option>}
          {groups && (
            <>
              <optgroup label={t('join.categoriesForSector')}>
                {groups.matching.map((c) => <option key={c} value={c}>{categoryLabel(c, i18n.language)}</option>)}
              </optgroup>
              <optgroup label={t('join.otherCategories')}>
                {groups.other.map((c) => <option key={c} value={c}>{categoryLabel(c, i18n.language)}</option>)}
              </optgroup>
            </>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('join.userGroupLabel')}</label>
        <input id={`${id}-group`} className="input" name="userGroup" value={userGroup} onChange={(e) => setUserGroup(e.target.value)}
          maxLength={80} aria-describedby={`${id}-group-hint`} data-testid="join-user-group" />
        <p id={`${id}-group-hint`} className="field__hint">{t('join.userGroupHint')}</p>
      </div>
      {error && <p className="field__error" role="alert" data-testid="join-error">{error}</p>}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="join-submit">
        {busy ? t('join.submitting') : t('join.submit')}
      </button>
    </form>
  );
}
