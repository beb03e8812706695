import { describe, expect, it } from 'vitest';
import type { CharterBundle } from '../../shared/charter/bundle';
import { signedBundle } from '../../shared/testing/charterKit';
import { docxFiles, docxParagraphs, docxPlainText } from './docxText';
import { naskahDocx } from './naskahDocx';
import { articles, closingSentence, openingSentence, paraPihakSentence } from './naskahText';

const where = { institution: 'Dinas Kependudukan dan Pencatatan Sipil', place: 'Aula Balai Kota, Yogyakarta', timeZone: 'WITA' as const };

/** The small signed charter with three clauses in one article, stored out of their K-number order, one with English. */
function withClauses(): CharterBundle {
  const { bundle } = signedBundle('small');
  const b = structuredClone(bundle);
  const section = b.charter.sections.find((s) => s.code !== 'DASAR_HUKUM' && s.code !== 'MAKLUMAT' && s.clauses.length > 0)!;
  const base = section.clauses[0]!;
  section.clauses = [7, 2, 5].map((n) => ({ ...base, id: `c${n}`, number: n, current: { ...base.current, text: { id: `Ketentuan nomor ${n} berlaku.`, ...(n === 5 ? { en: `Provision number ${n} applies.` } : {}) } } }));
  return b;
}

describe('the naskah as a Word document', () => {
  it('carries the words of naskahText, in order, without the English the clauses also carry', async () => {
    const bundle = withClauses();
    const docx = await naskahDocx(bundle, `https://layanan.go.id/verify#w=x&v=1&h=${bundle.charterSha256}`, where);
    const text = docxPlainText(docx);
    const order = [openingSentence(bundle.charter, where), paraPihakSentence(bundle.charter), ...articles(bundle.charter).map((a) => a.title), closingSentence(bundle.charter), 'PIHAK KEDUA,', 'PIHAK PERTAMA,', 'Saksi-saksi:', 'Mengetahui,', 'MAKLUMAT PELAYANAN', 'LAMPIRAN'];
    // Each piece found after the one before it.
    let from = 0;
    for (const piece of order) {
      const at = text.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
    expect(text.match(/MAKLUMAT PELAYANAN/g)).toHaveLength(1);
    expect(text).not.toContain('PIHAK KETIGA');
    expect(text).not.toContain('Provision number');
    expect(text).toContain('dalam rangkap 2 (dua)');
  });

  it('prints the clauses of an article in K-number order, whatever order the document keeps them in', async () => {
    const docx = await naskahDocx(withClauses(), 'https://layanan.go.id/verify', where);
    const ks = docxParagraphs(docx).map((p) => /^K(\d+)\tKetentuan nomor/.exec(p.text)?.[1]).filter(Boolean);
    expect(ks).toEqual(['2', '5', '7']);
  });

  it('numbers the articles through Word (Heading 1, "Pasal %1") as naskahText numbers them', async () => {
    const bundle = withClauses();
    const docx = await naskahDocx(bundle, 'https://layanan.go.id/verify', where);
    const headings = docxParagraphs(docx).filter((p) => p.style === 'Heading1');
    expect(headings.map((h) => `${h.number} ${h.text.trim()}`)).toEqual(articles(bundle.charter).map((a) => `Pasal ${a.number} ${a.title}`));
    const files = docxFiles(docx);
    expect(files['word/numbering.xml']).toContain('<w:lvlText w:val="Pasal %1"/>');
    expect(files['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // The QR code beside the verify sentence, as in the PDF.
    expect(files['word/document.xml']).toContain('<a:blip r:embed=');
  });
});
