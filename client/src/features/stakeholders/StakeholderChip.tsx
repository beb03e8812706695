import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { GridPosition } from '../../../../shared/schema/contentDoc';
import type { StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { sectorLabel } from '../../i18n/labels';

/** The letter in a card's sector dot (the colour carries the same meaning). */
export const SECTOR_MARK = { government: 'G', private: 'S', civil_society: 'M' } as const;

/** One stakeholder card on the grid; draggable (pointer or keyboard) when `draggable`. */
export function StakeholderChip({ card, position, draggable }: { card: StakeholderCard; position: GridPosition; draggable: boolean }) {
  const { t, i18n } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id, disabled: !draggable });
  const sector = sectorLabel(card.sector, i18n.language);
  const common = {
    className: `chip chip--${card.sector}${isDragging ? ' is-dragging' : ''}`,
    'data-testid': 'stakeholder-card',
    'data-name': card.name,
    'data-power': position.power,
    'data-interest': position.interest,
    title: card.organisation ? `${card.name}, ${card.organisation}` : card.name,
  };
  const body = (
    <>
      <span className="chip__sector" aria-hidden="true">
        {SECTOR_MARK[card.sector]}
      </span>
      <span className="chip__name">{card.name}</span>
      <span className="visually-hidden">
        {' '}
        ({sector}; {t('grid.position', { power: position.power, interest: position.interest })})
      </span>
    </>
  );
  if (!draggable) return <span {...common}>{body}</span>;
  return (
    <button type="button" ref={setNodeRef} {...common} {...listeners} {...attributes}
      style={{ transform: CSS.Translate.toString(transform) }}>
      {body}
    </button>
  );
}
