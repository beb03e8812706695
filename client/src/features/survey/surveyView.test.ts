import { describe, expect, it } from 'vitest';
import { elementSections, twoDecimals } from './surveyView';

describe('survey on screen', () => {
  it('writes numbers with the decimal sign of the language, rounded half up', () => {
    expect(twoDecimals(78.8888, 'id')).toBe('78,89');
    expect(twoDecimals(76.605, 'id')).toBe('76,61');
    expect(twoDecimals(3.2, 'en')).toBe('3.20');
  });

  it('names the sections an element concerns', () => {
    expect(elementSections('U7', 'id')).toBe('Standar perlakuan');
    expect(elementSections('U9', 'en')).toBe('Facilities');
  });
});
