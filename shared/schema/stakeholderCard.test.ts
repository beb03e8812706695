import { describe, expect, it } from 'vitest';
import { asStakeholderId } from './ids';
import type { StakeholderCard } from './stakeholderCard';
import { HIGH_SCORE_FROM, keyPlayersAreAllGovernment, mendelowQuadrant, salienceClass, salienceGroup, stakeholderCardSchema } from './stakeholderCard';

describe('Mendelow quadrant', () => {
  it('treats 4 and 5 as high and 1 to 3 as low', () => {
    expect(HIGH_SCORE_FROM).toBe(4);
    expect(mendelowQuadrant(4, 4)).toBe('key_player');
    expect(mendelowQuadrant(5, 5)).toBe('key_player');
    expect(mendelowQuadrant(4, 3)).toBe('keep_satisfied');
    expect(mendelowQuadrant(3, 4)).toBe('keep_informed');
    expect(mendelowQuadrant(3, 3)).toBe('monitor');
    expect(mendelowQuadrant(1, 1)).toBe('monitor');
  });

  it('places the demo stakeholders as the workshop research expects', () => {
    expect(mendelowQuadrant(5, 5)).toBe('key_player'); // Kepala Dinas
    expect(mendelowQuadrant(1, 5)).toBe('keep_informed'); // a mother using the service
    expect(mendelowQuadrant(4, 3)).toBe('keep_satisfied'); // DPRD member
  });
});

describe('salience', () => {
  const cases = [
    [false, false, false, 'non_stakeholder', 'none'],
    [true, false, false, 'dormant', 'latent'],
    [false, true, false, 'discretionary', 'latent'],
    [false, false, true, 'demanding', 'latent'],
    [true, true, false, 'dominant', 'expectant'],
    [true, false, true, 'dangerous', 'expectant'],
    [false, true, true, 'dependent', 'expectant'],
    [true, true, true, 'definitive', 'definitive'],
  ] as const;
  it.each(cases)('power %s, legitimacy %s, urgency %s is %s (%s)', (power, legitimacy, urgency, cls, group) => {
    expect(salienceClass({ power, legitimacy, urgency })).toBe(cls);
    expect(salienceGroup(salienceClass({ power, legitimacy, urgency }))).toBe(group);
  });
});

describe('stakeholder cards', () => {
  const card = (id: string, sector: StakeholderCard['sector'], power: number, interest: number): StakeholderCard => ({
    id: asStakeholderId(id),
    name: id,
    category: sector === 'government' ? 'provider_unit' : 'service_user',
    sector,
    power,
    interest,
    salience: { power: false, legitimacy: true, urgency: true },
    userGroupIds: [],
    isVulnerableGroupRep: false,
    publishNameConsent: false,
  });

  it('warns when every key player is from government, and not when another sector is among them', () => {
    const gov = [card('s1', 'government', 5, 5), card('s2', 'government', 4, 5), card('s9', 'civil_society', 1, 5)];
    expect(keyPlayersAreAllGovernment(gov)).toBe(true);
    expect(keyPlayersAreAllGovernment([...gov, card('s7', 'civil_society', 4, 4)])).toBe(false);
    expect(keyPlayersAreAllGovernment([card('s9', 'civil_society', 1, 5)])).toBe(false);
  });

  it('rejects power or interest outside 1 to 5', () => {
    const base = card('s1', 'government', 3, 3);
    expect(stakeholderCardSchema.safeParse(base).success).toBe(true);
    expect(stakeholderCardSchema.safeParse({ ...base, power: 0 }).success).toBe(false);
    expect(stakeholderCardSchema.safeParse({ ...base, interest: 6 }).success).toBe(false);
    expect(stakeholderCardSchema.safeParse({ ...base, power: 2.5 }).success).toBe(false);
  });
});
