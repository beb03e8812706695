import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { placeStakeholder } from '../../actions/stakeholders';
import { sectorLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';
import { SCORES } from './gridModel';
import { type PlacedCard, quadrantGroups } from './quadrantGroups';
import { SECTOR_MARK } from './StakeholderChip';

/**
 * The stakeholder map at phone widths: one list per quadrant with full names, and (when the
 * map may be edited) the card's power and interest as two choices instead of dragging.
 */
export function QuadrantList({ cards, positions, editable }: { cards: StakeholderCard[]; positions: Record<string, unknown>; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="quadrant-list" aria-label={t('grid.label')} data-testid="stakeholder-grid" data-layout="list">
      {quadrantGroups(cards, positions).map(({ quadrant, cards: inQuadrant }) => (
        <section key={quadrant} className={`quadrant-list__group quadrant--${quadrant}`} data-testid={`quadrant-${quadrant}`}>
          <h3 className="quadrant-list__title">
            {t(`grid.quadrant.${quadrant}`)} <span className="quadrant-list__count">({inQuadrant.length})</span>
          </h3>
          {inQuadrant.length === 0 ? (
            <p className="quadrant-list__empty">{t('grid.quadrantEmpty')}</p>
          ) : (
            <ul className="quadrant-list__cards">
              {inQuadrant.map((placed) => <QuadrantListItem key={placed.card.id} placed={placed} editable={editable} />)}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}

function QuadrantListItem({ placed: { card, position }, editable }: { placed: PlacedCard; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { content } = useSession();
  const nameId = useId();
  const move = (change: Partial<typeof position>) => placeStakeholder(content.doc, card.id, { ...position, ...change });
  return (
    <li className={`quadrant-card chip--${card.sector}`} data-testid="stakeholder-card" data-name={card.name}
      data-power={position.power} data-interest={position.interest}>
      <span className="chip__sector" aria-hidden="true">{SECTOR_MARK[card.sector]}</span>
      <span className="quadrant-card__text">
        <strong id={nameId} className="quadrant-card__name">{card.name}</strong>
        {card.organisation && <span className="quadrant-card__org">{card.organisation}</span>}
        <span className="visually-hidden">{sectorLabel(card.sector, i18n.language)}</span>
      </span>
      {editable ? (
        <span className="quadrant-card__scores">
          {(['power', 'interest'] as const).map((axis) => (
            <label key={axis} className="quadrant-card__score">
              {t(`grid.${axis}`)}
              <select className="input" value={position[axis]} aria-describedby={nameId} data-testid={`card-${axis}`}
                onChange={(e) => move({ [axis]: Number(e.target.value) })}>
                {SCORES.map((s) => <option key={s} value={s}>{s}</option>)}
              </select>
            </label>
          ))}
        </span>
      ) : (
        <span className="quadrant-card__position">{t('grid.position', { power: position.power, interest: position.interest })}</span>
      )}
    </li>
  );
}
