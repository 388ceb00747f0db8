import { describe, expect, it } from 'vitest';
import { packPages } from './pack';

const sum = (page: number[]) => page.reduce((a, b) => a + b, 0);

describe('packPages', () => {
  it('keeps everything on one page when it fits', () => {
    expect(packPages([1, 2, 3], sum, 10)).toEqual([[1, 2, 3]]);
  });

  it('uses the fewest pages and keeps the order', () => {
    const pages = packPages([4, 4, 4, 4, 4], sum, 10);
    expect(pages).toHaveLength(3);
    expect(pages.flat()).toEqual([4, 4, 4, 4, 4]);
    pages.forEach((p) => expect(sum(p)).toBeLessThanOrEqual(10));
  });

  it('evens the pages out rather than filling the first ones', () => {
    // Greedy filling would give [5,4] [3] — a near-empty last page.
    expect(packPages([5, 4, 3], sum, 9).map(sum)).toEqual([5, 7]);
  });

  it('gives an item taller than a page a page of its own', () => {
    expect(packPages([2, 15, 2], sum, 10)).toEqual([[2], [15], [2]]);
  });

  it('returns no pages for no items', () => {
    expect(packPages([], sum, 10)).toEqual([]);
  });
});
