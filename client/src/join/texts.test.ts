import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { id } from '../i18n/id';
import { interpolate } from '../i18n/interpolate';
import { joinEn } from '../i18n/join/en';
import { joinId } from '../i18n/join/id';
import { loadJoinCatalogue, translator } from './texts';

describe('the join page\'s strings', () => {
  it('are the app catalogue\'s own groups, not a copy (one source for i18next and the plain page)', () => {
    expect(id.join).toBe(joinId.join);
    expect(id.language).toBe(joinId.language);
    expect(en.join).toBe(joinEn.join);
    expect(en.language).toBe(joinEn.language);
    expect(id.app).toMatchObject(joinId.app);
    expect(en.app).toMatchObject(joinEn.app);
  });

  it('translate with {{placeholders}} as i18next does, in the language asked for', async () => {
    expect(translator(joinId)('join.notFound', { code: 'K7P2QX' })).toBe('Kode K7P2QX tidak dikenal. Periksa lagi kode di layar.');
    expect(translator(await loadJoinCatalogue('en'))('join.alreadyJoined', { name: 'Ibu Sari' })).toBe('This device has already joined this workshop as Ibu Sari.');
    expect(await loadJoinCatalogue('id')).toBe(joinId);
  });
});

describe('interpolate', () => {
  it('fills every placeholder, spaces inside the braces allowed, and leaves one without a value as written', () => {
    expect(interpolate('{{a}} dan {{ b }}, lagi {{a}}', { a: 'x', b: 'y' })).toBe('x dan y, lagi x');
    expect(interpolate('Halo {{name}}', {})).toBe('Halo {{name}}');
    expect(interpolate('{{toString}}', {})).toBe('{{toString}}');
    expect(interpolate('$& {{v}}', { v: '$1 $&' })).toBe('$& $1 $&');
  });
});
