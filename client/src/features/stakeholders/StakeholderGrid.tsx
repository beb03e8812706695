import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { placeStakeholder } from '../../actions/stakeholders';
import { useSession } from '../../session/Session';
import { GridCell } from './GridCell';
import { effectivePosition, parseCellId, POWER_ROWS, SCORES } from './gridModel';
import { cellKeyboardCoordinates } from './keyboardCoordinates';
import { QuadrantList } from './QuadrantList';
import { StakeholderChip } from './StakeholderChip';
import { useGridAnnouncements } from './useGridAnnouncements';
import { useNarrowScreen } from './useNarrowScreen';
import { usePositions } from './usePositions';

/**
 * The Mendelow power-interest grid. Cards move with a pointer or the keyboard (Space to pick up,
 * arrows to move one cell, Space to drop, Escape to cancel), announced in the UI language. At
 * phone widths it is a list per quadrant instead (`QuadrantList`).
 */
export function StakeholderGrid({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const { state, content } = useSession();
  const positions = usePositions();
  const cards: StakeholderCard[] = Object.values(state?.stakeholders ?? {});
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: cellKeyboardCoordinates }),
  );
  const accessibility = useGridAnnouncements(cards);
  const narrow = useNarrowScreen();
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const target = over ? parseCellId(String(over.id)) : null;
    if (target) placeStakeholder(content.doc, String(active.id), target);
  };

  if (narrow) return <QuadrantList cards={cards} positions={positions} editable={editable} />;
  const grid = (
    <section className="grid" aria-label={t('grid.label')} data-testid="stakeholder-grid">
      <span className="grid__axis grid__axis--power" aria-hidden="true">{t('grid.power')} ↑</span>
      <span className="grid__axis grid__axis--interest" aria-hidden="true">{t('grid.interest')} →</span>
      <div className="grid__cells">
        {POWER_ROWS.map((power) =>
          SCORES.map((interest) => (
            <GridCell key={`${power}-${interest}`} position={{ power, interest }}>
              {cards
                .filter((c) => {
                  const p = effectivePosition(c, positions);
                  return p.power === power && p.interest === interest;
                })
                .map((c) => (
                  <StakeholderChip key={c.id} card={c} position={{ power, interest }} draggable={editable} />
                ))}
            </GridCell>
          )),
        )}
        <span className="grid__label grid__label--key_player" aria-hidden="true">{t('grid.quadrant.key_player')}</span>
        <span className="grid__label grid__label--keep_satisfied" aria-hidden="true">{t('grid.quadrant.keep_satisfied')}</span>
        <span className="grid__label grid__label--keep_informed" aria-hidden="true">{t('grid.quadrant.keep_informed')}</span>
        <span className="grid__label grid__label--monitor" aria-hidden="true">{t('grid.quadrant.monitor')}</span>
      </div>
    </section>
  );
  if (!editable) return grid;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}
      autoScroll={{ threshold: { x: 0, y: 0.1 } }}>
      {grid}
    </DndContext>
  );
}
