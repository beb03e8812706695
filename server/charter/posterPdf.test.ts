import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CharterBundle } from '../../shared/charter/bundle';
import type { CharterDocument } from '../../shared/charter/charterDocument';
import { flowPoster, jabatanText, localDateInWords, maklumatPoster, placeOfOffice } from './posterPdf';

const run = promisify(execFile);

describe('the signature lines of the Maklumat poster', () => {
  it('joins the title and the office without repeating the word they share', () => {
    expect(jabatanText('Kepala Dinas', 'Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta')).toBe('Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta');
    expect(jabatanText('Kepala Puskesmas', 'Puskesmas Kecamatan Sukamaju')).toBe('Kepala Puskesmas Kecamatan Sukamaju');
    expect(jabatanText('Direktur', 'RSUD Kota Bandung')).toBe('Direktur RSUD Kota Bandung');
    expect(jabatanText('Kepala Dinas Kesehatan', 'Dinas Kesehatan Kabupaten Sleman')).toBe('Kepala Dinas Kesehatan Kabupaten Sleman');
    expect(jabatanText('', 'Puskesmas Sukamaju')).toBe('Puskesmas Sukamaju');
  });

  it('takes the place from the office (kota, kabupaten) and gives none when it cannot', () => {
    expect(placeOfOffice('Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta')).toBe('Yogyakarta');
    expect(placeOfOffice('Dinas Kesehatan Kabupaten Sleman')).toBe('Sleman');
    expect(placeOfOffice('Puskesmas Sukamaju')).toBeNull();
    expect(placeOfOffice(null)).toBeNull();
  });

  it('writes the date in words in the workshop time zone', () => {
    expect(localDateInWords('2026-12-03T17:30:00.000Z', 'WIB')).toBe('4 Desember 2026');
    expect(localDateInWords('2026-12-03T16:30:00.000Z', 'WIB')).toBe('3 Desember 2026');
    expect(localDateInWords('2026-12-03T15:30:00.000Z', 'WIT')).toBe('4 Desember 2026');
    expect(localDateInWords('2026-12-03T15:30:00.000Z', null)).toBe('3 Desember 2026');
  });
});

/** A frozen charter with only what the posters read. */
function bundleWith(charter: Partial<CharterDocument>): CharterBundle {
  const base = { workshop: { title: 'Lokakarya', serviceName: 'Akta Kelahiran' }, charterVersion: 1, frozenAt: '2026-12-03T03:00:00.000Z', sections: [], maklumat: [], signatories: [], content: { yjsStateSha256: '', serviceFlow: [] } };
  return { format: 'mufakat-charter-bundle/1', charter: { ...base, ...charter } as CharterDocument, charterSha256: 'a'.repeat(64), signatures: [] };
}

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-poster-'));
  try {
    const file = path.join(dir, 'poster.pdf');
    fs.writeFileSync(file, pdf);
    const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file])).stdout)?.[1]);
    return { text, pages };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const flat = (text: string) => text.replace(/^Kontrak Pelayanan .*, naskah final .*$/gmu, '').replace(/[\s-]+/g, '');

describe('posters never cut text', () => {
  it('a long service flow shrinks, then runs over more sheets, every action whole and no box split', async () => {
    const action = (i: number) => `Langkah ${i}: petugas memeriksa berkas pemohon dengan teliti, mencatat kekurangannya sekaligus secara tertulis, dan menjelaskan kepada pemohon apa yang harus dilengkapi serta ke mana berkas itu dibawa sesudahnya, tanpa meminta biaya apa pun.`;
    const serviceFlow = Array.from({ length: 12 }, (_, i) => ({ id: `f${i}`, unit: `Loket ${i + 1}`, action: action(i + 1), documents: 'KK dan KTP-el', minutes: 5, costRupiah: 0 }));
    const { text, pages } = await pdfText(await flowPoster(bundleWith({ content: { yjsStateSha256: '', serviceFlow } })));
    expect(pages).toBeGreaterThan(1);
    expect(text).not.toMatch(/\.\.\.|…/);
    for (let i = 1; i <= 12; i++) expect(flat(text)).toContain(flat(action(i)));
    expect(text).toContain('Berlanjut ke langkah');
    expect(flat(text)).toContain(flat('Jumlah waktu proses semua langkah: 60 menit'));
  });

  it('a long Maklumat shrinks to stay on one sheet', async () => {
    const pledge = Array.from({ length: 8 }, () => 'Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan memberikan kompensasi bila tidak sesuai.').join(' ');
    const pdf = await maklumatPoster(bundleWith({ maklumat: [{ clauseId: 'c1', text: { id: pledge } }] }), `https://contoh.go.id/verify#w=abc&v=1&h=${'a'.repeat(64)}`, 'A4');
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBe(1);
    expect(flat(text)).toContain(flat(pledge));
  });
});
