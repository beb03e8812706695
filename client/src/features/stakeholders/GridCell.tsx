import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { GridPosition } from '../../../../shared/schema/contentDoc';
import { mendelowQuadrant } from '../../../../shared/schema/stakeholderCard';
import { cellId } from './gridModel';

/** One of the 25 cells; a drop target while cards are draggable. */
export function GridCell({ position, children }: { position: GridPosition; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: cellId(position) });
  const quadrant = mendelowQuadrant(position.power, position.interest);
  return (
    <div ref={setNodeRef} className={`grid-cell quadrant--${quadrant}${isOver ? ' is-over' : ''}`}
      data-testid={cellId(position)} data-power={position.power} data-interest={position.interest}>
      {children}
    </div>
  );
}
