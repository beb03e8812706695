import { describe, expect, it } from 'vitest';
import { generatedSurvey } from '../testing/surveyKit';
import { MAX_SURVEY_ROWS, readAverages, readResponses } from './surveyTable';

describe('reading survey responses', () => {
  it('reads a few hundred rows, ignoring columns that are not elements', () => {
    const table = generatedSurvey(300);
    const read = readResponses(table);
    expect(read.ok && read.responses.length).toBe(300);
    expect(read.ok && read.refused).toEqual([]);
    expect(read.ok && read.responses[0]).toEqual(table[1]!.slice(2).map(Number));
  });

  it('refuses bad rows and says why, keeping the good ones', () => {
    const table = generatedSurvey(300);
    table[5]![4] = '5';
    table[6]![6] = 'baik';
    table[7]![10] = '';
    table[8]![0] = '3';
    table[9]![3] = '0';
    table[10]![5] = '2.5';
    const read = readResponses(table);
    if (!read.ok) throw new Error('refused');
    expect(read.responses.length).toBe(294);
    expect(read.refused).toEqual([
      { row: 6, code: 'score_out_of_range', element: 'U3', value: '5' },
      { row: 7, code: 'not_a_number', element: 'U5', value: 'baik' },
      { row: 8, code: 'missing_value', element: 'U9' },
      { row: 9, code: 'duplicate_id', id: '3', firstRow: 4 },
      { row: 10, code: 'score_out_of_range', element: 'U2', value: '0' },
      { row: 11, code: 'score_out_of_range', element: 'U4', value: '2.5' },
    ]);
  });

  it('refuses a file without the nine element columns, naming the missing ones', () => {
    const table = generatedSurvey(10).map((row) => row.filter((_, i) => i !== 5 && i !== 9));
    expect(readResponses(table)).toEqual({ ok: false, refusal: { code: 'missing_columns', missing: ['U4', 'U8'] } });
  });

  it('finds columns by element name and reads headerless tables', () => {
    const header = ['Persyaratan', 'Sistem, mekanisme, dan prosedur', 'Waktu penyelesaian', 'Biaya/tarif', 'Produk spesifikasi jenis pelayanan', 'Kompetensi pelaksana', 'Perilaku pelaksana', 'Penanganan pengaduan, saran dan masukan', 'Sarana dan prasarana'];
    const read = readResponses([header, ['1', '2', '3', '4', '4', '3', '2', '1', '2']]);
    expect(read.ok && read.responses).toEqual([[1, 2, 3, 4, 4, 3, 2, 1, 2]]);
    const bare = readResponses([['a1', '4', '4', '4', '4', '4', '4', '4', '4', '4'].slice(1), ['3', '3', '3', '3', '3', '3', '3', '3', '3']]);
    expect(bare.ok && bare.responses.length).toBe(2);
    expect(readResponses([])).toEqual({ ok: false, refusal: { code: 'empty' } });
    expect(readResponses([['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']])).toEqual({ ok: false, refusal: { code: 'empty' } });
  });

  it('refuses a table larger than any survey instead of cutting it', () => {
    const table = generatedSurvey(MAX_SURVEY_ROWS + 1);
    expect(readResponses(table)).toMatchObject({ ok: false, refusal: { code: 'too_many_rows' } });
  });
});

describe('reading element averages', () => {
  it('reads one row of nine, with decimal commas', () => {
    expect(readAverages([['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'], ['3,2', '2,8', '2,5', '3,8', '3,3', '3,5', '3,6', '2,7', '3']])).toEqual({
      ok: true,
      averages: [3.2, 2.8, 2.5, 3.8, 3.3, 3.5, 3.6, 2.7, 3],
    });
  });

  it('reads nine rows of element and average, and refuses a value off the scale', () => {
    const rows = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((u, i) => [u, String(2 + i * 0.2)]);
    expect(readAverages([['unsur', 'nrr'], ...rows])).toMatchObject({ ok: true });
    rows[8]![1] = '4.2';
    expect(readAverages(rows)).toEqual({ ok: false, refusal: { code: 'invalid_averages', rows: [{ row: 9, code: 'score_out_of_range', element: 'U9', value: '4.2' }] } });
    expect(readAverages(rows.slice(0, 7))).toEqual({ ok: false, refusal: { code: 'missing_columns', missing: ['U8', 'U9'] } });
  });
});
