/**
 * The DASAR_HUKUM draft: the legal bases the workshop's clauses cite (`ClauseVersion.legalBasis`),
 * plus the ones every service standard rests on, gathered into one proposed clause text.
 *
 * A legal basis is free text ("UU 24/2013 Pasal 79A", "UU 25/2009 Pasal 18 huruf a",
 * "Permendagri 109/2019"). Citations of the same instrument are merged into one line that names
 * the articles cited ("UU 25/2009 (Pasal 14, 18)"); text that names no recognisable instrument is
 * kept as written, once. Lines follow the hierarchy of Indonesian regulations (UU 12/2011 Pasal 7
 * and 8): UU (and Perppu), PP, Perpres, Permen, Perda, Pergub, Perbup/Perwal, then everything
 * else; within a kind, older instruments first.
 */
import type { Clause } from './clauses';
import { currentVersion } from './clauses';
import type { BilingualText } from './text';

/** The instruments every Kontrak Pelayanan rests on, whatever the service. */
export const STATUTORY_LEGAL_BASES: readonly string[] = [
  'UU 25/2009 tentang Pelayanan Publik',
  'PP 96/2012 tentang Pelaksanaan UU 25/2009 tentang Pelayanan Publik',
  'PermenPANRB 15/2014 tentang Pedoman Standar Pelayanan',
];

export const LEGAL_BASIS_KINDS = ['uu', 'pp', 'perpres', 'permen', 'perda', 'pergub', 'perbup_perwal', 'other'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];

/** Short and long spellings of each kind, tried in order (Perppu before PP, Perpres before Perda ...). */
const KIND_PATTERNS: readonly [LegalBasisKind, RegExp][] = [
  ['uu', /^(UUD|UU|Perppu|Undang-Undang|Peraturan Pemerintah Pengganti Undang-Undang)\b/i],
  ['perpres', /^(Perpres|Peraturan Presiden)\b/i],
  ['pp', /^(PP|Peraturan Pemerintah)\b/i],
  ['permen', /^(Permen\w*|Peraturan Menteri)\b/i],
  ['perda', /^(Perda|Peraturan Daerah)\b/i],
  ['pergub', /^(Pergub|Peraturan Gubernur)\b/i],
  ['perbup_perwal', /^(Perbup|Perwal|Perwali|Peraturan Bupati|Peraturan Wali ?kota)\b/i],
];

export function legalBasisKind(basis: string): LegalBasisKind {
  const text = basis.trim();
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

interface Instrument {
  kind: LegalBasisKind;
  /** "UU 25/2009", or the whole text when no number/year is recognised. */
  key: string;
  /** "UU 25/2009 tentang Pelayanan Publik": the longest title seen for the instrument. */
  title: string;
  year: number;
  number: number;
  articles: string[];
}

/** The long names of the kinds whose short name is fixed, so "Undang-Undang Nomor 25 Tahun 2009" is "UU 25/2009". */
const SHORT_NAMES: readonly [RegExp, string][] = [
  [/^Undang-Undang$/i, 'UU'],
  [/^Peraturan Pemerintah$/i, 'PP'],
  [/^Peraturan Presiden$/i, 'Perpres'],
];

function abbreviate(name: string): string {
  return SHORT_NAMES.find(([long]) => long.test(name))?.[1] ?? name;
}

/** "UU 25/2009 Pasal 18 huruf a" -> instrument "UU 25/2009", article "18"; "UU Nomor 25 Tahun 2009" too. */
function parse(basis: string): { key: string; title: string; year: number; number: number; article?: string } {
  const text = basis.trim().replace(/\s+/g, ' ');
  const short = /^(.*?)\s*(?:No\.?|Nomor)?\s*(\d+)\s*\/\s*(\d{4})/i.exec(text) ?? /^(.*?)\s*(?:No\.?|Nomor)\s*(\d+)\s*Tahun\s*(\d{4})/i.exec(text);
  if (!short) return { key: text, title: text, year: 0, number: 0 };
  const name = abbreviate(short[1]!.trim());
  const number = Number(short[2]);
  const year = Number(short[3]);
  const key = `${name} ${number}/${year}`;
  const rest = text.slice(short[0].length).trim();
  const article = /^Pasal\s+(\d+[A-Z]?)/i.exec(rest)?.[1];
  // A title ("tentang ...") stays; an article citation is not part of the instrument's name.
  const title = /^tentang\b/i.test(rest) ? `${key} ${rest}` : key;
  return { key, title, year, number, ...(article ? { article } : {}) };
}

const articleOrder = (a: string, b: string) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);

/** The distinct instruments of `bases`, in the hierarchy's order, each with the articles cited. */
export function gatherLegalBases(bases: readonly string[]): string[] {
  const byKey = new Map<string, Instrument>();
  for (const basis of bases) {
    if (!basis.trim()) continue;
    const parsed = parse(basis);
    const found = byKey.get(parsed.key.toLowerCase());
    const instrument = found ?? { kind: legalBasisKind(basis), key: parsed.key, title: parsed.title, year: parsed.year, number: parsed.number, articles: [] };
    if (parsed.title.length > instrument.title.length) instrument.title = parsed.title;
    if (parsed.article && !instrument.articles.includes(parsed.article)) instrument.articles.push(parsed.article);
    byKey.set(parsed.key.toLowerCase(), instrument);
  }
  const rank = (k: LegalBasisKind) => LEGAL_BASIS_KINDS.indexOf(k);
  return [...byKey.values()]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.year - b.year || a.number - b.number || a.key.localeCompare(b.key))
    .map((i) => (i.articles.length > 0 ? `${i.title} (Pasal ${[...i.articles].sort(articleOrder).join(', ')})` : i.title));
}

/** Clauses that still count: a rejected clause's citation is no basis of the charter. */
function citedBy(clauses: readonly Clause[]): string[] {
  return clauses.filter((c) => c.status !== 'rejected').flatMap((c) => {
    const basis = currentVersion(c).legalBasis;
    return basis ? [basis] : [];
  });
}

/**
 * The proposed text of the DASAR_HUKUM clause: the statutory instruments and every instrument the
 * workshop's clauses cite, one numbered line each. Null when there is nothing to list (never, as
 * long as the statutory list is not empty).
 */
export function legalBasisDraft(clauses: readonly Clause[]): { text: BilingualText; bases: string[] } | null {
  const bases = gatherLegalBases([...STATUTORY_LEGAL_BASES, ...citedBy(clauses)]);
  if (bases.length === 0) return null;
  const list = bases.map((b, i) => `${i + 1}. ${b}`).join('\n');
  return {
    bases,
    text: {
      id: `Kontrak pelayanan ini disusun dan dilaksanakan berdasarkan:\n${list}`,
      en: `This service agreement is drawn up and carried out on the basis of:\n${list}`,
    },
  };
}
