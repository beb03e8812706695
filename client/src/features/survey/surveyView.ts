/**
 * How the survey reads on screen (pure): numbers in the Indonesian way (3,15; 78,89) and the
 * sections an element concerns.
 */
import { round2 } from '../../../../shared/rules/skm';
import { sectionByCode } from '../../../../shared/schema/sections';
import { type SurveyElementCode, surveyElement } from '../../../../shared/schema/surveyElements';

/** Two decimals, half up as the grade is judged (`round2`), with the language's decimal sign. */
export function twoDecimals(value: number, lang: string): string {
  return round2(value).toLocaleString(lang.startsWith('en') ? 'en-GB' : 'id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function elementName(code: SurveyElementCode, lang: string): string {
  const { name } = surveyElement(code);
  return lang.startsWith('en') ? name.en : name.id;
}

export function elementSections(code: SurveyElementCode, lang: string): string {
  return surveyElement(code)
    .sections.map((s) => {
      const { name } = sectionByCode(s);
      return lang.startsWith('en') ? name.en : name.id;
    })
    .join(', ');
}
