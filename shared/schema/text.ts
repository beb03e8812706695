/**
 * Bilingual text. Bahasa Indonesia comes first and is the language of the legal document; English
 * is optional so that a room working only in Indonesian is never blocked by a missing translation.
 */
import { z } from 'zod';

export interface BilingualText {
  id: string;
  en?: string;
}

/** Upper bound for one clause text, rationale or reason: long enough for a paragraph of law. */
export const MAX_TEXT_CHARS = 4000;

export const bilingualTextSchema = z.strictObject({
  id: z.string().trim().min(1).max(MAX_TEXT_CHARS),
  en: z.string().trim().min(1).max(MAX_TEXT_CHARS).optional(),
});

/** Free text (reasons, rationales) may be written in either language, so one string suffices. */
export const reasonSchema = z.string().trim().min(1).max(MAX_TEXT_CHARS);
