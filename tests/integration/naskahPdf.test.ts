/**
 * The naskah Kontrak Pelayanan PDF of the finished demo, read back as a reader would: its text
 * (pdftotext) is an Indonesian agreement in form, and every page renders (pdftoppm). Needs
 * poppler-utils (.ci/run installs it). MUFAKAT_UPDATE_SCREENSHOTS=1 keeps two pages as PNGs in
 * docs/screenshots for the README.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api';
import { type RunningServer, SCREENSHOT_DIR, startServer } from '../support/server';

const PUBLIC_URL = 'https://mufakat.jogjakota.go.id';
let server: RunningServer;
let text: string;
/** pdftotext's reading order without layout: cells side by side come out one after the other. */
let reading: string;
let pdfFile: string;
let finishedId: string;
let bundle: { charterSha256: string; charter: { sections: { code: string; clauses: { number: number }[] }[]; signatories: { displayName: string; capacity: string }[] } };

beforeAll(async () => {
  server = await startServer({ finishedDemo: true, env: { MUFAKAT_PUBLIC_URL: PUBLIC_URL } });
  const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
  const finished = (list.body.workshops as { workshopId: string; isDemo: boolean }[]).find((w) => w.isDemo && w.workshopId !== server.demo!.workshopId)!;
  finishedId = finished.workshopId;
  const base = `${server.http}/api/workshops/${finished.workshopId}/charter/versions/1`;
  bundle = await (await fetch(`${base}/bundle.json`)).json();
  const pdf = Buffer.from(await (await fetch(`${base}/bundle.pdf`)).arrayBuffer());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-naskah-'));
  pdfFile = path.join(dir, 'naskah.pdf');
  fs.writeFileSync(pdfFile, pdf);
  text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  reading = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}, 120_000);
afterAll(async () => {
  await server.stop();
});

/** The text with layout spacing folded: one space between words, lines kept. */
const flat = () => text.replace(/[ \t]+/g, ' ');
/** The text as one line: sentences that wrap still match. */
const oneLine = () => text.replace(/\s+/g, ' ');

