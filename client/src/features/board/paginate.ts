/**
 * Splits rows of measured heights into pages that each fit `available` pixels, in order. A row
 * marked `keepWithNext` (a section heading) never ends a page; a row taller than a page gets a
 * page of its own (the stage shrinks it to fit). Pure, so the board's paging is unit-tested.
 */
export function paginate(heights: readonly number[], available: number, keepWithNext: readonly boolean[] = []): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i] ?? 0;
    if (page.length > 0 && used + h > available) {
      // Carry trailing headings over, so a heading stays with its first row.
      const carried: number[] = [];
      while (page.length > 0 && keepWithNext[page.at(-1) as number]) carried.unshift(page.pop() as number);
      if (page.length > 0) pages.push(page);
      page = carried;
      used = carried.reduce((sum, j) => sum + (heights[j] ?? 0), 0);
    }
    page.push(i);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
