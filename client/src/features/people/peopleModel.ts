import type { Participant } from '../../../../shared/schema/participants';
import { SECTORS, type Sector } from '../../../../shared/schema/stakeholders';

export interface SectorGroup {
  sector: Sector | null;
  people: Participant[];
}

/** People by sector (government, private, civil society, then those without one), by category and name within. */
export function peopleBySector(participants: readonly Participant[]): SectorGroup[] {
  const sort = (list: Participant[]) =>
    list.sort((a, b) => (a.category ?? '').localeCompare(b.category ?? '') || a.displayName.localeCompare(b.displayName));
  const groups: SectorGroup[] = SECTORS.map((sector) => ({ sector, people: sort(participants.filter((p) => p.sector === sector)) }));
  groups.push({ sector: null, people: sort(participants.filter((p) => p.sector === null)) });
  return groups.filter((g) => g.people.length > 0);
}

/** Who a facilitator may enter input for: active participants who represent a sector. */
export function proxyCandidates(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => !p.revoked && p.role === 'participant' && p.sector !== null).sort((a, b) => a.displayName.localeCompare(b.displayName));
}
