import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { type Catalogue, id } from './id';
import { DEFAULT_LANGUAGE, type Language, readStoredLanguage, storeLanguage } from './language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

/** Initialises i18next synchronously (resources are bundled) in the stored language. */
export function initI18n(): typeof i18next {
  const lng = readStoredLanguage();
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['id', 'en'],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

/** Switches the UI language, remembers it and keeps `<html lang>` right for screen readers. */
export function setLanguage(language: Language): void {
  storeLanguage(language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}
