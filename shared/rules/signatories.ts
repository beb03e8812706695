/**
 * Capacities in which people sign the charter (charter-method.md §2.4, §3 Signatory):
 * pihak pertama (the provider's head), pihak kedua (service-user representative),
 * saksi (witness) and mengetahui (acknowledged by, e.g. the head of region).
 */
import type { ParticipantId } from '../schema/ids';
import type { Sector } from '../schema/stakeholders';

export const SIGNATORY_CAPACITIES = ['pihak_pertama', 'pihak_kedua', 'saksi', 'mengetahui'] as const;
export type SignatoryCapacity = (typeof SIGNATORY_CAPACITIES)[number];

export const SIGNATORY_CAPACITY_LABELS: Record<SignatoryCapacity, { id: string; en: string }> = {
  pihak_pertama: { id: 'Pihak Pertama (pimpinan penyelenggara)', en: 'First party (head of the provider)' },
  pihak_kedua: { id: 'Pihak Kedua (wakil pengguna layanan)', en: 'Second party (service-user representative)' },
  saksi: { id: 'Saksi', en: 'Witness' },
  mengetahui: { id: 'Mengetahui', en: 'Acknowledged by' },
};

export interface Signatory {
  participantId: ParticipantId;
  capacity: SignatoryCapacity;
  /** Copied from the participant at enrolment; the gate checks sectors. */
  sector: Sector | null;
  enrolledBy: ParticipantId;
  enrolledAt: string;
}
