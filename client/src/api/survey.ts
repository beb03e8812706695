import type { SkmResult } from '../../../shared/rules/skm';
import type { RowRefusal } from '../../../shared/rules/surveyTable';
import { fetchJson } from './http';

export type SurveyFileKind = 'responses' | 'averages';

/** What the server read from a survey file (`POST /api/workshops/:id/survey/import`). */
export interface SurveyReading {
  kind: SurveyFileKind;
  respondents: number | null;
  refusedCount: number;
  refused: RowRefusal[];
  averages: number[];
  result: SkmResult;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the file for a preview (nothing stored) or a commit (one recorded survey, or nothing). */
export async function importSurveyFile(
  workshopId: string,
  token: string,
  file: File,
  options: { kind: SurveyFileKind; mode: 'preview' | 'commit'; surveyId?: string; label?: string },
): Promise<SurveyReading> {
  const query = new URLSearchParams({ kind: options.kind, mode: options.mode });
  if (options.surveyId) query.set('surveyId', options.surveyId);
  if (options.label) query.set('label', options.label);
  const type = /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv';
  return fetchJson<SurveyReading>(`/api/workshops/${encodeURIComponent(workshopId)}/survey/import?${query}`, {
    method: 'POST',
    headers: { 'content-type': type, authorization: `Bearer ${token}` },
    body: await file.arrayBuffer(),
  });
}
