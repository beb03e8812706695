import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../i18n/i18n';
import { baseLanguage } from '../../i18n/labels';
import { LANGUAGES } from '../../i18n/language';

/** "ID | EN" toggle; the pressed button is the current language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = baseLanguage(i18n.language);
  return (
    <fieldset className="language-switch" data-testid="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          title={t(language === 'id' ? 'language.idLong' : 'language.enLong')}
          onClick={() => setLanguage(language)}
          data-testid={`language-${language}`}
        >
          {/* The visible "ID" stays part of the accessible name (WCAG 2.5.3, label in name). */}
          {t(language === 'id' ? 'language.id' : 'language.en')}
          <span className="visually-hidden"> {t(language === 'id' ? 'language.idLong' : 'language.enLong')}</span>
        </button>
      ))}
    </fieldset>
  );
}
