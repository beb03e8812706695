/**
 * The Berita Acara Kesepakatan, the daftar hadir and the notulen of both demo workshops (in
 * progress and finished), read back with pdftotext and rendered page by page with pdftoppm.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventLog } from '../../shared/commands/eventLog';
import { api, joinAs } from '../support/api';
import { type RunningServer, SCREENSHOT_DIR, startServer } from '../support/server';

const run = promisify(execFile);
let server: RunningServer;
const out = mkdtempSync(path.join(os.tmpdir(), 'mufakat-records-'));

beforeAll(async () => {
  server = await startServer({ finishedDemo: true });
});
afterAll(async () => {
  await server.stop();
});

async function demos(): Promise<{ name: string; workshopId: string; token: string }[]> {
  const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
  const finished = (list.body.workshops as { workshopId: string; isDemo: boolean }[]).find((w) => w.isDemo && w.workshopId !== server.demo!.workshopId)!;
  const token = new RegExp(`/f/${finished.workshopId}#token=([\\w-]+)`).exec(server.output())![1]!;
  return [
    { name: 'resting', workshopId: server.demo!.workshopId, token: server.demo!.facilitatorToken },
    { name: 'finished', workshopId: finished.workshopId, token },
  ];
}

async function pdf(workshopId: string, kind: string, token: string): Promise<{ status: number; bytes: Buffer; type: string | null }> {
  const res = await fetch(`${server.http}/api/workshops/${workshopId}/records/${kind}.pdf`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

/** pdftotext of the file, and the number of pages pdftoppm rendered (one PNG per page). */
async function readBack(file: string): Promise<{ text: string; pages: number; rendered: number }> {
  const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
  const { stdout: info } = await run('pdfinfo', [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const prefix = file.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-png', '-r', '60', file, prefix]);
  const base = path.basename(prefix);
  const rendered = readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png')).length;
  return { text, pages, rendered };
}

function expectPlainIndonesian(text: string): void {
  expect(text, 'no snake_case codes').not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  expect(text, 'no ISO dates or timestamps').not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(text).not.toMatch(/\d{2}:\d{2}:\d{2}/);
  expect(text, 'no English outcome words').not.toMatch(/\b(consensus|reservations|stand-aside|facilitator)\b/i);
}

/** "pukul 09.05" → minutes since midnight, in the order they are printed. */
const clockTimes = (text: string, lead = '') => [...text.matchAll(new RegExp(`${lead}pukul (\\d{2})\\.(\\d{2}) WI`, 'g'))].map((m) => Number(m[1]) * 60 + Number(m[2]));

describe('meeting records (Berita Acara, daftar hadir, notulen)', () => {
  it('are made for both demo workshops: A4, plain Indonesian, every page renders, the attendance matches the people, agenda times in order', { timeout: 120_000 }, async () => {
    for (const demo of await demos()) {
      const events = (await api(server.http, 'GET', `/api/workshops/${demo.workshopId}/events`, undefined, demo.token)).body.events;
      const read = readEventLog(demo.workshopId, events);
      if (!read.ok) throw new Error(read.message);
      const people = Object.values(read.state.participants).filter((p) => !p.revoked && p.displayName !== 'Layar proyektor');
      const starts = read.events.filter((e) => e.type === 'agendaStepSet' && e.data.stepId !== null);
      expect(starts.length).toBeGreaterThan(3);

      const texts: Record<string, string> = {};
      for (const kind of ['berita-acara', 'daftar-hadir', 'notulen']) {
        const res = await pdf(demo.workshopId, kind, demo.token);
        expect(res.status, `${demo.name} ${kind}`).toBe(200);
        expect(res.type).toBe('application/pdf');
        const file = path.join(out, `${demo.name}-${kind}.pdf`);
        writeFileSync(file, res.bytes);
        const { text, pages, rendered } = await readBack(file);
        expect(pages).toBeGreaterThan(0);
        expect(rendered, `${demo.name} ${kind}: every page renders`).toBe(pages);
        const { stdout: size } = await run('pdfinfo', [file]);
        expect(size).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
        expectPlainIndonesian(text);
        texts[kind] = text;
        // The first page of each record of the finished demo, for the README (MUFAKAT_UPDATE_SCREENSHOTS=1).
        if (demo.name === 'finished') await run('pdftoppm', ['-png', '-r', '70', '-singlefile', '-f', '1', '-l', '1', file, path.join(SCREENSHOT_DIR, kind)]);
      }

      const ba = texts['berita-acara']!;
      expect(ba).toContain('BERITA ACARA KESEPAKATAN');
      expect(ba).toContain(`dihadiri oleh ${people.length} orang`);
      expect(ba).toMatch(/(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
      // The agenda: one line per started step, with its start time, in the order they started.
      const agenda = clockTimes(ba.slice(ba.indexOf('A. Susunan acara'), ba.indexOf('B. Kehadiran')));
      expect(agenda).toHaveLength(starts.length);
      expect(agenda).toEqual([...agenda].sort((a, b) => a - b));
      expect(ba).toContain('Hal yang disepakati');
      expect(ba).toMatch(/Cara memutuskan: mufakat/);
      expect(ba).toContain('Cara memutuskan: mufakat, dengan catatan');
      if (Object.keys(read.state.notApplicable).length) expect(ba).toMatch(/tidak berlaku karena[\s\S]*Cara memutuskan: diputuskan forum/);
      else expect(ba).toContain('Tidak ada bagian yang dinyatakan tidak berlaku.');
      expect(ba).toContain('Fasilitator');
      expect(ba).toContain('Pihak Pertama');

      const dh = texts['daftar-hadir']!;
      expect(dh).toContain('DAFTAR HADIR');
      expect(dh).toContain(`Jumlah yang hadir: ${people.length} orang`);
      for (const p of people) expect(dh, p.displayName).toContain(p.displayName.split(' ')[0]);
      expect(dh).toContain('Tanda tangan');
      expect(dh).toContain('Dinas Kependudukan');

      const nt = texts.notulen!;
      expect(nt).toContain('NOTULEN');
      const steps = clockTimes(nt, 'Dimulai [^\\n]*?');
      expect(steps).toHaveLength(starts.length);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(nt).toMatch(/Diusulkan klausul K\d+/);
      expect(nt).toMatch(/Hasil penentuan prioritas/);
      expect(nt).toMatch(/Hasil uji kesepakatan atas klausul K\d+: mufakat/);
      if (demo.name === 'finished') {
        expect(ba).toMatch(/Naskah final Kontrak Pelayanan versi 1 ditetapkan pada .*; ditandatangani secara elektronik oleh 6 dari 6 penanda tangan/s);
        expect(nt).toContain('menandatangani naskah final versi 1 secara elektronik');
      } else {
        expect(ba).toContain('Naskah final Kontrak Pelayanan belum ditetapkan');
      }
    }
  });

  it('are for facilitators only', async () => {
    const person = await joinAs(server.http, server.demo!.joinCode, { name: 'Warga Penasaran' });
    const res = await pdf(server.demo!.workshopId, 'berita-acara', person.participantToken);
    expect(res.status).toBe(403);
    expect((await pdf(server.demo!.workshopId, 'berita-acara', '')).status).toBe(401);
  });
});
