import { describe, expect, it } from 'vitest';
import { colourFor, USER_PALETTE } from './userColour';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe('user colours', () => {
  it('every palette colour gives white text a WCAG AA contrast', () => {
    for (const colour of USER_PALETTE) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect((1.05 / (luminance(colour) + 0.05)) >= 4.5, colour).toBe(true);
    }
  });

  it('the same participant always gets the same colour, and ids spread over the palette', () => {
    expect(colourFor('p-123')).toBe(colourFor('p-123'));
    const used = new Set(Array.from({ length: 200 }, (_, i) => colourFor(`participant${i}`)));
    expect(used.size).toBe(USER_PALETTE.length);
  });
});
