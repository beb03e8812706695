import type * as Y from 'yjs';
import type { Command } from '../../../shared/commands/commandSchema';
import { CONTENT_ROOTS, type GridPosition } from '../../../shared/schema/contentDoc';
import type { StakeholderId } from '../../../shared/schema/ids';
import type { StakeholderCard } from '../../../shared/schema/stakeholderCard';
import { newRecordId } from './newRecordId';

export const GRID_ORIGIN = { source: 'participant', what: 'stakeholderGrid' } as const;

/** Drops a card on the grid: the position lives in the content document, shared live. */
export function placeStakeholder(doc: Y.Doc, stakeholderId: string, position: GridPosition): void {
  doc.transact(() => {
    doc.getMap<GridPosition>(CONTENT_ROOTS.stakeholderPositions).set(stakeholderId, { power: position.power, interest: position.interest });
  }, GRID_ORIGIN);
}

export type NewStakeholder = Omit<StakeholderCard, 'id'>;

export function addStakeholder(card: NewStakeholder): Command {
  return { type: 'addStakeholder', stakeholder: { ...card, id: newRecordId<StakeholderId>() } };
}

