import { useTranslation } from 'react-i18next';

/**
 * What a screen or a panel shows while its code arrives (`React.lazy` chunks, see
 * client/CONTEXT.md "Chunks"): one short line, so nothing jumps when the part appears.
 */
export function PartLoading({ tall = false }: { tall?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={`part-loading${tall ? ' part-loading--tall' : ''}`} role="status" data-testid="part-loading">
      {t('app.loading')}
    </p>
  );
}
