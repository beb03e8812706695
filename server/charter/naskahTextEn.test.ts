import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../shared/charter/charterDocument';
import { signedBundle } from '../../shared/testing/charterKit';
import { naskahEnPdf } from './naskahEnPdf';
import { articles } from './naskahText';
import { articlesEn, dasarHukumEn, english, GOVERNING_LANGUAGE, NO_ENGLISH } from './naskahTextEn';

const noWhere = { institution: null, place: null, timeZone: null };

function basis(text: { id: string; en?: string }): CharterDocument {
  const { bundle } = signedBundle('small');
  const clause = bundle.charter.sections.flatMap((s) => s.clauses)[0]!;
  return { ...bundle.charter, sections: [{ code: 'DASAR_HUKUM', name: { id: 'Dasar hukum', en: 'Legal basis' }, clauses: [{ ...clause, current: { ...clause.current, text } }] }] };
}

describe('the words of the English translation', () => {
  it('prints the English the room wrote, and marks text without English instead of translating it', () => {
    expect(english({ id: 'Biaya Rp 0.', en: 'Fee Rp 0.' })).toBe('Fee Rp 0.');
    expect(english({ id: 'Biaya Rp 0.' })).toBe(`${NO_ENGLISH} Indonesian original: “Biaya Rp 0.”`);
  });

  it('lists the legal basis from the English text, in either way the room writes a list', () => {
    expect(dasarHukumEn(basis({ id: 'x', en: 'This service rests on: Law 25/2009 on Public Services; Law 24/2013; and Presidential Regulation 96/2018.' }))).toEqual(['Law 25/2009 on Public Services', 'Law 24/2013', 'Presidential Regulation 96/2018']);
    expect(dasarHukumEn(basis({ id: 'x', en: 'This service agreement is drawn up and carried out on the basis of:\n1. Law 25/2009\n2. Law 24/2013' }))).toEqual(['Law 25/2009', 'Law 24/2013']);
    expect(dasarHukumEn(basis({ id: 'Berdasarkan UU 25/2009.' }))).toEqual([`${NO_ENGLISH} Indonesian original: “Berdasarkan UU 25/2009.”`]);
  });

  it('numbers the articles as the Indonesian text does', () => {
    const { bundle } = signedBundle('full');
    expect(articlesEn(bundle.charter).map((a) => [a.number, a.clauses.map((c) => c.label)])).toEqual(articles(bundle.charter).map((a) => [a.number, a.clauses.map((c) => c.label)]));
  });
});

describe('the English translation PDF of a small charter', () => {
  it('opens with its title and the governing-language line, in English headings, and no Indonesian ones', async () => {
    const { bundle } = signedBundle('small');
    const pdf = await naskahEnPdf(bundle, `https://example.go.id/verify#w=x&v=1&h=${bundle.charterSha256}`, noWhere);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-en-unit-')), 'en.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text.trim().startsWith('Service Agreement (Kontrak Pelayanan) — English translation')).toBe(true);
    expect(text).toContain(GOVERNING_LANGUAGE);
    expect(text).toContain('Article 1');
    expect(text).toContain('The FIRST PARTY and the SECOND PARTY, hereinafter together called the PARTIES');
    expect(text).not.toContain('THIRD PARTY');
    expect(text.indexOf('SERVICE PLEDGE')).toBeGreaterThan(text.indexOf('Witnesses:'));
    for (const indonesian of ['Pasal ', 'PIHAK PERTAMA', 'Saksi-saksi', 'Mengetahui', 'MAKLUMAT PELAYANAN', 'LAMPIRAN', 'Halaman ']) expect(text, indonesian).not.toContain(indonesian);
    expect(text).toContain(bundle.charterSha256);
  });
});
