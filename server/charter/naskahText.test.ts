import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CharterBundle } from '../../shared/charter/bundle';
import { localDateTime, tanggalDalamHuruf } from '../../shared/charter/terbilang';
import { signedBundle } from '../../shared/testing/charterKit';
import { charterPdf } from './charterPdf';
import { articles, closingSentence, dasarHukum, judulPasal, komparisi, openingSentence, standarPelayananRows, titleLines } from './naskahText';

const noWhere = { institution: null, place: null, timeZone: null };

describe('the naskah words', () => {
  const { bundle } = signedBundle('small');
  const doc = bundle.charter;

  it('names two parties when there is no pihak ketiga, and makes the naskah in two copies', () => {
    expect(titleLines(bundle, { ...noWhere, institution: 'Puskesmas Sukamaju' })).toEqual(['KONTRAK PELAYANAN', 'AKTA KELAHIRAN', 'ANTARA', 'PUSKESMAS SUKAMAJU', 'DENGAN', 'PENGGUNA LAYANAN']);
    expect(closingSentence(doc)).toContain('dalam rangkap 2 (dua), masing-masing mempunyai kekuatan hukum yang sama.');
  });

  it('opens on the day of the freeze in the workshop’s time zone (WIB when none was set), with a blank to fill for the place', () => {
    const day = tanggalDalamHuruf(localDateTime(doc.frozenAt, 'WIT')).replace(/^hari /, '');
    expect(openingSentence(doc, { ...noWhere, timeZone: 'WIT', place: 'Aula Kantor Bupati Jayapura' })).toBe(`Pada hari ini ${day}, bertempat di Aula Kantor Bupati Jayapura, yang bertanda tangan di bawah ini:`);
    expect(openingSentence(doc, noWhere)).toMatch(/^Pada hari ini \w+, tanggal [a-z ]+ bulan \w+ tahun [a-z ]+, bertempat di \.{10,}, yang bertanda tangan di bawah ini:$/);
    expect(openingSentence(doc, noWhere)).toContain(tanggalDalamHuruf(localDateTime(doc.frozenAt, 'WIB')).replace(/^hari /, ''));
  });

  it('annexes all 14 standar pelayanan components in PermenPANRB order, and says so where the agreement sets nothing', () => {
    const rows = standarPelayananRows(doc);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(rows[0]!.component).toBe('Persyaratan');
    expect(rows[6]!.component).toBe('Dasar hukum');
    for (const r of rows) expect(r.entries.length, r.component).toBeGreaterThan(0);
    const waktu = doc.sections.find((s) => s.code === 'WAKTU')!;
    expect(rows[2]!.entries.filter((e) => /^K\d+\. /.test(e))).toHaveLength(waktu.clauses.length);
    const empty = { ...doc, sections: doc.sections.map((s) => ({ ...s, clauses: [] })) };
    expect(standarPelayananRows(empty)[8]!.entries).toEqual(['Belum diatur dalam Kontrak Pelayanan ini.']);
  });

  it('prints NIP in the komparisi only where the signer’s title carries one', () => {
    const head = doc.signatories.find((s) => s.capacity === 'pihak_pertama')!;
    const withNip: CharterBundle = { ...bundle, signatures: bundle.signatures.map((g) => (g.capacity === 'pihak_pertama' ? { ...g, signer: { ...g.signer, title: 'Kepala Dinas, NIP 19700101 199503 1 001' } } : g)) };
    expect(komparisi(withNip, head, noWhere).rows).toEqual([
      ['Nama', head.displayName],
      ['NIP', '19700101 199503 1 001'],
      ['Jabatan', 'Kepala Dinas'],
      ['Instansi', `Lembaga ${head.participantId}`],
    ]);
    expect(komparisi(bundle, head, noWhere).rows.map(([label]) => label)).toEqual(['Nama', 'Jabatan', 'Instansi']);
    const kedua = doc.signatories.find((s) => s.capacity === 'pihak_kedua')!;
    expect(komparisi(bundle, kedua, noWhere).actsFor).toBe(`dalam hal ini bertindak untuk dan atas nama ${kedua.mandate!.actsFor}, ${kedua.mandate!.chosenBy}, selanjutnya disebut PIHAK KEDUA.`);
  });

  it('makes an article of every section but the dasar hukum and the Maklumat, and says why a section does not apply', () => {
    const printed = articles(doc);
    expect(printed.map((a) => a.number)).toEqual(printed.map((_, i) => i + 1));
    expect(printed.some((a) => /maklumat|dasar hukum/i.test(a.title))).toBe(false);
    expect(printed.length).toBe(doc.sections.filter((s) => s.code !== 'MAKLUMAT' && s.code !== 'DASAR_HUKUM').length);
    expect(printed.find((a) => a.notApplicable)?.notApplicable).toMatch(/^Ketentuan mengenai .+ tidak berlaku dalam Kontrak Pelayanan ini: Uji\.$/);
  });

  it('lists the dasar hukum one rule per line and titles articles as a legal text does', () => {
    const withBasis = {
      ...doc,
      sections: [{ code: 'DASAR_HUKUM', name: { id: 'Dasar hukum', en: '' }, clauses: [{ ...doc.sections.flatMap((s) => s.clauses)[0]!, current: { ...doc.sections.flatMap((s) => s.clauses)[0]!.current, text: { id: 'Pelayanan ini berdasarkan: UU 25/2009 tentang Pelayanan Publik; UU 24/2013; dan Perpres 96/2018.' } } }] }],
    };
    expect(dasarHukum(withBasis)).toEqual(['UU 25/2009 tentang Pelayanan Publik', 'UU 24/2013', 'Perpres 96/2018']);
    expect(judulPasal('Visi & misi pelayanan')).toBe('Visi dan Misi Pelayanan');
    expect(judulPasal('Jangka waktu penyelesaian (hari kerja)')).toBe('Jangka Waktu Penyelesaian (hari kerja)');
  });
});

describe('the naskah PDF of a small charter', () => {
  it('renders two parties, no pihak ketiga, and the Maklumat once after the signatures', async () => {
    const { bundle } = signedBundle('small');
    const pdf = await charterPdf(bundle, `https://example.go.id/verify#w=x&v=1&h=${bundle.charterSha256}`, noWhere);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-unit-')), 'n.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('PIHAK PERTAMA dan PIHAK KEDUA, yang selanjutnya secara bersama-sama disebut PARA PIHAK');
    expect(text).not.toContain('PIHAK KETIGA');
    expect(text.match(/MAKLUMAT PELAYANAN/g)).toHaveLength(1);
    expect(text.indexOf('MAKLUMAT PELAYANAN')).toBeGreaterThan(text.indexOf('Saksi-saksi:'));
    expect(text).toContain(bundle.charterSha256);
  });
});
