import type { TFunction } from 'i18next';
import type { SignatoryCapacity } from '../../../../shared/rules/signatories';
import { SIGNATORY_CAPACITIES } from '../../../../shared/rules/signatories';
import { capacityText } from '../signing/format';
import type { PageCode } from './verifyModel';

const isCapacity = (x: unknown): x is SignatoryCapacity => SIGNATORY_CAPACITIES.includes(x as SignatoryCapacity);

/** The verdict's reason in the reader's language, with capacities named rather than coded. */
export function verdictMessage(t: TFunction, language: string, code: PageCode, params: Record<string, unknown>): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) values[k] = isCapacity(v) ? capacityText(v, language) : String(v);
  if (typeof params.missing === 'string') {
    values.missing = params.missing.split(', ').map((c) => (isCapacity(c) ? capacityText(c, language) : c)).join(', ');
  }
  // Keys are checked against VERIFY_CODES + PAGE_CODES by verifyModel.test.ts.
  return (t as unknown as (key: string, values: Record<string, string>) => string)(`verifyCode.${code}`, values);
}
