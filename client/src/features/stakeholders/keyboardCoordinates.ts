import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/**
 * Arrow keys move a picked-up card one grid cell at a time: to the nearest droppable whose
 * centre lies in the pressed direction (dnd-kit's default moves 25 px, which on a phone and on
 * a projector means a different number of presses per cell).
 */
export const cellKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = DIRECTIONS[event.code] ?? DIRECTIONS[event.key];
  const { collisionRect, droppableRects } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  let best: { dx: number; dy: number; score: number } | null = null;
  for (const rect of droppableRects.values()) {
    const dx = rect.left + rect.width / 2 - cx;
    const dy = rect.top + rect.height / 2 - cy;
    const along = dx * direction.x + dy * direction.y;
    if (along < 4) continue; // not in the pressed direction
    const across = Math.abs(dx * direction.y) + Math.abs(dy * direction.x);
    const score = along + across * 3;
    if (!best || score < best.score) best = { dx, dy, score };
  }
  if (!best) return currentCoordinates;
  return { x: currentCoordinates.x + best.dx, y: currentCoordinates.y + best.dy };
};
