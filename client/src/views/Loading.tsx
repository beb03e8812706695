import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page loading" role="status" data-testid="loading">
      {t('workshop.loading')}
    </p>
  );
}
