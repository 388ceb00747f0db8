/**
 * Splits an ordered list (sentences, options, key points) into as few pages as fit a height
 * budget, then evens the pages out so that a long section does not end on a slide with one line.
 * Order is always kept; an item never splits, so text breaks only between sentences.
 */

/** Greedy fill: each page takes items until the next one would overflow. */
function packGreedy<T>(items: T[], height: (page: T[]) => number, capacity: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  for (const item of items) {
    if (page.length > 0 && height([...page, item]) > capacity) {
      pages.push(page);
      page = [];
    }
    page.push(item);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * The fewest pages that fit `capacity`, as evenly filled as possible. An item taller than the
 * capacity gets a page of its own (the e2e overflow check then names it).
 */
export function packPages<T>(items: T[], height: (page: T[]) => number, capacity: number): T[][] {
  const fewest = packGreedy(items, height, capacity);
  if (fewest.length <= 1) return fewest;
  // The smallest capacity that still needs no more pages gives the most even split.
  let low = Math.max(...items.map((item) => height([item])));
  let high = capacity;
  if (low >= high) return fewest;
  for (let step = 0; step < 24; step += 1) {
    const mid = (low + high) / 2;
    if (packGreedy(items, height, mid).length <= fewest.length) high = mid;
    else low = mid;
  }
  return packGreedy(items, height, high);
}