describe('the naskah PDF of the finished demo', () => {
  it('is an agreement in form: title, nomor, the opening in words, the komparisi of every party, dasar hukum, the closing', () => {
    const t = oneLine();
    expect(t).toContain('KONTRAK PELAYANAN AKTA KELAHIRAN ANTARA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA YOGYAKARTA DENGAN PENGGUNA LAYANAN DAN');
    expect(t).toMatch(/NOMOR: \.{20,}/);
    // The demo is frozen today: the opening names today's date (WIB) in words.
    expect(t).toMatch(/Pada hari ini (Minggu|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu), tanggal [a-z ]+ bulan [A-Z][a-z]+ tahun dua ribu [a-z ]+, bertempat di Ruang Rapat Dinas Kependudukan/);
    expect(t).toContain('yang bertanda tangan di bawah ini:');
    for (const [capacity, sebutan] of [['pihak_pertama', 'PIHAK PERTAMA'], ['pihak_kedua', 'PIHAK KEDUA'], ['pihak_ketiga', 'PIHAK KETIGA']] as const) {
      const party = bundle.charter.signatories.find((s) => s.capacity === capacity)!;
      expect(t, `${sebutan}'s komparisi`).toMatch(new RegExp(`Nama : ${party.displayName.replace(/[.()]/g, '\\$&')}(?: NIP : [\\d ]{21})? Jabatan : .+? Instansi : .+? dalam hal ini bertindak untuk dan atas nama .+?, selanjutnya disebut ${sebutan}\\.`));
    }
    // The head registered a NIP with her key: printed in her komparisi and under her name.
    expect(t).toContain('Nama : Dra. Sri Wahyuni, M.Si NIP : 19710812 199603 2 004 Jabatan : Kepala Dinas');
    expect(t.match(/NIP\. 19710812 199603 2 004/g)?.length, 'under the signature and the Maklumat').toBe(2);
    expect(t).toContain('bertindak untuk dan atas nama pengguna layanan dan kelompok penyandang disabilitas peserta lokakarya, dipilih oleh peserta kelompok masyarakat dalam lokakarya');
    expect(t).toContain('PIHAK PERTAMA, PIHAK KEDUA dan PIHAK KETIGA, yang selanjutnya secara bersama-sama disebut PARA PIHAK, berdasarkan:');
    expect(t).toMatch(/1\. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;/);
    expect(t).toContain('tentang Pedoman Standar Pelayanan, sepakat membuat Kontrak Pelayanan Akta Kelahiran dengan ketentuan sebagai berikut:');
    expect(t).toContain('Demikian Kontrak Pelayanan ini dibuat dan ditandatangani oleh PARA PIHAK');
    expect(t).toContain('rangkap 3 (tiga)');
  });

  it('prints the articles in the catalogue’s order with clauses under their stable numbers, ascending, and keeps negotiation records out of them', () => {
    const t = flat();
    const lampiranAt = t.indexOf('CATATAN PROSES PENYUSUNAN');
    expect(lampiranAt).toBeGreaterThan(0);
    const operative = t.slice(0, t.indexOf('Demikian Kontrak Pelayanan'));
    const pasal = [...operative.matchAll(/^\s*Pasal (\d+)\s*$/gm)].map((m) => Number(m[1]));
    expect(pasal.length).toBeGreaterThan(10);
    expect(pasal).toEqual(pasal.map((_, i) => i + 1));
    // Inside each article, K-numbers ascend; every agreed clause outside DASAR_HUKUM and MAKLUMAT is there once.
    const articles = operative.split(/^\s*Pasal \d+\s*$/m).slice(1);
    for (const a of articles) {
      const ks = [...a.matchAll(/^\s*K(\d+)\s/gm)].map((m) => Number(m[1]));
      expect(ks).toEqual([...ks].sort((x, y) => x - y));
    }
    const printed = [...operative.matchAll(/^\s*K(\d+)\s/gm)].map((m) => Number(m[1])).sort((x, y) => x - y);
    const expected = bundle.charter.sections.filter((s) => s.code !== 'DASAR_HUKUM' && s.code !== 'MAKLUMAT').flatMap((s) => s.clauses.map((c) => c.number)).sort((x, y) => x - y);
    expect(printed).toEqual(expected);
    for (const record of ['Kesepakatan:', 'titik (', 'Pendapat berbeda', 'mendukung —', 'Kemampuan penyelenggara saat ini']) {
      expect(operative, record).not.toContain(record);
    }
    expect(t.slice(lampiranAt)).toContain('Kesepakatan: mufakat');
    expect(t.slice(lampiranAt)).toContain('Pendapat berbeda');
  });

  it('lays out the signatures as Indonesian agreements do, then the Maklumat once, signed by the head alone', () => {
    const t = flat();
    const kedua = t.search(/PIHAK KEDUA,\s+PIHAK PERTAMA,/);
    expect(kedua, 'PIHAK KEDUA | PIHAK PERTAMA on one row').toBeGreaterThan(0);
    const ketiga = t.indexOf('PIHAK KETIGA,', kedua);
    const saksi = t.indexOf('Saksi-saksi:', ketiga);
    const mengetahui = t.indexOf('Mengetahui,', saksi);
    expect(ketiga).toBeGreaterThan(kedua);
    expect(saksi).toBeGreaterThan(ketiga);
    expect(mengetahui).toBeGreaterThan(saksi);
    expect(reading.match(/Telah ditandatangani secara elektronik pada \d+ [A-Z][a-z]+ \d{4} pukul \d{2}\.\d{2} WIB/g)?.length).toBe(6);
    expect(t.match(/MAKLUMAT PELAYANAN/g)).toHaveLength(1);
    const maklumat = t.indexOf('MAKLUMAT PELAYANAN');
    expect(maklumat).toBeGreaterThan(mengetahui);
    const head = bundle.charter.signatories.find((s) => s.capacity === 'pihak_pertama')!;
    const afterPledge = t.slice(maklumat, t.indexOf('Keaslian naskah ini'));
    expect(afterPledge).toContain(head.displayName);
    for (const other of bundle.charter.signatories.filter((s) => s.capacity !== 'pihak_pertama')) expect(afterPledge).not.toContain(other.displayName);
  });

  it('ends the signed copy with one plain verify sentence, the public URL on one line and the code unbroken', () => {
    const t = oneLine();
    expect(t).toContain('Keaslian naskah ini dapat diperiksa dengan memindai kode QR di samping atau membuka alamat berikut:');
    expect(text).toContain(`${PUBLIC_URL}/verify#w=`);
    expect(text).toContain(`&h=${bundle.charterSha256}`);
    expect(text.split('\n').some((line) => line.includes(bundle.charterSha256) && !line.includes('verify'))).toBe(true);
    expect(text).not.toContain('`');
    expect(text).not.toContain('npx');
  });

  it('annexes the standar pelayanan as a table of all 14 components, in the order of PermenPANRB 15/2014', () => {
    // Reading order: a row's cells one after the other (number, component, its entries).
    const t = reading;
    const start = t.indexOf('LAMPIRAN I STANDAR PELAYANAN AKTA KELAHIRAN');
    expect(start, 'Lampiran I').toBeGreaterThan(t.indexOf('Keaslian naskah ini'));
    const annex = t.slice(start, t.indexOf('LAMPIRAN II')).replace(/\/ /g, '/');
    const components = ['Persyaratan', 'Sistem, mekanisme, dan prosedur', 'Jangka waktu penyelesaian', 'Biaya/tarif', 'Produk pelayanan', 'Penanganan pengaduan, saran, dan masukan', 'Dasar hukum', 'Sarana, prasarana, dan/atau fasilitas', 'Kompetensi pelaksana', 'Pengawasan internal', 'Jumlah pelaksana', 'Jaminan pelayanan', 'Jaminan keamanan dan keselamatan pelayanan', 'Evaluasi kinerja pelaksana'];
    let at = 0;
    components.forEach((name, i) => {
      const found = annex.indexOf(`${i + 1} ${name}`, at);
      expect(found, `${i + 1}. ${name} after the one before`).toBeGreaterThan(at - 1);
      at = found;
    });
    // Every agreed clause of a component is in its row, under its K-number; the legal bases are listed.
    const waktu = bundle.charter.sections.find((s) => s.code === 'WAKTU')!;
    for (const c of waktu.clauses) expect(annex).toContain(`K${c.number}.`);
    expect(annex).toContain('1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik');
    expect(t.indexOf('LAMPIRAN II CATATAN PROSES PENYUSUNAN')).toBeGreaterThan(start);
  });

  it('prints no code, no ISO timestamp and no English', () => {
    const withoutUrl = text.replace(new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}\\S*`, 'g'), '');
    expect(withoutUrl.match(/\b[a-z]+_[a-z_]+\b/g), 'snake_case codes').toBeNull();
    expect(withoutUrl.match(/\d{4}-\d{2}-\d{2}T?/g), 'ISO dates').toBeNull();
    for (const english of [/\bService Charter\b/, /\bSignatures?\b/, /\bsigned\b/i, /\bfirst party\b/i, /\bwitness\b/i, /\bconsensus\b/i, /\bVerify\b/, /\bthe\b/, /\band\b/, /\bof\b/]) {
      expect(withoutUrl, String(english)).not.toMatch(english);
    }
  });

  it('renders every page', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    const out = path.join(path.dirname(pdfFile), 'page');
    execFileSync('pdftoppm', ['-r', '60', '-png', pdfFile, out]);
    const pngs = fs.readdirSync(path.dirname(pdfFile)).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort();
    expect(pngs).toHaveLength(pages);
    for (const png of pngs) expect(fs.statSync(path.join(path.dirname(pdfFile), png)).size).toBeGreaterThan(2000);
    if (process.env.MUFAKAT_NASKAH_DUMP) fs.copyFileSync(pdfFile, process.env.MUFAKAT_NASKAH_DUMP);
    // The first page and the signature page, for the README (docs/screenshots with MUFAKAT_UPDATE_SCREENSHOTS=1).
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdfFile, '-'], { encoding: 'utf8' });
    const signaturePage = Array.from({ length: pages }, (_, i) => i + 1).find((n) => pageText(n).includes('Saksi-saksi:'))!;
    const annexPage = Array.from({ length: pages }, (_, i) => i + 1).find((n) => pageText(n).includes('LAMPIRAN I\n'))!;
    for (const [n, name] of [[1, 'naskah-halaman-1'], [signaturePage, 'naskah-tanda-tangan'], [annexPage, 'naskah-lampiran-standar']] as const) {
      execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', String(n), '-l', String(n), pdfFile, path.join(SCREENSHOT_DIR, name)]);
    }
  });

  it('prints the nomor a facilitator sets, and only a facilitator may set it', async () => {
    const link = await api(server.http, 'POST', `/api/owner/workshops/${finishedId}/facilitator-link`, {}, server.ownerToken);
    const facilitator = link.body.token as string;
    const path = `/api/workshops/${finishedId}/details`;
    expect((await api(server.http, 'GET', path, undefined, facilitator)).body).toMatchObject({ nomor: null });
    const set = await api(server.http, 'PUT', path, { nomor: ' 100.3/045/Disdukcapil/XII/2026 ' }, facilitator);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ nomor: '100.3/045/Disdukcapil/XII/2026', place: expect.stringContaining('Ruang Rapat') });
    // Unknown fields and strangers are refused; the nomor stays.
    expect((await api(server.http, 'PUT', path, { nomor: 'x', charterSha256: 'y' }, facilitator)).status).toBe(422);
    expect((await api(server.http, 'PUT', path, { nomor: 'x' })).status).toBe(401);
    const board = await api(server.http, 'PUT', path, { nomor: 'x' }, server.demo!.boardToken);
    expect(board.status).toBeGreaterThanOrEqual(401);
    const pdf = Buffer.from(await (await fetch(`${server.http}/api/workshops/${finishedId}/charter/versions/1/bundle.pdf`)).arrayBuffer());
    const file = path.replace(/\//g, '_');
    const out = `${pdfFile}.${file}.pdf`;
    fs.writeFileSync(out, pdf);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' });
    expect(first).toContain('NOMOR: 100.3/045/Disdukcapil/XII/2026');
    // The nomor is the office's register entry, not part of what was signed: the bundle is unchanged.
    expect((await (await fetch(`${server.http}/api/workshops/${finishedId}/charter/versions/1/bundle.json`)).json()).charterSha256).toBe(bundle.charterSha256);
  });
});
