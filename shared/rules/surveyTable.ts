/**
 * Reading a survey export once it is a table of strings (the server turns CSV with papaparse
 * and .xlsx with exceljs into one): either raw responses, one row per respondent with the nine
 * elements scored 1..4, or the nine element averages. Pure, so the rules are tested without
 * files. Every refused row says why; a file without the nine columns is refused whole.
 *
 * Responses: the first row is a header when it is not all numbers. With a header, the element
 * columns are found by name (`U1`..`U9`, `Unsur 1`, or the element's name such as
 * `Persyaratan`), other columns (time stamp, gender, ...) are ignored, and a column named like
 * an id (`id`, `no`, `nomor`, `responden`) is the respondent's id: a repeated id is refused.
 * Without a header: nine columns are U1..U9, ten are an id then U1..U9.
 */
import { SURVEY_ELEMENT_CODES, SURVEY_ELEMENTS, type SurveyElementCode } from '../schema/surveyElements';
import { MAX_SCORE, MIN_SCORE, SURVEY_ELEMENT_COUNT, isValidAverage } from './skm';

/** More rows than any unit's yearly survey; a bigger table is refused, not truncated. */
export const MAX_SURVEY_ROWS = 20_000;

export type RowRefusal =
  | { row: number; code: 'score_out_of_range'; element: SurveyElementCode; value: string }
  | { row: number; code: 'not_a_number'; element: SurveyElementCode; value: string }
  | { row: number; code: 'missing_value'; element: SurveyElementCode }
  | { row: number; code: 'duplicate_id'; id: string; firstRow: number };

export type TableRefusal =
  | { code: 'empty' }
  | { code: 'missing_columns'; missing: SurveyElementCode[] }
  | { code: 'too_many_rows'; rows: number; max: number };

export type ResponsesRead =
  | { ok: true; responses: number[][]; refused: RowRefusal[]; hasHeader: boolean }
  | { ok: false; refusal: TableRefusal };

export type AveragesRead = { ok: true; averages: number[] } | { ok: false; refusal: TableRefusal | { code: 'invalid_averages'; rows: RowRefusal[] } };

const normal = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** A number as people type it: `3`, `3.25`, `3,25` (Indonesian decimal comma). */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

function elementOfHeader(header: string): SurveyElementCode | null {
  const h = normal(header);
  const numbered = /^(?:u|unsur)\s*0?([1-9])\b/.exec(h);
  if (numbered) return SURVEY_ELEMENT_CODES[Number(numbered[1]) - 1]!;
  const named = SURVEY_ELEMENTS.find((e) => h.startsWith(namePrefix(e.name.id)));
  return named?.code ?? null;
}

/** "Waktu penyelesaian" → "waktu penyelesaian", "Biaya/tarif" → "biaya": enough to tell a column "Waktu kunjungan" apart. */
function namePrefix(name: string): string {
  return normal(name).split(/[,/]/)[0]!.split(' ').slice(0, 2).join(' ');
}

const ID_HEADER = /^(id|no\.?|nomor|no\. responden|responden|respondent|id responden)$/;

interface Layout {
  hasHeader: boolean;
  idColumn: number | null;
  columns: number[];
}

function layoutOf(first: readonly string[]): Layout | TableRefusal {
  const header = first.some((cell) => cell.trim() !== '' && parseNumber(cell) === null);
  if (!header) {
    const width = first.length;
    if (width === SURVEY_ELEMENT_COUNT) return { hasHeader: false, idColumn: null, columns: [...SURVEY_ELEMENT_CODES.keys()] };
    if (width === SURVEY_ELEMENT_COUNT + 1) return { hasHeader: false, idColumn: 0, columns: SURVEY_ELEMENT_CODES.map((_, i) => i + 1) };
    const missing = SURVEY_ELEMENT_CODES.slice(Math.max(0, width));
    return { code: 'missing_columns', missing: missing.length ? missing : [...SURVEY_ELEMENT_CODES] };
  }
  const columns = SURVEY_ELEMENT_CODES.map((code) => first.findIndex((cell) => elementOfHeader(cell) === code));
  const missing = SURVEY_ELEMENT_CODES.filter((_, i) => columns[i] === -1);
  if (missing.length) return { code: 'missing_columns', missing };
  const id = first.findIndex((cell) => ID_HEADER.test(normal(cell)));
  return { hasHeader: true, idColumn: id === -1 ? null : id, columns };
}

