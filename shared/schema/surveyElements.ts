/**
 * The nine elements (unsur) of the satisfaction survey (Survei Kepuasan Masyarakat, SKM) of
 * PermenPANRB 14/2017, Lampiran, in the regulation's order (U1..U9), and the charter sections
 * each one concerns. The mapping is data: a low element points the room at the sections whose
 * clauses should answer it (shared/state/coverage.ts, the warnings).
 */
import type { Brand, ParticipantId } from './ids';
import type { SectionCode } from './sections';

export const SURVEY_ELEMENT_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SurveyElementCode = (typeof SURVEY_ELEMENT_CODES)[number];

export interface SurveyElement {
  code: SurveyElementCode;
  name: { id: string; en: string };
  /** The charter sections whose clauses answer this element. */
  sections: readonly SectionCode[];
}

export const SURVEY_ELEMENTS: readonly SurveyElement[] = [
  { code: 'U1', name: { id: 'Persyaratan', en: 'Requirements' }, sections: ['PERSYARATAN'] },
  { code: 'U2', name: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' }, sections: ['PROSEDUR'] },
  { code: 'U3', name: { id: 'Waktu penyelesaian', en: 'Completion time' }, sections: ['WAKTU'] },
  { code: 'U4', name: { id: 'Biaya/tarif', en: 'Cost/fee' }, sections: ['BIAYA'] },
  { code: 'U5', name: { id: 'Produk spesifikasi jenis pelayanan', en: 'Product specification of the service' }, sections: ['PRODUK'] },
  { code: 'U6', name: { id: 'Kompetensi pelaksana', en: 'Staff competence' }, sections: ['KOMPETENSI'] },
  // Perilaku pelaksana (courtesy, fairness) is what the treatment standard promises.
  { code: 'U7', name: { id: 'Perilaku pelaksana', en: 'Staff conduct' }, sections: ['STD_PERLAKUAN'] },
  { code: 'U8', name: { id: 'Penanganan pengaduan, saran, dan masukan', en: 'Handling of complaints, suggestions and feedback' }, sections: ['PENGADUAN'] },
  { code: 'U9', name: { id: 'Sarana dan prasarana', en: 'Facilities' }, sections: ['SARANA'] },
];

export function surveyElement(code: SurveyElementCode): SurveyElement {
  return SURVEY_ELEMENTS[SURVEY_ELEMENT_CODES.indexOf(code)]!;
}

/** Survey ids: client-chosen, like every new record's. */
export type SurveyId = Brand<string, 'SurveyId'>;

export const SURVEY_SOURCES = ['responses', 'averages'] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];

/**
 * A survey result the room works from (event `surveyRecorded`, format 7): the nine element
 * averages (NRR, U1..U9) and where they came from. Raw responses are never stored: the server
 * reads the file, the event keeps the averages and how many rows counted and were refused.
 */
export interface SurveyRecord {
  id: SurveyId;
  source: SurveySource;
  /** What the survey was, as the unit names it ("SKM semester I 2026"). */
  label?: string;
  /** Respondents counted (responses only). */
  respondents?: number;
  /** Rows of the file that were refused and left out (responses only). */
  refusedRows?: number;
  averages: number[];
  recordedBy: ParticipantId;
  recordedAt: string;
}
