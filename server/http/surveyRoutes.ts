/**
 * The satisfaction survey import (issue 17, docs/api.md "Survey"): the facilitator team sends a
 * survey export as the request body (CSV, or an Excel .xlsx workbook), and the server reads it.
 *
 *   POST /api/workshops/:id/survey/import?kind=responses|averages&mode=preview
 *   POST /api/workshops/:id/survey/import?kind=...&mode=commit&surveyId=<new id>[&label=...]
 *
 * `preview` changes nothing and answers what would be recorded: the rows counted, every refused
 * row with its reason, the element averages and the index. `commit` reads the same file again
 * and records it as one `recordSurvey` command through the pipeline (one event, or nothing).
 * Raw responses never leave this request: the event keeps the nine averages and the counts.
 *
 * CSV is read with papaparse (delimiter detected: `,` or the `;` of Indonesian-locale Excel),
 * .xlsx with exceljs (the first worksheet, in a worker thread). Both load on the first import.
 * CSV must be UTF-8 (with or without a BOM); anything else is refused with the reason.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { canActOnBehalf } from '../../shared/commands/permissions';
import { averagesOfResponses, skmFromAverages } from '../../shared/rules/skm';
import { type AveragesRead, MAX_SURVEY_ROWS, type ResponsesRead, type RowRefusal, readAverages, readResponses } from '../../shared/rules/surveyTable';
import { isRecordId } from '../../shared/schema/ids';
import type { Actor } from '../../shared/schema/participants';
import type { CommandPipeline } from '../commands/CommandPipeline';
import type { WorkshopRecord } from '../storage/Storage';
import type { Authenticated } from '../workshops/Authenticator';
import { HttpError, readBody, sendJson } from './json';

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

/** A year of responses as CSV is well under 1 MB; a workbook with formatting a few MB. */
export const SURVEY_MAX_BYTES = 5 * 1024 * 1024;
/** Refused rows listed in a preview (all are counted). */
const LISTED_REFUSALS = 200;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SurveyRouteDeps {
  pipeline: CommandPipeline;
  workshopOr404: (id: string) => Promise<WorkshopRecord>;
  member: (req: IncomingMessage, workshopId: string) => Promise<Authenticated>;
}

/** The bytes of a CSV as text, or why not: only UTF-8 is read, so no letter is silently misread. */
export function csvText(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new HttpError(422, 'wrong_encoding', 'the file is UTF-16; save it as "CSV UTF-8"');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(422, 'wrong_encoding', 'the file is not UTF-8 text; save it as "CSV UTF-8"');
  }
  if (text.includes('\u0000')) throw new HttpError(422, 'wrong_encoding', 'the file holds binary data, not CSV text');
  return text.replace(/^\uFEFF/, '');
}

async function csvTable(bytes: Buffer): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  // A row past the limit is enough to refuse the file: parsing stops there, whatever its size.
  const parsed = Papa.parse<string[]>(csvText(bytes), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'], preview: MAX_SURVEY_ROWS + 2 });
  return parsed.data.map((row) => row.map((cell) => String(cell)));
}

/*
 * exceljs reads a whole workbook at once (about 2 s for 5,000 rows on one slow core): on the
 * event loop that would stall every room's sync. So a short-lived worker thread reads it and
 * hands back the first worksheet as strings, cut after the row limit.
 */
