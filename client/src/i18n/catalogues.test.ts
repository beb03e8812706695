import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';

/** Every leaf key as a dotted path, e.g. `status.storage.saved`. */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(catalogue: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
}

describe('i18n catalogues', () => {
  const idKeys = leafKeys(id);
  const enKeys = leafKeys(en);

  it('every Indonesian key has an English translation', () => {
    expect(idKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('every English key exists in the Indonesian catalogue (an English "_one" form beside its "_other")', () => {
    expect(enKeys.filter((k) => !idKeys.includes(k.replace(/_one$/, '_other')))).toEqual([]);
  });

  it('every translation is a non-empty string with the same placeholders', () => {
    for (const key of enKeys) {
      const idText = lookup(id, key.replace(/_one$/, '_other'));
      const enText = lookup(en, key);
      expect(typeof idText, key).toBe('string');
      expect(typeof enText, key).toBe('string');
      expect((enText as string).trim(), key).not.toBe('');
      expect(placeholders(enText as string), key).toEqual(placeholders(idText as string));
    }
  });
});

describe('refusal translations', () => {
  it('every refusal code the rules can return has a translation in both languages', async () => {
    const { REFUSAL_CODES } = await import('../../../shared/commands/refusalCodes');
    const missing = REFUSAL_CODES.flatMap((code) =>
      [
        ['id', id],
        ['en', en],
      ].flatMap(([lang, catalogue]) => {
        const text = (catalogue as { refusal: Record<string, unknown> }).refusal[code];
        return typeof text === 'string' && text.trim() ? [] : [`${lang}:${code}`];
      }),
    );
    expect(missing).toEqual([]);
  });
});
