/**
 * The satisfaction survey import (issue 17) against the real server: a few hundred generated
 * responses as CSV and as .xlsx, averages, and bad input (refused rows with their reasons,
 * missing columns, wrong encodings, a 50 MB file, a participant's try). A preview stores
 * nothing; a commit stores exactly one event; a refused import stores nothing.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { averagesOfResponses } from '../../shared/rules/skm';
import { MAX_SURVEY_ROWS, readResponses } from '../../shared/rules/surveyTable';
import { generatedSurvey, surveyCsv } from '../../shared/testing/surveyKit';
import { api, createWorkshop, joinAs } from '../support/api';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
let workshopId: string;
let fac: string;
let participant: string;

beforeAll(async () => {
  server = await startServer({ demo: false });
  const w = await createWorkshop(server.http, 'Uji SKM');
  workshopId = w.workshopId;
  fac = w.facilitatorToken;
  participant = (await joinAs(server.http, w.joinCode, { name: 'Warga' })).participantToken;
});
afterAll(async () => {
  await server.stop();
});

async function send(query: string, body: BodyInit, type = 'text/csv', token = fac): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.http}/api/workshops/${workshopId}/survey/import?${query}`, {
    method: 'POST',
    headers: { 'content-type': type, authorization: `Bearer ${token}` },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function eventCount(): Promise<number> {
  const res = await api(server.http, 'GET', `/api/workshops/${workshopId}/events`, undefined, fac);
  return (res.body.events as unknown[]).length;
}

describe('survey import', () => {
  it('previews 300 responses without storing anything, then commits them as one event', async () => {
    const table = generatedSurvey(300);
    const before = await eventCount();
    const preview = await send('kind=responses&mode=preview', surveyCsv(table));
    expect(preview.status).toBe(200);
    const expected = averagesOfResponses((readResponses(table) as { responses: number[][] }).responses);
    expect(preview.body).toMatchObject({ respondents: 300, refusedCount: 0, averages: expected });
    expect(preview.body.result.grade).toMatch(/^[ABCD]$/);
    expect(await eventCount()).toBe(before);
    const commit = await send('kind=responses&mode=commit&surveyId=skm2026a&label=SKM%20semester%20I', surveyCsv(table));
    expect(commit.status).toBe(200);
    expect(commit.body.event).toMatchObject({ type: 'surveyRecorded', data: { survey: { id: 'skm2026a', source: 'responses', label: 'SKM semester I', respondents: 300, refusedRows: 0, averages: expected } } });
    expect(await eventCount()).toBe(before + 1);
    const again = await send('kind=responses&mode=commit&surveyId=skm2026a', surveyCsv(table));
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'survey_exists' } } });
    expect(await eventCount()).toBe(before + 1);
  });

  it('reads a semicolon CSV with a BOM and says why each refused row was refused', async () => {
    const table = generatedSurvey(250);
    table[3]![4] = '7';
    table[4]![6] = 'puas';
    table[5]![10] = '';
    table[6]![0] = '1';
    const csv = `\uFEFF${table.map((row) => row.join(';')).join('\r\n')}`;
    const preview = await send('kind=responses&mode=preview', csv);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ respondents: 246, refusedCount: 4 });
    expect(preview.body.refused).toEqual([
      { row: 4, code: 'score_out_of_range', element: 'U3', value: '7' },
      { row: 5, code: 'not_a_number', element: 'U5', value: 'puas' },
      { row: 6, code: 'missing_value', element: 'U9' },
      { row: 7, code: 'duplicate_id', id: '1', firstRow: 2 },
    ]);
  });

  it('reads an Excel workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Jawaban');
    const table = generatedSurvey(120);
    sheet.addRow(table[0]);
    for (const row of table.slice(1)) sheet.addRow([Number(row[0]), row[1], ...row.slice(2).map(Number)]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await send('kind=responses&mode=preview', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(preview.status).toBe(200);
    expect(preview.body.respondents).toBe(120);
    expect(preview.body.averages).toEqual(averagesOfResponses(table.slice(1).map((r) => r.slice(2).map(Number))));
    const notExcel = await send('kind=responses&mode=preview', 'U1,U2\n1,2\n', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(notExcel).toMatchObject({ status: 422, body: { error: { code: 'unreadable_file' } } });
  });

  it('records typed-out averages from a small CSV', async () => {
    const res = await send('kind=averages&mode=commit&surveyId=skm2026b', 'Unsur;NRR\nU1;3,20\nU2;2,80\nU3;2,50\nU4;3,80\nU5;3,30\nU6;3,50\nU7;3,60\nU8;2,70\nU9;3,00\n');
    expect(res.status).toBe(200);
    expect(res.body.event.data.survey).toMatchObject({ source: 'averages', averages: [3.2, 2.8, 2.5, 3.8, 3.3, 3.5, 3.6, 2.7, 3] });
    expect(res.body.event.data.survey).not.toHaveProperty('respondents');
    expect(Number(res.body.result.converted.toFixed(2))).toBe(78.89);
    expect(res.body.result.grade).toBe('B');
  });

  it('refuses bad files whole, storing nothing', async () => {
    const before = await eventCount();
    const noU4 = generatedSurvey(30).map((row) => row.filter((_, i) => i !== 5));
    expect(await send('kind=responses&mode=commit&surveyId=bad1', surveyCsv(noU4))).toMatchObject({ status: 422, body: { error: { code: 'missing_columns', params: { missing: ['U4'] } } } });
    const latin1 = Buffer.concat([Buffer.from('No,U1,U2,U3,U4,U5,U6,U7,U8,U9,Catatan\n1,3,3,3,3,3,3,3,3,3,'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('\n')]);
    expect(await send('kind=responses&mode=commit&surveyId=bad2', latin1)).toMatchObject({ status: 422, body: { error: { code: 'wrong_encoding' } } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(surveyCsv(generatedSurvey(5)), 'utf16le')]);
    expect(await send('kind=responses&mode=commit&surveyId=bad3', utf16)).toMatchObject({ status: 422, body: { error: { code: 'wrong_encoding' } } });
    const allBad = generatedSurvey(20).map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 2 ? '9' : cell))));
    expect(await send('kind=responses&mode=commit&surveyId=bad4', surveyCsv(allBad))).toMatchObject({ status: 422, body: { error: { code: 'no_valid_rows', params: { refusedCount: 20 } } } });
    expect(await send('kind=averages&mode=commit&surveyId=bad5', 'U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,4.5\n')).toMatchObject({ status: 422, body: { error: { code: 'invalid_averages' } } });
    expect(await send('kind=responses&mode=commit&surveyId=bad6', surveyCsv(generatedSurvey(10)), 'application/pdf')).toMatchObject({ status: 415 });
    expect(await eventCount()).toBe(before);
  });

  it('refuses a file with more rows than any survey', async () => {
    const res = await send('kind=responses&mode=preview', surveyCsv(generatedSurvey(MAX_SURVEY_ROWS + 50)));
    expect(res).toMatchObject({ status: 422, body: { error: { code: 'too_many_rows', params: { max: MAX_SURVEY_ROWS } } } });
  });

  it('refuses a 50 MB file before reading it', async () => {
    const before = await eventCount();
    const big = Buffer.alloc(50 * 1024 * 1024, '3,');
    const res = await send('kind=responses&mode=commit&surveyId=big1', big).catch((err: unknown) => ({ status: 0, body: String(err) }));
    expect(res.status).toBe(413);
    expect(await eventCount()).toBe(before);
  });

  it('is for the facilitator team only', async () => {
    expect(await send('kind=responses&mode=preview', surveyCsv(generatedSurvey(5)), 'text/csv', participant)).toMatchObject({ status: 403, body: { error: { code: 'role_forbidden' } } });
  });
});
