import { describe, expect, it } from 'vitest';
import { CATEGORY_INFO, SECTORS, STAKEHOLDER_CATEGORIES } from '../../../shared/schema/stakeholders';
import { baseLanguage, categoriesBySector, categoryLabel, defaultCategoryFor, sectorLabel } from './labels';

describe('domain labels', () => {
  it('chooses the label by language, falling back to Indonesian', () => {
    expect(sectorLabel('civil_society', 'id')).toBe('Masyarakat sipil');
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
});
