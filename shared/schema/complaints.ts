/**
 * Complaints as evidence (issue 17): what a complaint system's export (SP4N-LAPOR!, a city
 * channel such as UPIK) or a typed-in complaint leaves in the workshop, and the themes the
 * facilitator groups them into. Only what the workshop needs is kept: the date, the channel,
 * the text (e-mail addresses and long digit runs masked), the user group and the category the
 * source gave. Never the complainant's name or contact: such columns are dropped at import.
 */
import { z } from 'zod';
import type { Brand } from './ids';
import { idSchema } from './ids';

export type ComplaintId = Brand<string, 'ComplaintId'>;
export type ComplaintThemeId = Brand<string, 'ComplaintThemeId'>;
export type ComplaintImportId = Brand<string, 'ComplaintImportId'>;

/** At most this many complaints in one import (one event). */
export const MAX_COMPLAINTS_PER_IMPORT = 2000;
export const MAX_COMPLAINT_TEXT = 2000;
export const MAX_THEME_NAME = 80;

export interface Complaint {
  id: ComplaintId;
  importId: ComplaintImportId;
  /** The calendar day the complaint was made, `YYYY-MM-DD`. */
  date: string;
  channel: string;
  text: string;
  userGroup?: string;
  /** The source's own category or theme column, when it has one (it may seed themes). */
  category?: string;
  /** The row of the imported file (1 = the header row), for a file import. */
  row?: number;
  /** The theme the facilitator put it in; none yet when absent. */
  themeId?: ComplaintThemeId;
}

export interface ComplaintTheme {
  id: ComplaintThemeId;
  name: string;
}

/** Which column of the file holds which field (the header's text); remembered for the next import. */
export const complaintMappingSchema = z.strictObject({
  date: z.string().min(1).max(200),
  channel: z.string().min(1).max(200).optional(),
  text: z.string().min(1).max(200),
  userGroup: z.string().min(1).max(200).optional(),
  category: z.string().min(1).max(200).optional(),
});
export type ComplaintMapping = z.infer<typeof complaintMappingSchema>;

export const COMPLAINT_FIELDS = ['date', 'channel', 'text', 'userGroup', 'category'] as const;
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number];

export const complaintDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

export const complaintInputSchema = z.strictObject({
  id: idSchema<ComplaintId>(),
  date: complaintDateSchema,
  channel: z.string().trim().min(1).max(80),
  text: z.string().trim().min(1).max(MAX_COMPLAINT_TEXT),
  userGroup: z.string().trim().min(1).max(100).optional(),
  category: z.string().trim().min(1).max(100).optional(),
  row: z.number().int().min(2).max(10_000_000).optional(),
});
export type ComplaintInput = z.infer<typeof complaintInputSchema>;

export const complaintSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({
    kind: z.literal('file'),
    fileName: z.string().trim().min(1).max(200),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.enum(['utf-8', 'windows-1252']).optional(),
    mapping: complaintMappingSchema,
  }),
]);
export type ComplaintSource = z.infer<typeof complaintSourceSchema>;

export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** `2025-03`: the month a complaint counts in. */
export const monthOf = (date: string): string => date.slice(0, 7);

/**
 * The text as stored: whitespace collapsed, e-mail addresses and digit runs of 8+ (phone
 * numbers, NIK) masked, so contact details typed into a complaint do not enter the workshop.
 */
export function cleanComplaintText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/(\+?\d[\d\s.-]{6,}\d)/g, (run) => (run.replace(/\D/g, '').length >= 8 ? '[nomor]' : run));
}

/** Two complaints are the same when the day, the channel and the text (ignoring case and spacing) are. */
export function complaintKey(c: { date: string; channel: string; text: string }): string {
  return `${c.date}\u0000${c.channel.trim().toLowerCase()}\u0000${c.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

export const complaintThemeIdSchema = idSchema<ComplaintThemeId>();
export const complaintIdSchema = idSchema<ComplaintId>();
export const complaintImportIdSchema = idSchema<ComplaintImportId>();
