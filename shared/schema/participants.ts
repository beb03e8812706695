/** People in the room and the identity a command is issued under. */
import type { ParticipantId } from './ids';
import type { Sector, StakeholderCategory } from './stakeholders';

export const ROLES = ['facilitator', 'co_facilitator', 'participant', 'observer', 'signatory'] as const;
export type Role = (typeof ROLES)[number];

export interface Participant {
  id: ParticipantId;
  displayName: string;
  role: Role;
  /**
   * Fixed at join: per-sector tallies must not change after the fact. Null for people who
   * represent no pillar (the facilitator team, the wall-screen board); they cannot vote or answer.
   */
  sector: Sector | null;
  category?: StakeholderCategory;
  revoked: boolean;
  joinedAt: string;
  /**
   * SHA-256 (hex) of the device id the person's browser sent when joining by code, if it sent
   * one. A revoked person's device may not join again until a facilitator allows it
   * (`rejoinAllowed`). Server-side only: `publicProjection` leaves it out of the shared document.
   */
  deviceHash?: string;
  /** Set on a revoked participant whom a facilitator allowed to join again (as a new person). */
  rejoinAllowed?: boolean;
}

/**
 * Who issues a command. `onBehalfOf` is set when the facilitator types in someone's input
 * (a dot, an answer, a proposal) for a person without a device; the record then reads
 * "entered by the facilitator for X" and counts as X's input, in X's sector.
 */
export interface Actor {
  participantId: ParticipantId;
  role: Role;
  sector: Sector | null;
  onBehalfOf?: ParticipantId;
}
