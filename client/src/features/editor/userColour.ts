/**
 * Caret and presence colours. Every colour carries white label text at a contrast of at least
 * 4.5:1 (WCAG AA), and CollaborationCaret only accepts `#rrggbb`.
 */
export const USER_PALETTE = [
  '#1d4ed8', // blue
  '#b91c1c', // red
  '#047857', // green
  '#7c3aed', // violet
  '#b45309', // amber
  '#0e7490', // cyan
  '#be185d', // pink
  '#4d7c0f', // olive
  '#9a3412', // rust
  '#4338ca', // indigo
] as const;

/** A stable colour for a participant: FNV-1a hash of the id, modulo the palette. */
export function colourFor(participantId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < participantId.length; i++) {
    hash ^= participantId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return USER_PALETTE[hash % USER_PALETTE.length] ?? USER_PALETTE[0];
}
