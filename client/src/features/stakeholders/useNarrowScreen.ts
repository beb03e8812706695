import { useSyncExternalStore } from 'react';

/**
 * Phone widths: below 40rem (640 px at the default font size) the 5 × 5 grid's cells are about
 * 60 px wide and names shrink to "D…", so the map is shown as a list per quadrant instead.
 */
export const NARROW_QUERY = '(max-width: 40rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches, () => false);
}
