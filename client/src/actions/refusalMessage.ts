import type { TFunction } from 'i18next';
import { REFUSAL_CODES, type RefusalCode } from '../../../shared/commands/refusalCodes';
import type { ApiError } from '../api/http';

const KNOWN = new Set<string>(REFUSAL_CODES);

/** Flattens refusal params to strings for interpolation (arrays and objects as JSON). */
function interpolationValues(params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]));
}

/** A refusal in the reader's language: `refusal.<code>` for domain codes, HTTP fallbacks else. */
export function refusalMessage(t: TFunction, error: ApiError): string {
  if (error.isNetwork) return t('refusal.network');
  // The key is checked against REFUSAL_CODES, whose translations a unit test guarantees.
  const translate = t as unknown as (key: string, values?: Record<string, string>) => string;
  if (KNOWN.has(error.code)) return translate(`refusal.${error.code as RefusalCode}`, interpolationValues(error.params));
  if (error.status === 401) return t('refusal.unauthorized');
  if (error.status === 403) return t('refusal.role_forbidden');
  return t('refusal.unknown', { message: error.message || error.code });
}
