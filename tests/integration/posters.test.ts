/**
 * The wall posters of the finished demo workshop, through the real server: the Maklumat
 * Pelayanan (A3 and A4), the standar pelayanan board and the service-flow poster. Each is read
 * back with poppler (pdftotext, pdfinfo, pdfimages, pdftoppm): the Maklumat once, nothing cut
 * with "...", no code words or ISO timestamps, every flow step's action whole, and the QR code's
 * modules equal to those of the verify URL (no QR decoder is installed, so the printed image is
 * compared with the code `qrcode` makes for the expected URL).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterBundle } from '../../shared/charter/bundle';
import { verifyUrl } from '../../shared/charter/verifyLink';
import { api } from '../support/api';
import { type RunningServer, SCREENSHOT_DIR, startServer } from '../support/server';

const run = promisify(execFile);
const PUBLIC_URL = 'https://mufakat.example.id';
let server: RunningServer;
let dir: string;
let workshopId: string;
let bundle: CharterBundle;

beforeAll(async () => {
  server = await startServer({ finishedDemo: true, env: { MUFAKAT_PUBLIC_URL: PUBLIC_URL } });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-posters-'));
  const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
  const finished = (list.body.workshops as { workshopId: string; isDemo: boolean }[]).find((w) => w.isDemo && w.workshopId !== server.demo!.workshopId)!;
  workshopId = finished.workshopId;
  bundle = (await (await fetch(`${server.http}/api/workshops/${workshopId}/charter/versions/1/bundle.json`)).json()) as CharterBundle;
}, 60_000);
afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Downloads a poster without a token (public, like the charter PDF) and returns its file and text. */
async function poster(name: string): Promise<{ file: string; raw: string; text: string; flat: string; pages: number; size: string }> {
  const res = await fetch(`${server.http}/api/workshops/${workshopId}/charter/versions/1/${name}.pdf`);
  expect(res.status, name).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  // The foot line of every sheet is left out, so a paragraph running over two sheets stays whole.
  const raw = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
  const text = raw.replace(/^Kontrak Pelayanan .*, naskah final .*$/gmu, '');
  const info = (await run('pdfinfo', [file])).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '';
  // pdftoppm renders every page.
  const prefix = path.join(dir, name);
  await run('pdftoppm', ['-r', '20', '-png', file, prefix]);
  expect(fs.readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))).toHaveLength(pages);
  // The first sheet of each poster, for the README (MUFAKAT_UPDATE_SCREENSHOTS=1).
  await run('pdftoppm', ['-r', '40', '-png', '-singlefile', '-f', '1', '-l', '1', file, path.join(SCREENSHOT_DIR, `poster-${name}`)]);
  return { file, raw, text, flat: flat(text), pages, size };
}

/**
 * Text without whitespace or hyphens, so a sentence wrapped over lines still matches itself
 * (pdftotext joins "perundang-" at a line end and "undangan" into one word).
 */
const flat = (text: string) => text.replace(/[\s-]+/g, '');

