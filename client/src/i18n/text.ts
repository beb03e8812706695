import type { BilingualText } from '../../../shared/schema/text';
import { baseLanguage } from './labels';

/** A bilingual value in the UI language; Indonesian when no English text was written. */
export function textIn(text: BilingualText | { id: string; en: string } | undefined, language: string | undefined): string {
  if (!text) return '';
  return baseLanguage(language) === 'en' && text.en ? text.en : text.id;
}
