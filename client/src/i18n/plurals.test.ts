import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SECTOR_LABELS, SECTORS } from '../../../shared/schema/stakeholders';
import { en } from './en';
import { id } from './id';

/** Every leaf as [dotted key, text]. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const enLeaves = leaves(en);
const enText = new Map(enLeaves);
const idLeaves = leaves(id);
/** Keys read with a count: `clause.history` for `clause.history_one`/`_other`. */
const pluralBases = [...new Set(enLeaves.map(([k]) => k).filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')))];

function placeholderNames(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');
}

async function translator(lng: 'id' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng,
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
  });
  return instance.t as unknown as (key: string, values?: Record<string, unknown>) => string;
}

/** Renders `key` with every placeholder set to `n` (and `count` = n). */
function render(t: (key: string, values?: Record<string, unknown>) => string, key: string, text: string, n: number): string {
  const values: Record<string, unknown> = { count: n };
  for (const name of placeholderNames(text)) values[name] = name === 'count' ? n : NOT_A_NUMBER.has(name) ? 'X' : String(n);
  return t(key, values);
}

/** Placeholders that never hold a number (a join code, a name): filling them with 1 proves nothing. */
const NOT_A_NUMBER = new Set(['code', 'name', 'title', 'sector', 'option', 'message', 'url', 'link']);

/** English words ending in "s" that are not plural nouns after a number ("1 is over …"). */
const NOT_PLURAL = new Set(['is', 'has', 'was', 'its', 'this', 'plus', 'as', 'us', 'yes', 'repeats']);

/** "1 hours", "1 working days": a number 1 followed (within one word) by a plural noun. */
function wrongSingulars(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\d.,])1 (?:([a-z-]+) )?([a-z-]+s)\b/gi)]
    .filter((m) => !NOT_PLURAL.has((m[2] ?? '').toLowerCase()) && !NOT_PLURAL.has((m[1] ?? '').toLowerCase()))
    .map((m) => m[0].trim());
}

describe('plural forms through i18next', () => {
  it('every text with {{count}} is a plural key (English "_one" and "_other", Indonesian "_other" only)', () => {
    const bare = [...enLeaves, ...idLeaves].filter(([key, text]) => text.includes('{{count}}') && !PLURAL_SUFFIX.test(key)).map(([k]) => k);
    expect(bare).toEqual([]);
    const enKeys = new Set(enLeaves.map(([k]) => k));
    const idKeys = new Set(idLeaves.map(([k]) => k));
    for (const base of pluralBases) {
      expect(enKeys.has(`${base}_one`) && enKeys.has(`${base}_other`), `en ${base}`).toBe(true);
      // Intl.PluralRules('id') has the single category "other".
      expect([...idKeys].filter((k) => k.startsWith(`${base}_`)), `id ${base}`).toEqual([`${base}_other`]);
    }
  });

  it('English texts render with count 1 without a plural noun ("1 hours", "History (1 versions)")', async () => {
    const t = await translator('en');
    const wrong = enLeaves
      .filter(([key]) => !key.endsWith('_other'))
      .flatMap(([key, text]) => {
        const base = key.replace(PLURAL_SUFFIX, '');
        return wrongSingulars(render(t, base, text, 1)).map((w) => `${base}: ${w}`);
      });
    expect(wrong).toEqual([]);
  });

  it('sample counts pick the right form in both languages', async () => {
    const en_ = await translator('en');
    const id_ = await translator('id');
    expect(en_('clause.history', { count: 1 })).toBe('History (1 version)');
    expect(en_('clause.history', { count: 3 })).toBe('History (3 versions)');
    expect(en_('measure.hours', { count: 1, value: '1' })).toBe('1 hour');
    expect(en_('measure.hours', { count: 1.5, value: '1.5' })).toBe('1.5 hours');
    expect(en_('measure.working_days', { count: 0, value: '0' })).toBe('0 working days');
    expect(id_('clause.history', { count: 1 })).toBe('Riwayat (1 versi)');
    expect(id_('measure.hours', { count: 1, value: '1' })).toBe('1 jam');
    for (const base of pluralBases) {
      for (const n of [0, 1, 2, 5]) {
        for (const [lng, t] of [['en', en_], ['id', id_]] as const) {
          const out = render(t, base, String(enText.get(`${base}_other`)), n);
          // A missing form falls back to the key itself.
          expect(out, `${lng} ${base} ${n}`).not.toBe(base);
          expect(out, `${lng} ${base} ${n}`).not.toMatch(/\{\{/);
        }
      }
    }
  });

  it('no English text says "sector" twice around a sector label ("Private sector sector")', async () => {
    const t = await translator('en');
    const doubled = enLeaves
      .filter(([, text]) => text.includes('{{sector}}'))
      .flatMap(([key]) =>
        SECTORS.map((s) => [key.replace(PLURAL_SUFFIX, ''), t(key.replace(PLURAL_SUFFIX, ''), { sector: SECTOR_LABELS[s].en, count: 2 })] as const),
      )
      .filter(([, out]) => /sector\W+sector/i.test(out))
      .map(([key, out]) => `${key}: ${out}`);
    expect(doubled).toEqual([]);
  });

  it('every call of a plural key in client/src passes a count', () => {
    const files = sourceFiles(join(import.meta.dirname, '..'));
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const base of pluralBases) {
        for (const m of source.matchAll(new RegExp(`\\bt\\(\\s*'${base.replaceAll('.', '\\.')}'\\s*(,\\s*\\{[^}]*\\})?`, 'g'))) {
          if (!/\bcount\b/.test(m[1] ?? '')) missing.push(`${file}: ${m[0]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}
