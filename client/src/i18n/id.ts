import { idShell } from './idShell';
import { idSignOff } from './idSignOff';
import { idVerify } from './idVerify';
import { idWorkshop } from './idWorkshop';

/**
 * Bahasa Indonesia: the default catalogue and the source of truth for keys. `en.ts` is typed
 * as this shape, so a key missing there fails the type check. The app loads it in parts: `idShell.ts`
 * at start; `idWorkshop.ts` and `idSignOff.ts` with the workshop screens (`workshopStrings.ts`);
 * `idVerify.ts` and `idSignOff.ts` with /verify (`verifyStrings.ts`). This whole is for types and
 * tests, never imported by the app's code.
 */
export const id = { ...idShell, ...idWorkshop, ...idSignOff, ...idVerify };

export type Catalogue = typeof id;

/**
 * Indonesian has one plural form, so a counted text is a single `_other` key (i18next picks the
 * suffix from `Intl.PluralRules`). English adds `_one` beside every `_other`.
 */
export type WithOneForms<T> = {
  [K in keyof T]: T[K] extends string ? string : WithOneForms<T[K]>;
} & { [K in keyof T as K extends `${infer Base}_other` ? `${Base}_one` : never]: string };
