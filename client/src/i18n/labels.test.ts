import { describe, expect, it } from 'vitest';
import { CATEGORY_INFO, SECTORS, STAKEHOLDER_CATEGORIES } from '../../../shared/schema/stakeholders';
import { en } from './en';
import { id } from './id';
import { baseLanguage, categoriesBySector, categoryLabel, defaultCategoryFor, sectorInSentence, sectorLabel } from './labels';

/** Every catalogue string that takes a `{{sector}}`. */
function sectorTemplates(value: unknown): string[] {
  if (typeof value === 'string') return value.includes('{{sector}}') ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(sectorTemplates);
}

describe('domain labels', () => {
  it('chooses the label by language, falling back to Indonesian', () => {
    expect(sectorLabel('civil_society', 'id')).toBe('Masyarakat');
    expect(sectorLabel('civil_society', 'en-GB')).toBe('Civil society');
    expect(categoryLabel('ngo', 'fr')).toBe('LSM');
    expect(baseLanguage(undefined)).toBe('id');
  });

  it('splits categories by sector without losing any', () => {
    for (const sector of SECTORS) {
      const { matching, other } = categoriesBySector(sector);
      expect(matching.every((c) => CATEGORY_INFO[c].sector === sector)).toBe(true);
      expect([...matching, ...other].sort()).toEqual([...STAKEHOLDER_CATEGORIES].sort());
      expect(CATEGORY_INFO[defaultCategoryFor(sector)].sector).toBe(sector);
    }
  });

  it('a sector inside a sentence reads as English and Indonesian, never "Private sector sector"', () => {
    const catalogues = { en, id } as const;
    for (const [language, catalogue] of Object.entries(catalogues)) {
      const templates = sectorTemplates(catalogue);
      expect(templates.length, language).toBeGreaterThan(0);
      for (const template of templates) {
        for (const sector of SECTORS) {
          const text = template.replaceAll('{{sector}}', sectorInSentence(sector, language)).replaceAll(/\{\{\w+\}\}/g, 'X');
          expect(text, text).not.toMatch(/\b(\w+) \1\b/i);
          // Inside a sentence the sector is not capitalised like a heading ("sektor Swasta").
          expect(text.slice(1), text).not.toMatch(new RegExp(sectorLabel(sector, language)));
        }
      }
    }
    expect(en.warnings.sectorAbsent.replace('{{sector}}', sectorInSentence('private', 'en'))).toBe('Nobody from the private sector has joined.');
    expect(id.warnings.sectorAbsent.replace('{{sector}}', sectorInSentence('private', 'id'))).toBe('Belum ada peserta dari sektor swasta.');
  });
});
