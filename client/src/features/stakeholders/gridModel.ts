/**
 * The power-interest grid as the client draws it: 5 × 5 cells, power 5 at the top, interest 5
 * on the right. A card's place is its position in the content document (dragged by people),
 * else the power/interest it was registered with.
 */
import type { GridPosition } from '../../../../shared/schema/contentDoc';
import { SCORE_MAX, SCORE_MIN, type StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { entryOf } from '../../../../shared/schema/records';

export const SCORES = [1, 2, 3, 4, 5] as const;
/** Rows top to bottom: highest power first. */
export const POWER_ROWS = [5, 4, 3, 2, 1] as const;

const clamp = (n: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(n)));

export function isGridPosition(value: unknown): value is GridPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { power, interest } = value as Partial<GridPosition>;
  return typeof power === 'number' && typeof interest === 'number';
}

export function effectivePosition(card: Pick<StakeholderCard, 'id' | 'power' | 'interest'>, positions: Record<string, unknown>): GridPosition {
  const placed = entryOf(positions, card.id);
  if (isGridPosition(placed)) return { power: clamp(placed.power), interest: clamp(placed.interest) };
  return { power: clamp(card.power), interest: clamp(card.interest) };
}

/** Cards with their effective position, for warnings that look at the grid as people see it. */
export function placedCards<T extends StakeholderCard>(cards: readonly T[], positions: Record<string, unknown>): T[] {
  return cards.map((c) => ({ ...c, ...effectivePosition(c, positions) }));
}

export function cellId(position: GridPosition): string {
  return `cell-${position.power}-${position.interest}`;
}

export function parseCellId(id: string): GridPosition | null {
  const m = /^cell-([1-5])-([1-5])$/.exec(id);
  return m ? { power: Number(m[1]), interest: Number(m[2]) } : null;
}
