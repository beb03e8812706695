/**
 * Stakeholder cards: the power-interest grid (Mendelow 1991) and the salience model (Mitchell,
 * Agle & Wood 1997). Domain reference: charter-method.md §2.1, §3.
 */
import { z } from 'zod';
import type { StakeholderId, UserGroupId } from './ids';
import { idSchema } from './ids';
import type { Sector, StakeholderCategory } from './stakeholders';
import { SECTORS, STAKEHOLDER_CATEGORIES } from './stakeholders';

/** Power and interest are scored 1 (lowest) to 5 (highest). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/**
 * A score counts as "high" from 4 upwards. 3 is the centre line of the grid: a card placed on it
 * has no clear lean, and calling it "high" would put most of the room into the key-player box,
 * hiding the warning that matters for a charter (key players who are all government).
 */
export const HIGH_SCORE_FROM = 4;

export const MENDELOW_QUADRANTS = ['key_player', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type MendelowQuadrant = (typeof MENDELOW_QUADRANTS)[number];

export function mendelowQuadrant(power: number, interest: number): MendelowQuadrant {
  const highPower = power >= HIGH_SCORE_FROM;
  const highInterest = interest >= HIGH_SCORE_FROM;
  if (highPower) return highInterest ? 'key_player' : 'keep_satisfied';
  return highInterest ? 'keep_informed' : 'monitor';
}

export interface SalienceAttributes {
  power: boolean;
  legitimacy: boolean;
  urgency: boolean;
}

export const SALIENCE_CLASSES = [
  'non_stakeholder',
  'dormant',
  'discretionary',
  'demanding',
  'dominant',
  'dangerous',
  'dependent',
  'definitive',
] as const;
export type SalienceClass = (typeof SALIENCE_CLASSES)[number];
export type SalienceGroup = 'latent' | 'expectant' | 'definitive' | 'none';

/** Mitchell, Agle & Wood's eight combinations, indexed by the bits power·4 + legitimacy·2 + urgency. */
const SALIENCE_BY_BITS: readonly SalienceClass[] = [
  'non_stakeholder', // none
  'demanding', // U
  'discretionary', // L
  'dependent', // L + U
  'dormant', // P
  'dangerous', // P + U
  'dominant', // P + L
  'definitive', // P + L + U
];

export function salienceClass(a: SalienceAttributes): SalienceClass {
  const bits = (a.power ? 4 : 0) + (a.legitimacy ? 2 : 0) + (a.urgency ? 1 : 0);
  return SALIENCE_BY_BITS[bits] ?? 'non_stakeholder';
}

export function salienceGroup(cls: SalienceClass): SalienceGroup {
  if (cls === 'non_stakeholder') return 'none';
  if (cls === 'definitive') return 'definitive';
  if (cls === 'dominant' || cls === 'dangerous' || cls === 'dependent') return 'expectant';
  return 'latent';
}

export interface StakeholderCard {
  id: StakeholderId;
  name: string;
  organisation?: string;
  position?: string;
  category: StakeholderCategory;
  /** Defaults to the category's sector (`defaultSectorOf`) but may be overridden. */
  sector: Sector;
  power: number;
  interest: number;
  salience: SalienceAttributes;
  userGroupIds: UserGroupId[];
  isVulnerableGroupRep: boolean;
  /** Names are published in the signed charter only with consent. */
  publishNameConsent: boolean;
}

const scoreSchema = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

export const stakeholderCardSchema = z.strictObject({
  id: idSchema<StakeholderId>(),
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).optional(),
  position: z.string().trim().max(200).optional(),
  category: z.enum(STAKEHOLDER_CATEGORIES),
  sector: z.enum(SECTORS),
  power: scoreSchema,
  interest: scoreSchema,
  salience: z.strictObject({ power: z.boolean(), legitimacy: z.boolean(), urgency: z.boolean() }),
  userGroupIds: z.array(idSchema<UserGroupId>()).max(50).default([]),
  isVulnerableGroupRep: z.boolean().default(false),
  publishNameConsent: z.boolean().default(false),
});

/**
 * The charter exists to give users a voice (charter-method.md §2.1): warn when every key player
 * is from government. No key players at all is not this warning's business.
 */
export function keyPlayersAreAllGovernment(cards: readonly StakeholderCard[]): boolean {
  const keyPlayers = cards.filter((c) => mendelowQuadrant(c.power, c.interest) === 'key_player');
  return keyPlayers.length > 0 && keyPlayers.every((c) => c.sector === 'government');
}
