import type { Lang } from '../../../../shared/charter/charterText';
import { capacityLabel } from '../../../../shared/charter/charterText';
import type { SignatoryCapacity } from '../../../../shared/rules/signatories';
import { baseLanguage } from '../../i18n/labels';

export const langOf = (language: string | undefined): Lang => baseLanguage(language);

export const capacityText = (capacity: SignatoryCapacity, language: string | undefined): string => capacityLabel(capacity)[langOf(language)];

/** A date and time the way the reader's language writes it, in their time zone. */
export function formatWhen(iso: string, language: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(langOf(language) === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeStyle: 'short' });
}
