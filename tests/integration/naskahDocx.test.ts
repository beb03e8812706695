/**
 * The editable naskah (.docx) and the English translation (PDF) of the finished demo, read back
 * as a reader would: the Word document unzipped (fflate, docx's own dependency; there is no
 * LibreOffice on the test machines) and its `word/document.xml` read paragraph by paragraph with
 * Word's list numbers written out; the translation through pdftotext, every page rendered with
 * pdftoppm. Needs poppler-utils (.ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DocxParagraph, docxFiles, docxParagraphs, docxPlainText } from '../../server/charter/docxText';
import { forbiddenTermsIn } from '../../shared/testing/forbiddenTerms';
import { api } from '../support/api';
import { type RunningServer, SCREENSHOT_DIR, startServer } from '../support/server';

const PUBLIC_URL = 'https://mufakat.jogjakota.go.id';
let server: RunningServer;
let dir: string;
let docx: Buffer;
let docxType: string | null;
let paragraphs: DocxParagraph[];
let plain: string;
let pdfText: string;
let enFile: string;
let enText: string;
let enType: string | null;
let bundle: { charterSha256: string; charter: { sections: { code: string; name: { id: string; en: string }; clauses: { number: number; current: { text: { id: string; en?: string } } }[] }[]; signatories: { displayName: string; capacity: string }[] } };

beforeAll(async () => {
  server = await startServer({ finishedDemo: true, env: { MUFAKAT_PUBLIC_URL: PUBLIC_URL } });
  const list = await api(server.http, 'GET', '/api/owner/workshops', undefined, server.ownerToken);
  const finished = (list.body.workshops as { workshopId: string; isDemo: boolean }[]).find((w) => w.isDemo && w.workshopId !== server.demo!.workshopId)!;
  const base = `${server.http}/api/workshops/${finished.workshopId}/charter/versions/1`;
  bundle = await (await fetch(`${base}/bundle.json`)).json();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-naskah-docx-'));
  // Public, like the naskah PDF: no token.
  const docxRes = await fetch(`${base}/naskah.docx`);
  docxType = docxRes.headers.get('content-type');
  docx = Buffer.from(await docxRes.arrayBuffer());
  paragraphs = docxParagraphs(docx);
  plain = docxPlainText(docx);
  const pdfFile = path.join(dir, 'naskah.pdf');
  fs.writeFileSync(pdfFile, Buffer.from(await (await fetch(`${base}/bundle.pdf`)).arrayBuffer()));
  pdfText = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const enRes = await fetch(`${base}/naskah-en.pdf`);
  enType = enRes.headers.get('content-type');
  enFile = path.join(dir, 'naskah-en.pdf');
  fs.writeFileSync(enFile, Buffer.from(await enRes.arrayBuffer()));
  enText = execFileSync('pdftotext', ['-layout', enFile, '-'], { encoding: 'utf8' });
  if (process.env.MUFAKAT_NASKAH_DUMP) {
    fs.copyFileSync(enFile, `${process.env.MUFAKAT_NASKAH_DUMP}-en.pdf`);
    fs.writeFileSync(`${process.env.MUFAKAT_NASKAH_DUMP}.docx`, docx);
  }
}, 120_000);
afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const one = (s: string) => s.replace(/\s+/g, ' ');
/** Clauses printed as articles: every section but the dasar hukum and the Maklumat. */
const articleSections = () => bundle.charter.sections.filter((s) => s.code !== 'DASAR_HUKUM' && s.code !== 'MAKLUMAT');

