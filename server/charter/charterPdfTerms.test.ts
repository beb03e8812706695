import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CharterBundle } from '../../shared/charter/bundle';
import { forbiddenTermsIn, withNegotiationRecord } from '../../shared/testing/forbiddenTerms';
import { charterPdf } from './charterPdf';

const FIXTURE = path.resolve(__dirname, '../../tests/fixtures/charter-bundle.v1.json');

/** The PDF's text as pdftotext (poppler-utils) reads it, one string per page. */
function pdfPages(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-pdf-'));
  try {
    const file = path.join(dir, 'charter.pdf');
    fs.writeFileSync(file, pdf);
    // pdftotext ends every page with a form feed.
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const pdfText = (pdf: Buffer) => pdfPages(pdf).join('\n');

describe('the printed charter (PDF) in Indonesian', () => {
  it('uses none of the words that read wrong, prints dates in words in the workshop time zone and decimal commas', async () => {
    const bundle = withNegotiationRecord(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as CharterBundle);
    const text = pdfText(await charterPdf(bundle, 'https://mufakat.example/v/w1/1#sha256=ab', { timeZone: 'WIB' }));
    expect(forbiddenTermsIn(text, 'exports', 'the charter PDF')).toEqual([]);
    const flat = text.replace(/\s+/g, ' ');
    // Frozen 2026-01-15T08:32Z: 15.32 in Jakarta (WIB, UTC+7), a Thursday; sealed 19.00.
    expect(flat).toContain('Naskah final ditetapkan Kamis, 15 Januari 2026, pukul 15.32 WIB');
    expect(flat).toContain('Kamis, 15 Januari 2026, pukul 15.36 WIB');
    expect(flat).toContain('Kamis, 15 Januari 2026, pukul 19.00 WIB');
    expect(flat).toContain('0,5 jam');
    expect(flat).toContain('2 setuju dengan catatan');
    expect(flat).toContain('Kode keaslian naskah');
  });

  it('never splits a signature across pages, wherever the signature block starts', async () => {
    const recorded = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as CharterBundle;
    const section = recorded.charter.sections.find((x) => x.clauses.length > 0)!;
    const clause = section.clauses[0]!;
    const split: string[] = [];
    // Each extra clause moves the signature block down by a few lines, across a page end.
    for (let extra = 0; extra < 20; extra++) {
      const bundle = structuredClone(recorded);
      const target = bundle.charter.sections.find((x) => x.code === section.code)!;
      for (let k = 0; k < extra; k++) target.clauses.push({ ...structuredClone(clause), id: `${clause.id}-${k}` as typeof clause.id, number: undefined });
      // Tall cells, as in the demo: a mandate under the users' representative, long institutions.
      const kedua = bundle.charter.signatories.find((x) => x.capacity === 'pihak_kedua')!;
      kedua.mandate = { actsFor: 'pengguna layanan dan kelompok penyandang disabilitas peserta lokakarya', chosenBy: 'dipilih oleh peserta kelompok masyarakat dalam lokakarya' };
      for (const g of bundle.signatures) g.signer = { ...g.signer, institution: `${g.signer.institution}, Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta` };
      const pages = pdfPages(await charterPdf(bundle, 'https://mufakat.example/v/w1/1', { timeZone: 'WIB' }));
      pages.forEach((page, i) => {
        const statuses = page.match(/Ditandatangani secara elektronik/g)?.length ?? 0;
        const institutions = page.match(/Lembaga S\d/g)?.length ?? 0;
        if (statuses !== institutions) split.push(`${extra} extra clauses, page ${i + 1}: ${statuses} signature statuses, ${institutions} institutions`);
      });
    }
    expect(split).toEqual([]);
  }, 60_000);
});