const XLSX_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljs);
(async () => {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(workerData.bytes));
    const sheet = workbook.worksheets[0];
    if (!sheet) return parentPort.postMessage({ ok: false, message: 'the workbook has no worksheet' });
    const table = [];
    // columnCount walks every row when read: once, not per cell.
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      if (n > workerData.maxRows) return;
      const cells = [];
      for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text || '');
      table[n - 1] = cells;
    });
    parentPort.postMessage({ ok: true, table: Array.from(table, (row) => row || []) });
  } catch {
    parentPort.postMessage({ ok: false, message: 'the file is not an Excel workbook (.xlsx)' });
  }
})();
`;
const XLSX_TIMEOUT_MS = 60_000;

async function xlsxTable(bytes: Buffer): Promise<string[][]> {
  const exceljs = createRequire(import.meta.url).resolve('exceljs');
  const worker = new Worker(XLSX_WORKER, { eval: true, execArgv: [], workerData: { exceljs, bytes: new Uint8Array(bytes), maxRows: MAX_SURVEY_ROWS + 2 } });
  try {
    const answer = await new Promise<{ ok: true; table: string[][] } | { ok: false; message: string }>((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, message: 'the workbook took too long to read' }), XLSX_TIMEOUT_MS);
      worker.once('message', (m) => { clearTimeout(timer); resolve(m); });
      worker.once('error', () => { clearTimeout(timer); resolve({ ok: false, message: 'the file is not an Excel workbook (.xlsx)' }); });
      worker.once('exit', () => { clearTimeout(timer); resolve({ ok: false, message: 'the file is not an Excel workbook (.xlsx)' }); });
    });
    if (!answer.ok) throw new HttpError(422, 'unreadable_file', answer.message);
    return answer.table;
  } finally {
    void worker.terminate();
  }
}

function tableRefused(refusal: { code: string }): never {
  throw new HttpError(422, refusal.code, `the file cannot be read as a survey: ${refusal.code}`, refusal as unknown as Record<string, unknown>);
}

interface Reading {
  averages: number[];
  respondents?: number;
  refused: RowRefusal[];
}

function fromResponses(read: ResponsesRead): Reading {
  if (!read.ok) tableRefused(read.refusal);
  if (read.responses.length === 0) throw new HttpError(422, 'no_valid_rows', 'no row of the file could be counted', { refused: read.refused.slice(0, LISTED_REFUSALS), refusedCount: read.refused.length });
  return { averages: averagesOfResponses(read.responses), respondents: read.responses.length, refused: read.refused };
}

function fromAverages(read: AveragesRead): Reading {
  if (!read.ok) tableRefused(read.refusal);
  return { averages: read.averages, refused: [] };
}

export function surveyRoutes(deps: SurveyRouteDeps): { method: string; pattern: RegExp; handler: Handler }[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/survey\/import$/,
      handler: async (req, res, [id]) => {
        const w = await deps.workshopOr404(id!);
        const { participant } = await deps.member(req, w.id);
        if (!canActOnBehalf(participant.role)) throw new HttpError(403, 'role_forbidden', 'only facilitators import survey results');
        const url = new URL(req.url ?? '/', 'http://localhost');
        const kind = url.searchParams.get('kind');
        const mode = url.searchParams.get('mode');
        if (kind !== 'responses' && kind !== 'averages') throw new HttpError(422, 'invalid_request', 'kind: expected responses or averages');
        if (mode !== 'preview' && mode !== 'commit') throw new HttpError(422, 'invalid_request', 'mode: expected preview or commit');
        const surveyId = url.searchParams.get('surveyId');
        if (mode === 'commit' && !isRecordId(surveyId)) throw new HttpError(422, 'invalid_request', 'surveyId: expected a new id');
        const label = url.searchParams.get('label')?.trim().slice(0, 200) || undefined;
        const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
        const xlsx = type === XLSX_TYPE;
        if (!xlsx && type !== 'text/csv' && type !== 'text/plain') throw new HttpError(415, 'unsupported_media_type', 'send text/csv or an .xlsx workbook');
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > SURVEY_MAX_BYTES) throw new HttpError(413, 'body_too_large', `a survey file may hold at most ${SURVEY_MAX_BYTES} bytes`);
        const bytes = await readBody(req, SURVEY_MAX_BYTES);
        const table = xlsx ? await xlsxTable(bytes) : await csvTable(bytes);
        const reading = kind === 'responses' ? fromResponses(readResponses(table)) : fromAverages(readAverages(table));
        const summary = {
          kind,
          respondents: reading.respondents ?? null,
          refusedCount: reading.refused.length,
          refused: reading.refused.slice(0, LISTED_REFUSALS),
          averages: reading.averages,
          result: skmFromAverages(reading.averages),
        };
        if (mode === 'preview') return sendJson(res, 200, summary);
        const actor: Actor = { participantId: participant.id, role: participant.role, sector: participant.sector };
        const command = {
          type: 'recordSurvey',
          surveyId,
          source: kind,
          ...(label ? { label } : {}),
          ...(reading.respondents ? { respondents: reading.respondents, refusedRows: reading.refused.length } : {}),
          averages: reading.averages,
        };
        const result = await deps.pipeline.execute(w.id, actor, command);
        if (!result.ok) throw new HttpError(result.status, result.code, result.message, result.params as Record<string, unknown> | undefined);
        sendJson(res, 200, { ...summary, event: result.entry });
      },
    },
  ];
}
