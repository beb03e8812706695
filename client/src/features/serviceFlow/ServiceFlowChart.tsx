import { useTranslation } from 'react-i18next';
import type { ServiceFlowStep } from '../../../../shared/schema/contentDoc';

/** The service flow as boxes joined by arrows, wrapping on narrow screens; totals at the end. */
export function ServiceFlowChart({ steps, big = false }: { steps: readonly ServiceFlowStep[]; big?: boolean }) {
  const { t, i18n } = useTranslation();
  const money = (n: number) => `Rp ${n.toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'id-ID')}`;
  if (steps.length === 0) return <p className="empty">{t('flow.empty')}</p>;
  const minutes = steps.reduce((a, s) => a + s.minutes, 0);
  const cost = steps.reduce((a, s) => a + s.costRupiah, 0);
  return (
    <figure className={`flow-chart${big ? ' flow-chart--big' : ''}`} data-testid="flow-chart">
      <ol className="flow-chart__steps">
        {steps.map((s, i) => (
          <li key={s.id} className="flow-chart__step" data-testid="flow-chart-step">
            <div className="flow-box">
              <span className="flow-box__number">{i + 1}</span>
              <strong className="flow-box__unit">{s.unit || '—'}</strong>
              <span className="flow-box__action">{s.action}</span>
              {s.documents && <span className="flow-box__docs">📄 {s.documents}</span>}
              <span className="flow-box__meta">
                {t('flow.minutesShort', { minutes: s.minutes })} · {money(s.costRupiah)}
              </span>
            </div>
            {i < steps.length - 1 && (
              <svg className="flow-arrow" viewBox="0 0 40 24" aria-hidden="true" focusable="false">
                <path d="M2 12h30M24 4l10 8-10 8" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            )}
          </li>
        ))}
      </ol>
      <figcaption className="flow-chart__total">{t('flow.total', { count: minutes, cost: money(cost) })}</figcaption>
    </figure>
  );
}
