import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundView() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page page--narrow" data-testid="not-found-view">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link className="button" href={paths.home()}>
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
