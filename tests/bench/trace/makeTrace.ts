/**
 * Writes `keystrokes-id.json`: a keystroke trace of one person typing an Indonesian clause draft,
 * replayed by the whole-day benchmark (day.ts). `npx tsx tests/bench/trace/makeTrace.ts`.
 *
 * The timing follows what keystroke studies report for ordinary typists (about 35-40 words per
 * minute): inter-key intervals log-normal around 170 ms, slower for the first letter of a word
 * and after punctuation, a pause of 1-4 s between sentences (reading back, thinking), 3 % of
 * keys a neighbouring wrong letter noticed after 0-2 more keys and erased with backspace.
 * Seeded, so the file is reproducible.
 *
 * Format: `{ text, keys: [[delayMs, key], ...] }` where key is one character or "\b" (backspace).
 */
import fs from 'node:fs';
import path from 'node:path';

const TEXT = [
  'Petugas loket wajib memberikan informasi persyaratan akta kelahiran secara lengkap, jelas, dan tertulis sebelum berkas diterima.',
  'Pemohon menyerahkan fotokopi Kartu Keluarga, KTP kedua orang tua, surat keterangan lahir dari bidan atau rumah sakit, dan buku nikah.',
  'Akta kelahiran selesai paling lambat tiga hari kerja sejak berkas dinyatakan lengkap, tanpa dipungut biaya apa pun.',
  'Apabila persyaratan belum lengkap, petugas menjelaskan kekurangannya pada hari yang sama dan mencatatnya dalam lembar kendali.',
  'Warga yang tidak dapat datang karena sakit, lanjut usia, atau disabilitas berhak atas layanan jemput bola dari kelurahan.',
  'Pengaduan dapat disampaikan melalui kotak saran, pesan singkat, atau langsung kepada kepala seksi, dan ditanggapi dalam lima hari kerja.',
  'Dinas menempelkan maklumat pelayanan dan jadwal buka loket di papan pengumuman yang mudah dibaca oleh semua pengunjung.',
  'Forum warga bersama dinas meninjau pelaksanaan kontrak pelayanan ini setiap enam bulan dan mengumumkan hasilnya kepada masyarakat.',
].join(' ');

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = seeded(2026);
/** Standard normal (Box-Muller). */
const normal = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const logNormal = (median: number, sigma: number): number => median * Math.exp(sigma * normal());

const NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', d: 'sf', e: 'wr', g: 'fh', i: 'uo', k: 'jl', l: 'k', m: 'n', n: 'bm', o: 'ip', p: 'o', r: 'et', s: 'ad', t: 'ry', u: 'yi',
};

const keys: [number, string][] = [];
let prev = ' ';
for (let i = 0; i < TEXT.length; i++) {
  const ch = TEXT[i]!;
  let delay = logNormal(170, 0.45);
  if (prev === ' ') delay += logNormal(90, 0.6); // the next word
  if (/[,;]/.test(prev)) delay += logNormal(400, 0.5);
  if (prev === '.') delay += 1000 + rand() * 3000; // between sentences
  if (/[A-Z]/.test(ch)) delay += 120; // shift
  const wrong = NEIGHBOURS[ch.toLowerCase()];
  if (wrong && rand() < 0.03) {
    keys.push([Math.round(delay), wrong[Math.floor(rand() * wrong.length)]!]);
    const more = Math.floor(rand() * 3);
    for (let k = 0; k < more && i + 1 + k < TEXT.length; k++) keys.push([Math.round(logNormal(170, 0.4)), TEXT[i + 1 + k]!]);
    for (let k = 0; k <= more; k++) keys.push([Math.round(k === 0 ? logNormal(450, 0.4) : logNormal(120, 0.3)), '\b']);
    delay = logNormal(200, 0.4);
  }
  keys.push([Math.round(delay), ch]);
  prev = ch;
}

const out = path.join(import.meta.dirname, 'keystrokes-id.json');
fs.writeFileSync(out, `${JSON.stringify({ text: TEXT, keys })}\n`);
const ms = keys.reduce((n, k) => n + k[0], 0);
console.log(`${keys.length} keys, ${(ms / 1000).toFixed(0)} s, ${((TEXT.split(' ').length / ms) * 60_000).toFixed(0)} words/min -> ${path.relative(process.cwd(), out)}`);