describe('the naskah as a Word document (.docx) of the finished demo', () => {
  it('is an A4 Word document in Arial, Indonesian, with page numbers as fields and real styles', () => {
    expect(docxType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const files = docxFiles(docx);
    const xml = files['word/document.xml']!;
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(files['word/styles.xml']).toContain('w:ascii="Arial"');
    expect(files['word/styles.xml']).toContain('w:val="id-ID"');
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(one(footer.replace(/<[^>]+>/g, ' '))).toMatch(/Halaman .*PAGE.* dari .*NUMPAGES/);
    expect(files['word/numbering.xml']).toContain('w:val="Pasal %1"');
    expect(paragraphs[0]).toMatchObject({ style: 'Title' });
    expect(paragraphs[0]!.text.split('\n')[0]).toBe('KONTRAK PELAYANAN');
  });

  it('has the same words as the PDF: title, nomor, opening, komparisi, dasar hukum, closing', () => {
    const t = one(plain);
    for (const sentence of [
      'KONTRAK PELAYANAN AKTA KELAHIRAN ANTARA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA YOGYAKARTA DENGAN PENGGUNA LAYANAN DAN',
      'yang bertanda tangan di bawah ini:',
      'PIHAK PERTAMA, PIHAK KEDUA dan PIHAK KETIGA, yang selanjutnya secara bersama-sama disebut PARA PIHAK, berdasarkan:',
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;',
      'sepakat membuat Kontrak Pelayanan Akta Kelahiran dengan ketentuan sebagai berikut:',
      'Demikian Kontrak Pelayanan ini dibuat dan ditandatangani oleh PARA PIHAK',
      'rangkap 3 (tiga)',
    ]) {
      expect(t, sentence).toContain(sentence);
      expect(pdfText, sentence).toContain(sentence);
    }
    expect(t).toMatch(/NOMOR: \.{20,}/);
    const opening = /Pada hari ini .+? bertempat di .+?, yang bertanda tangan di bawah ini:/.exec(pdfText)![0];
    expect(t).toContain(opening);
    for (const capacity of ['pihak_pertama', 'pihak_kedua', 'pihak_ketiga']) {
      const party = bundle.charter.signatories.find((s) => s.capacity === capacity)!;
      expect(t).toContain(`Nama : ${party.displayName} `);
    }
    expect(paragraphs.filter((p) => p.number === '1.').length).toBeGreaterThanOrEqual(2);
  });

  it('numbers the articles Pasal 1, 2, ... in the catalogue’s order, with clauses under their K-numbers, ascending, as in the PDF', () => {
    const headings = paragraphs.filter((p) => p.style === 'Heading1');
    expect(headings.map((h) => h.number)).toEqual(articleSections().map((_, i) => `Pasal ${i + 1}`));
    expect(headings.map((h) => h.text.trim())).toEqual([...pdfText.matchAll(/Pasal \d+ (.+?) (?=K\d+ |Ketentuan mengenai )/g)].map((m) => m[1]));
    // Clause paragraphs start with their K-number and a tab, in each article ascending.
    const starts = paragraphs.map((p, i) => (p.style === 'Heading1' ? i : -1)).filter((i) => i >= 0);
    const operativeEnd = paragraphs.findIndex((p) => p.text.startsWith('Demikian Kontrak Pelayanan'));
    const printed: number[] = [];
    starts.forEach((start, n) => {
      const article = paragraphs.slice(start + 1, starts[n + 1] ?? operativeEnd);
      const ks = article.map((p) => /^K(\d+)\t/.exec(p.text)?.[1]).filter((k): k is string => !!k).map(Number);
      expect(ks).toEqual([...ks].sort((a, b) => a - b));
      const section = articleSections()[n]!;
      expect(ks).toEqual(section.clauses.map((c) => c.number).sort((a, b) => a - b));
      printed.push(...ks);
    });
    expect(printed.length).toBe(articleSections().flatMap((s) => s.clauses).length);
    // The clause texts are the agreed Indonesian, word for word.
    const k1 = articleSections().flatMap((s) => s.clauses)[0]!;
    expect(plain).toContain(`K${k1.number}\t${k1.current.text.id}`);
    const operative = paragraphs.slice(0, operativeEnd).map((p) => p.text).join('\n');
    for (const record of ['Kesepakatan:', 'titik (', 'Pendapat berbeda', 'Kemampuan penyelenggara saat ini']) expect(operative, record).not.toContain(record);
  });

  it('lays the signatures out in one table, PIHAK KEDUA | PIHAK PERTAMA, then witnesses, then Mengetahui, and the Maklumat once after it', () => {
    const inTable = paragraphs.filter((p) => p.inTable).map((p) => p.text);
    const at = (text: string) => inTable.indexOf(text);
    expect(at('PIHAK KEDUA,')).toBeGreaterThanOrEqual(0);
    expect(at('PIHAK PERTAMA,')).toBeGreaterThan(at('PIHAK KEDUA,'));
    expect(at('PIHAK KETIGA,')).toBeGreaterThan(at('PIHAK PERTAMA,'));
    expect(at('Saksi-saksi:')).toBeGreaterThan(at('PIHAK KETIGA,'));
    expect(at('Mengetahui,')).toBeGreaterThan(at('Saksi-saksi:'));
    const all = paragraphs.map((p) => p.text);
    expect(all.filter((t) => /MAKLUMAT PELAYANAN/.test(t))).toHaveLength(1);
    expect(all.indexOf('MAKLUMAT PELAYANAN')).toBeGreaterThan(all.indexOf('Mengetahui,'));
    expect(plain.match(/Telah ditandatangani secara elektronik pada \d+ [A-Z][a-z]+ \d{4} pukul \d{2}\.\d{2} WIB/g)?.length).toBe(6);
    // Signature rows never break across pages.
    expect(docxFiles(docx)['word/document.xml']).toContain('<w:cantSplit/>');
    expect(one(plain)).toContain(`${PUBLIC_URL}/verify#w=`);
    expect(plain).toContain(bundle.charterSha256);
    expect(all.indexOf('LAMPIRAN II\nCATATAN PROSES PENYUSUNAN KONTRAK PELAYANAN')).toBeGreaterThan(all.indexOf('MAKLUMAT PELAYANAN'));
  });

  it('carries Lampiran I, the standar pelayanan as a Word table of 14 components whose header repeats on every page, before Lampiran II', () => {
    const all = paragraphs.map((p) => p.text);
    const lampiranI = all.indexOf('LAMPIRAN I\nSTANDAR PELAYANAN AKTA KELAHIRAN');
    const lampiranII = all.indexOf('LAMPIRAN II\nCATATAN PROSES PENYUSUNAN KONTRAK PELAYANAN');
    expect(lampiranI).toBeGreaterThan(all.indexOf('MAKLUMAT PELAYANAN'));
    expect(lampiranII).toBeGreaterThan(lampiranI);
    const cells = paragraphs.slice(lampiranI, lampiranII).filter((p) => p.inTable).map((p) => p.text);
    expect(cells.slice(0, 3)).toEqual(['No.', 'Komponen', 'Uraian']);
    expect(cells.filter((t) => /^\d+$/.test(t)).map(Number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(docxFiles(docx)['word/document.xml']).toContain('<w:tblHeader/>');
  });

  it('prints no code, no ISO timestamp, no English and no word that reads wrong', () => {
    const withoutUrl = plain.replace(new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}\\S*`, 'g'), '');
    expect(withoutUrl.match(/\b[a-z]+_[a-z_]+\b/g), 'snake_case codes').toBeNull();
    expect(withoutUrl.match(/\d{4}-\d{2}-\d{2}T?/g), 'ISO dates').toBeNull();
    for (const english of [/\bService Charter\b/, /\bSignatures?\b/, /\bsigned\b/i, /\bfirst party\b/i, /\bwitness\b/i, /\bconsensus\b/i, /\bVerify\b/, /\bthe\b/, /\band\b/, /\bof\b/]) {
      expect(withoutUrl, String(english)).not.toMatch(english);
    }
    expect(forbiddenTermsIn(withoutUrl, 'exports', 'the naskah .docx')).toEqual([]);
  });
});

describe('the English translation of the finished demo’s naskah (PDF)', () => {
  const enOne = () => one(enText);

  it('is its own document: the translation title, the line that the Indonesian text governs, English headings', () => {
    expect(enType).toBe('application/pdf');
    const t = enOne();
    expect(t.trim().startsWith('Service Agreement (Kontrak Pelayanan) — English translation')).toBe(true);
    expect(t).toContain('The Indonesian text of the Kontrak Pelayanan is the only text that is signed, and it governs');
    expect(t).toContain('SERVICE AGREEMENT ON THE SERVICE “AKTA KELAHIRAN” BETWEEN DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA YOGYAKARTA AND THE SERVICE USERS AND');
    expect(t).toMatch(/On this day, (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday), \d+ [A-Z][a-z]+ 20\d\d, at Ruang Rapat/);
    expect(t).toContain('hereinafter called the FIRST PARTY.');
    expect(t).toContain('The FIRST PARTY, the SECOND PARTY and the THIRD PARTY, hereinafter together called the PARTIES, on the basis of:');
    expect(t).toContain('Law 25/2009 on Public Services;');
    for (const heading of ['SECOND PARTY,', 'FIRST PARTY,', 'THIRD PARTY,', 'Witnesses:', 'Acknowledged by,', 'SERVICE PLEDGE', 'ANNEX', 'RECORD OF HOW THE SERVICE AGREEMENT WAS NEGOTIATED']) expect(t, heading).toContain(heading);
    expect(t.match(/SERVICE PLEDGE/g)).toHaveLength(1);
    expect(t.indexOf('SERVICE PLEDGE')).toBeGreaterThan(t.indexOf('Acknowledged by,'));
  });

  it('follows the naskah’s articles and K-numbers, in the English the room wrote, and marks what has none', () => {
    const articles = [...enText.matchAll(/^\s*Article (\d+)\s*$/gm)].map((m) => Number(m[1]));
    expect(articles).toEqual(articleSections().map((_, i) => i + 1));
    const operative = enText.slice(0, enText.indexOf('In witness whereof'));
    const printed = [...operative.matchAll(/^\s*K(\d+)\s/gm)].map((m) => Number(m[1]));
    for (const a of operative.split(/^\s*Article \d+\s*$/m).slice(1)) {
      const ks = [...a.matchAll(/^\s*K(\d+)\s/gm)].map((m) => Number(m[1]));
      expect(ks).toEqual([...ks].sort((x, y) => x - y));
    }
    expect(printed.sort((a, b) => a - b)).toEqual(articleSections().flatMap((s) => s.clauses.map((c) => c.number)).sort((a, b) => a - b));
    const clauses = articleSections().flatMap((s) => s.clauses);
    const withEnglish = clauses.find((c) => c.current.text.en)!;
    expect(enOne()).toContain(one(withEnglish.current.text.en!).slice(0, 60));
    const without = clauses.filter((c) => !c.current.text.en);
    expect((enOne().match(/\[no English text provided\]/g) ?? []).length).toBeGreaterThanOrEqual(without.length);
  });

  it('has no Indonesian headings but the quoted original title, no code and no ISO timestamp', () => {
    const lines = enText.split('\n').map((l) => l.trim());
    for (const heading of [/^Pasal \d+$/, /^PIHAK (PERTAMA|KEDUA|KETIGA),?$/, /^Saksi-saksi:$/, /^Mengetahui,$/, /^MAKLUMAT PELAYANAN$/, /^LAMPIRAN$/, /^KONTRAK PELAYANAN$/, /^NOMOR:/, /^Halaman \d+/]) {
      expect(lines.filter((l) => heading.test(l)), String(heading)).toEqual([]);
    }
    expect(enOne().match(/Kontrak Pelayanan/g)?.length).toBeGreaterThan(0);
    expect(enOne().replace(/Service Agreement \(Kontrak Pelayanan\)|Indonesian text of the Kontrak Pelayanan|Indonesian original: “[^”]*”/g, '')).not.toMatch(/Kontrak Pelayanan|bertanda tangan|Demikian|berdasarkan:/);
    const withoutUrl = enText.replace(new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}\\S*`, 'g'), '');
    expect(withoutUrl.match(/\b[a-z]+_[a-z_]+\b/g), 'snake_case codes').toBeNull();
    expect(withoutUrl.match(/\d{4}-\d{2}-\d{2}T?/g), 'ISO dates').toBeNull();
  });

  it('renders every page', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [enFile], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    execFileSync('pdftoppm', ['-r', '50', '-png', enFile, path.join(dir, 'en')]);
    const pngs = fs.readdirSync(dir).filter((f) => f.startsWith('en') && f.endsWith('.png'));
    expect(pngs).toHaveLength(pages);
    for (const png of pngs) expect(fs.statSync(path.join(dir, png)).size).toBeGreaterThan(2000);
    // The first page, for the README (docs/screenshots with MUFAKAT_UPDATE_SCREENSHOTS=1).
    execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', '1', '-l', '1', enFile, path.join(SCREENSHOT_DIR, 'naskah-en-halaman-1')]);
  });
});
