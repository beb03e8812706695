import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../../shared/schema/clauses';

/** "3 hari kerja", "Rp 0", "90%". */
export function formatMeasure(measure: Measure | undefined, t: TFunction, language: string): string | null {
  if (!measure) return null;
  const value = measure.value.toLocaleString(language.startsWith('en') ? 'en-GB' : 'id-ID');
  // `count` picks the plural form ("1 hour", "1.5 hours"); `value` is the formatted number.
  return t(`measure.${measure.unit}`, { count: measure.value, value });
}

/** A measure or a dash, with the reader's number format. */
export function MeasureText({ measure }: { measure: Measure | undefined }) {
  const { t, i18n } = useTranslation();
  return <>{formatMeasure(measure, t, i18n.language) ?? '—'}</>;
}
