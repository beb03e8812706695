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
    const text = pdfText(await charterPdf(bundle, 'https://mufakat.example/v/w1/1#sha256=ab', { timeZone: 'WIB', institution: null, place: null }));
    expect(forbiddenTermsIn(text, 'exports', 'the charter PDF')).toEqual([]);
    const flat = text.replace(/\s+/g, ' ');
    // Frozen 2026-01-15T08:32Z: 15.32 in Jakarta (WIB, UTC+7), a Thursday; sealed 19.00.
    expect(flat).toContain('ditetapkan final pada 15 Januari 2026 pukul 15.32 WIB');
    expect(flat).toContain('Disegel server pada 15 Januari 2026 pukul 19.00 WIB');
    expect(flat).toContain('0,5 jam');
    expect(flat).toContain('2 setuju dengan catatan');
    expect(flat).toContain('Kode keaslian naskah');
  });
});