/** Raw responses: the accepted rows' scores and, for each refused row, why (row = line in the file, 1-based). */
export function readResponses(table: readonly (readonly string[])[]): ResponsesRead {
  const rows = table.map((row, index) => ({ row, line: index + 1 })).filter(({ row }) => !isBlankRow(row));
  if (rows.length === 0) return { ok: false, refusal: { code: 'empty' } };
  if (rows.length > MAX_SURVEY_ROWS + 1) return { ok: false, refusal: { code: 'too_many_rows', rows: rows.length, max: MAX_SURVEY_ROWS } };
  const layout = layoutOf(rows[0]!.row);
  if ('code' in layout) return { ok: false, refusal: layout };
  const data = layout.hasHeader ? rows.slice(1) : rows;
  if (data.length === 0) return { ok: false, refusal: { code: 'empty' } };
  const responses: number[][] = [];
  const refused: RowRefusal[] = [];
  const seen = new Map<string, number>();
  for (const { row, line } of data) {
    const problem = rowProblem(row, line, layout, seen);
    if (problem) refused.push(problem);
    else responses.push(layout.columns.map((c) => Number(parseNumber(row[c]!))));
  }
  return { ok: true, responses, refused, hasHeader: layout.hasHeader };
}

function rowProblem(row: readonly string[], line: number, layout: Layout, seen: Map<string, number>): RowRefusal | null {
  for (const [i, column] of layout.columns.entries()) {
    const element = SURVEY_ELEMENT_CODES[i]!;
    const cell = (row[column] ?? '').trim();
    if (cell === '') return { row: line, code: 'missing_value', element };
    const score = parseNumber(cell);
    if (score === null) return { row: line, code: 'not_a_number', element, value: cell.slice(0, 40) };
    if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) return { row: line, code: 'score_out_of_range', element, value: cell.slice(0, 40) };
  }
  if (layout.idColumn !== null) {
    const id = (row[layout.idColumn] ?? '').trim();
    if (id !== '') {
      const first = seen.get(id);
      if (first !== undefined) return { row: line, code: 'duplicate_id', id: id.slice(0, 40), firstRow: first };
      seen.set(id, line);
    }
  }
  return null;
}

/**
 * The nine averages: one row of nine numbers (after an optional header), or nine rows of
 * `element, average` (`U1;3,25`). Every value must lie in 1..4.
 */
export function readAverages(table: readonly (readonly string[])[]): AveragesRead {
  const rows = table.map((row, index) => ({ row: row.map((c) => c.trim()), line: index + 1 })).filter(({ row }) => !isBlankRow(row));
  if (rows.length === 0) return { ok: false, refusal: { code: 'empty' } };
  const pairs = rows.filter(({ row }) => row.length >= 2 && elementOfHeader(row[0]!) !== null && parseNumber(row[1]!) !== null);
  const cells: { line: number; element: SurveyElementCode; text: string }[] = [];
  if (pairs.length > 0) {
    for (const code of SURVEY_ELEMENT_CODES) {
      const found = pairs.find(({ row }) => elementOfHeader(row[0]!) === code);
      if (found) cells.push({ line: found.line, element: code, text: found.row[1]! });
    }
  } else {
    const line = rows.find(({ row }) => row.filter((c) => c !== '').length >= SURVEY_ELEMENT_COUNT && row.every((c) => c === '' || parseNumber(c) !== null));
    const values = line?.row.filter((c) => c !== '') ?? [];
    if (line) for (const [i, element] of SURVEY_ELEMENT_CODES.entries()) cells.push({ line: line.line, element, text: values[i]! });
  }
  const missing = SURVEY_ELEMENT_CODES.filter((code) => !cells.some((c) => c.element === code));
  if (missing.length) return { ok: false, refusal: { code: 'missing_columns', missing } };
  const bad: RowRefusal[] = [];
  const averages = cells.map(({ line, element, text }) => {
    const value = parseNumber(text);
    if (value === null) bad.push({ row: line, code: 'not_a_number', element, value: text.slice(0, 40) });
    else if (!isValidAverage(value)) bad.push({ row: line, code: 'score_out_of_range', element, value: text.slice(0, 40) });
    return value ?? 0;
  });
  return bad.length ? { ok: false, refusal: { code: 'invalid_averages', rows: bad } } : { ok: true, averages };
}
