/**
 * Sectors and stakeholder categories (domain reference: charter-method.md §2.1, §3).
 * A Kontrak Pelayanan is an agreement between three pillars, so every person and every
 * stakeholder card belongs to exactly one sector.
 */
export const SECTORS = ['government', 'private', 'civil_society'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, { id: string; en: string }> = {
  government: { id: 'Pemerintah', en: 'Government' },
  private: { id: 'Swasta', en: 'Private sector' },
  // The article's pillar is *masyarakat*: users and their organisations. "Masyarakat sipil" reads as
  // NGOs only, and an ordinary mother does not see herself in it.
  civil_society: { id: 'Masyarakat', en: 'Civil society' },
};

export const STAKEHOLDER_CATEGORIES = [
  'provider_unit',
  'head_of_region',
  'dprd',
  'service_user',
  'ngo',
  'community_leader',
  'religious_leader',
  'academic',
  'private_provider',
  'media',
  'oversight',
  'vulnerable_group_org',
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

interface CategoryInfo {
  sector: Sector;
  id: string;
  en: string;
}

/** Each category's default sector; a person may override it when the default does not fit. */
export const CATEGORY_INFO: Record<StakeholderCategory, CategoryInfo> = {
  provider_unit: { sector: 'government', id: 'Unit penyelenggara layanan', en: 'Service provider unit' },
  head_of_region: { sector: 'government', id: 'Pimpinan daerah', en: 'Head of region' },
  dprd: { sector: 'government', id: 'DPRD', en: 'Regional parliament (DPRD)' },
  service_user: { sector: 'civil_society', id: 'Pengguna layanan', en: 'Service user' },
  ngo: { sector: 'civil_society', id: 'LSM', en: 'NGO' },
  community_leader: { sector: 'civil_society', id: 'Tokoh masyarakat', en: 'Community leader' },
  religious_leader: { sector: 'civil_society', id: 'Tokoh agama', en: 'Religious leader' },
  academic: { sector: 'civil_society', id: 'Akademisi', en: 'Academic' },
  private_provider: { sector: 'private', id: 'Penyedia layanan swasta', en: 'Private provider' },
  media: { sector: 'civil_society', id: 'Media', en: 'Media' },
  oversight: { sector: 'government', id: 'Pengawas / Ombudsman', en: 'Oversight / Ombudsman' },
  vulnerable_group_org: {
    sector: 'civil_society',
    id: 'Organisasi kelompok rentan',
    en: 'Vulnerable-group organisation',
  },
};

export function defaultSectorOf(category: StakeholderCategory): Sector {
  return CATEGORY_INFO[category].sector;
}

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

export function isStakeholderCategory(value: unknown): value is StakeholderCategory {
  return typeof value === 'string' && (STAKEHOLDER_CATEGORIES as readonly string[]).includes(value);
}
