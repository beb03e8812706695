/**
 * The join page opened directly (a scanned QR code, a typed link): the app's header (brand,
 * language switch) and the join view, in plain DOM with the same classes as `App.tsx` and
 * `features/language/LanguageSwitch.tsx`, so it looks the same. Leaving it (joined, "open my
 * workshop", home) hands the page over to the React app in the same document: the path is
 * pushed and `bootApp` renders the app into the same root, which replaces this page.
 */
import { joinId } from '../i18n/join/id';
import { LANGUAGES, type Language, readStoredLanguage, storeLanguage } from '../i18n/language';
import { paths } from '../router/routes';
import { appLink, h } from './dom';
import { mountJoinView } from './joinView';
import { loadJoinCatalogue, Texts } from './texts';

export async function startJoinPage(root: HTMLElement, joinCode: string, bootApp: () => Promise<void>): Promise<void> {
  const stored = readStoredLanguage();
  // Offline with the English chunk never fetched: the page opens in Bahasa Indonesia (as the app).
  const catalogue = await loadJoinCatalogue(stored).catch(() => joinId);
  const texts = new Texts(catalogue === joinId ? 'id' : stored, catalogue);
  document.documentElement.lang = texts.language;

  let handedOver = false;
  const go = (path: string) => {
    if (handedOver) return;
    handedOver = true;
    view.destroy(false); // stays on screen until the app has rendered
    history.pushState(null, '', path);
    window.scrollTo(0, 0);
    // The app's chunks did not arrive (the network dropped): the browser's own load of the path.
    bootApp().catch(() => location.reload());
  };

  const switchTo = (language: Language) => {
    storeLanguage(language);
    texts.setLanguage(language).then(
      () => {
        document.documentElement.lang = texts.language;
      },
      (error: unknown) => console.warn(`Language ${language} not loaded.`, error),
    );
  };
  const languageButton = (language: Language) => {
    const long = language === 'id' ? 'language.idLong' : 'language.enLong';
    const button = h('button', { type: 'button', lang: language, 'data-testid': `language-${language}` });
    texts.bind(button, () => String(texts.language === language), 'aria-pressed');
    texts.bind(button, (t) => t(long), 'title');
    // The visible "ID" stays part of the accessible name (WCAG 2.5.3, label in name).
    button.append(
      texts.bind(document.createTextNode(''), (t) => t(language === 'id' ? 'language.id' : 'language.en')),
      texts.bind(h('span', { class: 'visually-hidden' }), (t) => ` ${t(long)}`),
    );
    button.addEventListener('click', () => switchTo(language));
    return button;
  };

  const page = h('div', { class: 'page page--narrow', 'data-testid': 'join-view' });
  const brand = appLink(paths.home(), { class: 'app-header__brand' }, go);
  brand.append(
    texts.bind(h('span', { class: 'app-header__name' }), (t) => t('app.name')),
    texts.bind(h('span', { class: 'app-header__tagline' }), (t) => t('app.tagline')),
  );
  root.replaceChildren(
    h(
      'div',
      { class: 'app app--join' },
      texts.bind(h('a', { class: 'skip-link', href: '#main' }), (t) => t('app.skipToContent')),
      h(
        'header',
        { class: 'app-header' },
        brand,
        h(
          'fieldset',
          { class: 'language-switch', 'data-testid': 'language-switch' },
          texts.bind(h('legend', { class: 'visually-hidden' }), (t) => t('language.label')),
          ...LANGUAGES.map(languageButton),
        ),
      ),
      h('main', { id: 'main', class: 'app-main' }, page),
    ),
  );
  const view = mountJoinView(page, joinCode, { texts, go });
}
