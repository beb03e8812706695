import { useTranslation } from 'react-i18next';
import type { MyWorkshop } from '../api/myWorkshops';
import { Link } from '../router/Link';

/** The workshops this device has joined, each one click away (the logo leads here); the page gives the heading. */
export function MyWorkshopsList({ workshops }: { workshops: MyWorkshop[] }) {
  const { t } = useTranslation();
  if (workshops.length === 0) return null;
  return (
    <section className="my-workshops" aria-label={t('home.mine')} data-testid="my-workshops">
      <ul className="my-workshops__list">
        {workshops.map((w) => (
          <li key={w.workshopId} className="my-workshops__item">
            <span>
              <strong>{w.title ?? t('home.untitled', { id: w.workshopId })}</strong>
              {w.name && <span className="my-workshops__as"> {t('home.mineAs', { name: w.name })}</span>}
            </span>
            <Link className="button button--primary" href={w.href} data-testid={`my-workshop-${w.workshopId}`}>
              {t('home.open')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
