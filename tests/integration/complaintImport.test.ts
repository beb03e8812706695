/**
 * The complaint import route against a real server: a preview stores nothing, a commit is one
 * event, bad files and rows say why, and a 50 MB body is refused before it is read.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintRows, exportCsv, exportCsvWindows1252, exportXlsx } from '../fixtures/complaintFiles';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

let server: RunningServer;
let w: ApiWorkshop;

beforeAll(async () => {
  server = await startServer();
  w = await ApiWorkshop.create(server.http);
});
afterAll(async () => {
  await server.stop();
});

const MAPPING = { date: 'Tanggal Laporan', channel: 'Kanal', text: 'Isi Laporan', userGroup: 'Kelompok Pengguna', category: 'Kategori' };

async function upload(body: Buffer | string, step: 'preview' | 'commit', options: { mapping?: object; token?: string } = {}) {
  const q = new URLSearchParams({ step, name: 'lapor.csv', ...(options.mapping ? { mapping: JSON.stringify(options.mapping) } : {}) });
  const res = await fetch(`${server.http}/api/workshops/${w.workshopId}/complaints/import?${q}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.token ?? w.facilitator.token}`, 'content-type': 'application/octet-stream' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const complaintEvents = async () => (await w.events()).filter((e) => e.type === 'complaintsRecorded');

describe('complaint import', () => {
  it('previews without storing, then commits every accepted row as one event', async () => {
    const rows = complaintRows(400);
    const lines = exportCsv(rows).trimEnd().split('\r\n');
    lines.push(lines[5]!); // a duplicate of row 6
    lines[10] = lines[10]!.replace(rows[9]!.date, '32/01/2025');
    const csv = `${lines.join('\r\n')}\r\n`;
    const preview = await upload(csv, 'preview');
    expect(preview.status).toBe(200);
    expect(preview.body.mapping).toEqual(MAPPING);
    expect(preview.body.personalColumns).toEqual(['Nama Pelapor', 'No. HP']);
    expect(preview.body.accepted).toHaveLength(399);
    expect(preview.body.refused).toEqual([
      { row: 11, reason: 'date_invalid', params: { value: '32/01/2025' } },
      { row: 402, reason: 'duplicate', params: { of: 6 } },
    ]);
    expect(await complaintEvents()).toHaveLength(0);

    const before = (await w.events()).length;
    const commit = await upload(csv, 'commit', { mapping: MAPPING });
    expect(commit.status).toBe(200);
    expect(commit.body.recorded).toBe(399);
    const events = await w.events();
    expect(events.length).toBe(before + 1);
    const [event] = await complaintEvents();
    expect(event.data.complaints).toHaveLength(399);
    expect(event.data.source).toMatchObject({ kind: 'file', format: 'csv', encoding: 'utf-8', mapping: MAPPING });
    expect(JSON.stringify(event.data)).not.toMatch(/Siti Aminah|Budi Santoso|Nama Pelapor|08\d{10}/);

    // The same file again: every row is already recorded, and nothing is stored.
    const again = await upload(csv, 'commit', { mapping: MAPPING });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('import_nothing_accepted');
    expect(await complaintEvents()).toHaveLength(1);
  });

  it('remembers the mapping for the next import, reads Windows-1252 and .xlsx', async () => {
    const renamed = exportCsv(complaintRows(30, 99)).replace('Tanggal Laporan', 'Tgl');
    const first = await upload(renamed, 'preview');
    expect(first.body.mapping.date).toBe('Tgl');
    const mapping = { ...MAPPING, date: 'Tgl' };
    expect((await upload(renamed, 'commit', { mapping })).status).toBe(200);
    const next = await upload(exportCsv(complaintRows(5, 100)).replace('Tanggal Laporan', 'Tgl'), 'preview');
    expect(next.body).toMatchObject({ mapping, remembered: true });

    const windowsRows = complaintRows(20, 7);
    windowsRows[0]!.text = 'Loket “tutup” – café sebelah';
    const cp1252 = await upload(exportCsvWindows1252(windowsRows), 'preview');
    expect(cp1252.body).toMatchObject({ encoding: 'windows-1252', format: 'csv' });
    expect(cp1252.body.accepted[0].text).toBe('Loket “tutup” – café sebelah');
    const xlsx = await upload(await exportXlsx(complaintRows(200, 8)), 'preview');
    expect(xlsx.body).toMatchObject({ format: 'xlsx' });
    expect(xlsx.body.accepted).toHaveLength(200);
  });

  it('refuses bad files whole, with a reason, and stores nothing', async () => {
    const count = (await complaintEvents()).length;
    const utf16 = await upload(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tanggal,Isi\r\n', 'utf16le')]), 'preview');
    expect([utf16.status, utf16.body.error.code]).toEqual([422, 'utf16_not_supported']);
    const broken = await upload(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(500, 1)]), 'commit', { mapping: MAPPING });
    expect([broken.status, broken.body.error.code]).toEqual([422, 'xlsx_unreadable']);
    const missing = await upload(exportCsv(complaintRows(3)).replace('Isi Laporan', 'Uraian'), 'commit', { mapping: MAPPING });
    expect([missing.status, missing.body.error.code, missing.body.error.params.column]).toEqual([422, 'mapping_column_missing', 'Isi Laporan']);
    const personal = await upload(exportCsv(complaintRows(3)), 'commit', { mapping: { ...MAPPING, userGroup: 'Nama Pelapor' } });
    expect(personal.body.error.code).toBe('mapping_personal_column');
    expect(await complaintEvents()).toHaveLength(count);
  });

  it('is for facilitators only', async () => {
    const s9 = await w.join('S9', 'civil_society');
    const res = await upload(exportCsv(complaintRows(3)), 'preview', { token: s9.token });
    expect([res.status, res.body.error.code]).toEqual([403, 'role_forbidden']);
  });

  it('refuses a 50 MB body from its length, before the body is sent', async () => {
    const url = new URL(`${server.http}/api/workshops/${w.workshopId}/complaints/import?step=preview`);
    const size = 50 * 1024 * 1024;
    let sent = 0;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(url, { method: 'POST', headers: { authorization: `Bearer ${w.facilitator.token}`, 'content-length': size } }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      // 1 MB, then wait for the answer: the rest is never sent.
      const chunk = Buffer.alloc(1024 * 1024, 0x41);
      req.write(chunk);
      sent += chunk.length;
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe('import_too_large');
    expect(sent).toBeLessThan(size);
  });

  it('cuts off a body without a length at the limit', async () => {
    const url = new URL(`${server.http}/api/workshops/${w.workshopId}/complaints/import?step=preview`);
    let sent = 0;
    const answer = await new Promise<number>((resolve) => {
      const req = http.request(url, { method: 'POST', headers: { authorization: `Bearer ${w.facilitator.token}`, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(-1));
      const chunk = Buffer.alloc(1024 * 1024, 0x41);
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(answer).toBe(413);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });
});
