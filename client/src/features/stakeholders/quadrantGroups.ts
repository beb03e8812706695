import type { GridPosition } from '../../../../shared/schema/contentDoc';
import { MENDELOW_QUADRANTS, type MendelowQuadrant, mendelowQuadrant, type StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { effectivePosition } from './gridModel';

export interface PlacedCard {
  card: StakeholderCard;
  position: GridPosition;
}

/**
 * The grid as four lists (the phone's view): every quadrant in the grid's reading order, cards
 * by power then interest (highest first), then by name, so the list reads like the grid.
 */
export function quadrantGroups(
  cards: readonly StakeholderCard[],
  positions: Record<string, unknown>,
): { quadrant: MendelowQuadrant; cards: PlacedCard[] }[] {
  const placed = cards.map((card) => ({ card, position: effectivePosition(card, positions) }));
  return MENDELOW_QUADRANTS.map((quadrant) => ({
    quadrant,
    cards: placed
      .filter(({ position }) => mendelowQuadrant(position.power, position.interest) === quadrant)
      .sort((a, b) => b.position.power - a.position.power || b.position.interest - a.position.interest || a.card.name.localeCompare(b.card.name)),
  }));
}
