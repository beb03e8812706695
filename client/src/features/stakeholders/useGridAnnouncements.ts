import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mendelowQuadrant, type StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { parseCellId } from './gridModel';

/** dnd-kit's live-region texts for the grid, in the UI language. */
export function useGridAnnouncements(cards: readonly StakeholderCard[]): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-translate when the language changes
  return useMemo(() => {
    const name = (id: UniqueIdentifier) => cards.find((c) => c.id === id)?.name ?? String(id);
    const place = (id: UniqueIdentifier | undefined) => {
      const cell = id === undefined ? null : parseCellId(String(id));
      if (!cell) return t('grid.announce.nowhere');
      const quadrant = t(`grid.quadrant.${mendelowQuadrant(cell.power, cell.interest)}`);
      return `${t('grid.position', { power: cell.power, interest: cell.interest })}, ${quadrant}`;
    };
    return {
      screenReaderInstructions: { draggable: t('grid.instructions') },
      announcements: {
        onDragStart: ({ active }) => t('grid.announce.start', { name: name(active.id) }),
        onDragOver: ({ active, over }) => t('grid.announce.over', { name: name(active.id), place: place(over?.id) }),
        onDragEnd: ({ active, over }) =>
          over ? t('grid.announce.end', { name: name(active.id), place: place(over.id) }) : t('grid.announce.cancel', { name: name(active.id) }),
        onDragCancel: ({ active }) => t('grid.announce.cancel', { name: name(active.id) }),
      },
    };
  }, [cards, t, i18n.language]);
}
