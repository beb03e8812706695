import { describe, expect, it } from 'vitest';
import { missingSigningCapacities } from './signatories';

const s = (capacity: 'pihak_pertama' | 'pihak_kedua' | 'pihak_ketiga' | 'saksi' | 'mengetahui', participantId: string) => ({ capacity, participantId });

describe('what makes a charter signed', () => {
  const core = [s('pihak_pertama', 'a'), s('pihak_kedua', 'b'), s('saksi', 'c')];

  it('needs both parties and a witness; mengetahui is optional', () => {
    expect(missingSigningCapacities(core)).toEqual([]);
    expect(missingSigningCapacities(core.slice(0, 2))).toEqual(['saksi']);
    expect(missingSigningCapacities([], [s('mengetahui', 'm')])).toEqual(['pihak_pertama', 'pihak_kedua', 'saksi']);
  });

  it('waits for every pihak ketiga enrolled: a partner the agreement obliges signs as a party', () => {
    const enrolled = [...core, s('pihak_ketiga', 'p1'), s('pihak_ketiga', 'p2')];
    expect(missingSigningCapacities(core, enrolled)).toEqual(['pihak_ketiga']);
    expect(missingSigningCapacities([...core, s('pihak_ketiga', 'p1')], enrolled)).toEqual(['pihak_ketiga']);
    // Signing in another capacity does not stand in for the partner's signature.
    expect(missingSigningCapacities([...core, s('pihak_ketiga', 'p1'), s('saksi', 'p2')], enrolled)).toEqual(['pihak_ketiga']);
    expect(missingSigningCapacities([...core, s('pihak_ketiga', 'p1'), s('pihak_ketiga', 'p2')], enrolled)).toEqual([]);
  });
});
