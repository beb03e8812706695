import { describe, expect, it } from 'vitest';
import { asStakeholderId } from '../../../../shared/schema/ids';
import type { StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { quadrantGroups } from './quadrantGroups';

const card = (id: string, name: string, power: number, interest: number) =>
  ({ id: asStakeholderId(id), name, power, interest, sector: 'government', category: 'provider_unit' }) as unknown as StakeholderCard;

describe('the stakeholder map as lists per quadrant (phone widths)', () => {
  it('puts every card in the quadrant of its dragged position, strongest first, and keeps empty quadrants', () => {
    const cards = [card('a', 'Dinas Kesehatan', 5, 5), card('b', 'Forum Warga', 2, 5), card('c', 'Camat', 4, 4), card('d', 'Apotek', 1, 1)];
    const groups = quadrantGroups(cards, { b: { power: 4, interest: 5 }, d: { power: 2, interest: 2 } });
    const names = Object.fromEntries(groups.map((g) => [g.quadrant, g.cards.map((c) => c.card.name)]));
    expect(names).toEqual({
      key_player: ['Dinas Kesehatan', 'Forum Warga', 'Camat'],
      keep_satisfied: [],
      keep_informed: [],
      monitor: ['Apotek'],
    });
    expect(groups.find((g) => g.quadrant === 'monitor')?.cards[0]?.position).toEqual({ power: 2, interest: 2 });
  });
});
