/**
 * The plain join page's translations: the join catalogue (`i18n/join/*`, the same objects the
 * app's i18next catalogue spreads in) and `{{name}}` interpolation. Bahasa Indonesia is bundled;
 * English is fetched the first time it is needed, as in the app.
 */
import { interpolate } from '../i18n/interpolate';
import { type JoinCatalogue, joinId } from '../i18n/join/id';
import type { Language } from '../i18n/language';

type Group = keyof JoinCatalogue;
/** `join.title`, `app.name`, `language.enLong`… */
export type JoinKey = { [G in Group]: `${G}.${keyof JoinCatalogue[G] & string}` }[Group];
export type Translate = (key: JoinKey, params?: Readonly<Record<string, string>>) => string;

export async function loadJoinCatalogue(language: Language): Promise<JoinCatalogue> {
  if (language === 'id') return joinId;
  return (await import('../i18n/join/en')).joinEn;
}

export function translator(catalogue: JoinCatalogue): Translate {
  return (key, params) => {
    const [group, name] = key.split('.') as [Group, string];
    return interpolate((catalogue[group] as Record<string, string>)[name] ?? key, params);
  };
}

/**
 * Texts that follow the language: `bind` writes a node's text (or an attribute) now and again
 * after each `setLanguage`, so a switch keeps what the person typed in the form.
 */
export class Texts {
  private updaters: { node: Node; update: () => void }[] = [];
  /** The language last asked for; a slow English chunk must not undo a later switch back. */
  private wanted: Language;
  t: Translate;

  constructor(
    public language: Language,
    catalogue: JoinCatalogue,
  ) {
    this.wanted = language;
    this.t = translator(catalogue);
  }

  bind<N extends Node>(node: N, render: (t: Translate) => string, attribute?: string): N {
    const update = () => {
      const text = render(this.t);
      if (attribute && node instanceof Element) node.setAttribute(attribute, text);
      else node.textContent = text;
    };
    update();
    this.updaters.push({ node, update });
    return node;
  }

  async setLanguage(language: Language): Promise<void> {
    this.wanted = language;
    if (language === this.language) return;
    const catalogue = await loadJoinCatalogue(language);
    if (this.wanted !== language) return;
    this.language = language;
    this.t = translator(catalogue);
    // Nodes no longer on the page (an earlier state of the page) are forgotten.
    this.updaters = this.updaters.filter((u) => u.node.isConnected);
    for (const u of this.updaters) u.update();
  }
}
