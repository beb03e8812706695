import {
  CATEGORY_INFO,
  SECTOR_LABELS,
  type Sector,
  STAKEHOLDER_CATEGORIES,
  type StakeholderCategory,
} from '../../../shared/schema/stakeholders';
import { isLanguage, type Language } from './language';

/** i18next may report a regional code ('en-GB'); domain labels exist for 'id' and 'en'. */
export function baseLanguage(language: string | undefined): Language {
  const base = language?.slice(0, 2);
  return isLanguage(base) ? base : 'id';
}

export function sectorLabel(sector: Sector, language: string | undefined): string {
  return SECTOR_LABELS[sector][baseLanguage(language)];
}

/**
 * A sector inside a sentence, for templates such as "Nobody from {{sector}} has joined." and
 * "Belum ada peserta dari sektor {{sector}}.": lower case, and in English with the noun and
 * article the label lacks or already has ("the private sector", never "Private sector sector").
 */
const SECTOR_IN_SENTENCE: Record<Sector, Record<Language, string>> = {
  government: { id: 'pemerintah', en: 'the government sector' },
  private: { id: 'swasta', en: 'the private sector' },
  civil_society: { id: 'masyarakat', en: 'civil society' },
};

export function sectorInSentence(sector: Sector, language: string | undefined): string {
  return SECTOR_IN_SENTENCE[sector][baseLanguage(language)];
}

export function categoryLabel(category: StakeholderCategory, language: string | undefined): string {
  return CATEGORY_INFO[category][baseLanguage(language)];
}

/** Categories whose default sector is `sector` first, then the rest (a person may differ). */
export function categoriesBySector(sector: Sector): {
  matching: StakeholderCategory[];
  other: StakeholderCategory[];
} {
  const matching = STAKEHOLDER_CATEGORIES.filter((c) => CATEGORY_INFO[c].sector === sector);
  const other = STAKEHOLDER_CATEGORIES.filter((c) => CATEGORY_INFO[c].sector !== sector);
  return { matching, other };
}

/** The category to preselect for a sector: its first matching category. */
export function defaultCategoryFor(sector: Sector): StakeholderCategory {
  return categoriesBySector(sector).matching[0] ?? STAKEHOLDER_CATEGORIES[0];
}
