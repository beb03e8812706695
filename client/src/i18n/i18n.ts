import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalogue } from './id';
import { idShell } from './idShell';
import { DEFAULT_LANGUAGE, type Language, readStoredLanguage, storeLanguage } from './language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

/**
 * Bahasa Indonesia is bundled with the app (the workshop screens' part with those screens);
 * English is a chunk of its own, fetched the first time someone needs it (most phones in the room
 * never do: ~11 KB less on every first visit).
 */
const loaded = new Set<Language>([DEFAULT_LANGUAGE]);

/**
 * Adds a part of the Indonesian catalogue that travels with the code using it
 * (`workshopStrings.ts`). English arrives whole, so it needs none.
 */
export function addIndonesian(part: object): void {
  // Always after `initI18n`: the screens that import these parts are loaded by the app it boots.
  i18next.addResourceBundle(DEFAULT_LANGUAGE, 'translation', part, true, true);
}

async function loadCatalogue(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  const { en } = await import('./en');
  i18next.addResourceBundle('en', 'translation', en, true, true);
  loaded.add(language);
}

/**
 * Initialises i18next in Bahasa Indonesia at once (its catalogue is bundled), then in the
 * stored language once that catalogue is here; resolves when the UI can render in it.
 */
export async function initI18n(): Promise<typeof i18next> {
  const stored = readStoredLanguage();
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: idShell } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['id', 'en'],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  document.documentElement.lang = DEFAULT_LANGUAGE;
  if (stored !== DEFAULT_LANGUAGE) {
    // Offline with the English chunk never fetched: the app opens in Bahasa Indonesia.
    await switchTo(stored).catch(() => {});
  }
  return i18next;
}

async function switchTo(language: Language): Promise<void> {
  await loadCatalogue(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** Switches the UI language, remembers it and keeps `<html lang>` right for screen readers. */
export function setLanguage(language: Language): void {
  storeLanguage(language);
  void switchTo(language).catch((error: unknown) => {
    console.warn(`Language ${language} not loaded.`, error);
  });
}