function plainIndonesian(name: string, text: string): void {
  expect(text, `${name}: nothing cut with an ellipsis`).not.toMatch(/\.\.\.|…/);
  expect(text, `${name}: no code words`).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  expect(text, `${name}: no ISO dates or timestamps`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(text, `${name}: no English labels`).not.toMatch(/\b(Service|Charter|Verify|minutes|Signed|Requirements)\b/);
}

/** A binary PPM or PGM file (what pdfimages writes by default) as pixels. */
function netpbm(file: Buffer): { width: number; height: number; data: Buffer } {
  const header = /^P([56])\s+(\d+)\s+(\d+)\s+255\s/.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM/PGM file');
  const [whole, , width, height] = header;
  return { width: Number(width), height: Number(height), data: file.subarray(whole!.length) };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('posters for the wall', () => {
  it('the Maklumat Pelayanan poster (A3 and A4): the pledge once, signed by the head of the unit alone, a QR code to the verify page', async () => {
    const link = verifyUrl(PUBLIC_URL, { workshopId, charterVersion: 1, charterSha256: bundle.charterSha256 });
    const head = bundle.signatures.find((s) => s.capacity === 'pihak_pertama')!;
    const others = bundle.signatures.filter((s) => s.capacity !== 'pihak_pertama');
    expect(bundle.charter.maklumat.length).toBeGreaterThan(0);
    for (const [name, size] of [
      ['maklumat-a3', '841.89 x 1190.55'],
      ['maklumat-a4', '595.28 x 841.89'],
    ] as const) {
      const p = await poster(name);
      expect(p.pages, `${name}: one sheet`).toBe(1);
      expect(p.size).toBe(size);
      plainIndonesian(name, p.raw);
      expect(p.text).toContain('MAKLUMAT PELAYANAN');
      for (const m of bundle.charter.maklumat) expect(count(p.flat, flat(m.text.id)), `${name}: the pledge exactly once`).toBe(1);
      // The head of the unit signs alone: name, jabatan, place and the date in words.
      expect(p.flat).toContain(flat(head.signer.name));
      expect(p.flat).toContain(flat('KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA YOGYAKARTA'));
      expect(p.text).toMatch(/Yogyakarta, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
      for (const s of others) expect(p.flat, `${name}: only the head of the unit signs`).not.toContain(flat(s.signer.name));
      expect(p.text).toContain('Pindai kode QR');
      expect(p.flat).toContain(flat(link));

      // The QR code: the image in the PDF has exactly the modules of the verify URL's code.
      await run('pdfimages', [p.file, path.join(dir, `${name}-img`)]);
      const images = fs.readdirSync(dir).filter((f) => f.startsWith(`${name}-img`)).sort();
      const qr = netpbm(fs.readFileSync(path.join(dir, images[0]!)));
      const modules = QRCode.create(link, { errorCorrectionLevel: 'M' }).modules;
      const cell = qr.width / (modules.size + 2);
      expect(Number.isInteger(cell)).toBe(true);
      const channels = qr.data.length / (qr.width * qr.height);
      let differing = 0;
      for (let r = 0; r < modules.size; r++) {
        for (let c = 0; c < modules.size; c++) {
          const x = Math.floor((c + 1.5) * cell);
          const y = Math.floor((r + 1.5) * cell);
          const dark = qr.data[(y * qr.width + x) * channels]! < 128;
          if (dark !== Boolean(modules.get(r, c))) differing++;
        }
      }
      expect(differing, `${name}: the QR code encodes ${link}`).toBe(0);
    }
  }, 60_000);

  it('the standar pelayanan board: the six components users need, from the agreed clauses', async () => {
    const p = await poster('standar-pelayanan');
    expect(p.size).toBe('841.89 x 1190.55');
    plainIndonesian('standar-pelayanan', p.raw);
    const headings = ['Persyaratan', 'Prosedur', 'Jangka waktu penyelesaian', 'Biaya', 'Produk pelayanan', 'Pengaduan, saran dan masukan'].map((h, i) => `${i + 1}. ${h}`);
    const at = headings.map((h) => p.text.indexOf(h));
    expect(at.every((i) => i >= 0), 'every component is there').toBe(true);
    expect([...at].sort((a, b) => a - b), 'in the order of the standard').toEqual(at);
    for (const code of ['PERSYARATAN', 'PROSEDUR', 'WAKTU', 'BIAYA', 'PRODUK', 'PENGADUAN']) {
      const clauses = bundle.charter.sections.find((s) => s.code === code)?.clauses ?? [];
      expect(clauses.length, code).toBeGreaterThan(0);
      for (const c of clauses) expect(p.flat, `${code}: K${c.number} whole`).toContain(flat(c.current.text.id));
    }
    expect(p.raw, 'the foot of the sheet names the charter version and its date in words').toMatch(/Kontrak Pelayanan Akta Kelahiran, versi 1, naskah final ditetapkan \d{1,2} [A-Z][a-z]+ \d{4}\s+·\s+Lembar 1 dari \d/);
    // Nothing from other sections (the Maklumat has its own poster).
    for (const m of bundle.charter.maklumat) expect(p.flat).not.toContain(flat(m.text.id));
  }, 60_000);

  it('the service-flow poster: every step whole, processing time apart from waiting time', async () => {
    const p = await poster('alur-pelayanan');
    expect(p.size).toBe('841.89 x 1190.55');
    plainIndonesian('alur-pelayanan', p.raw);
    const steps = bundle.charter.content.serviceFlow;
    expect(steps.length).toBeGreaterThanOrEqual(5);
    let last = -1;
    for (const s of steps) {
      const i = p.flat.indexOf(flat(s.action));
      expect(i, `step action whole: ${s.action}`).toBeGreaterThan(last);
      last = i;
      expect(p.flat).toContain(flat(s.unit));
      expect(p.flat).toContain(flat(`Waktu proses: ${s.minutes} menit`));
      if (s.documents) expect(p.flat).toContain(flat(s.documents));
    }
    const total = steps.reduce((sum, s) => sum + s.minutes, 0);
    expect(p.flat).toContain(flat(`Jumlah waktu proses semua langkah: ${total} menit`));
    expect(p.text).toContain('waktu menunggu');
  }, 60_000);
});
