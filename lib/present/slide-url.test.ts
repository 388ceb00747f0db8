import { describe, expect, it } from 'vitest';
import { slideHash, slideIndexFromHash } from './slide-url';

const ids = [
  'title',
  'content-note',
  'sec-a.read',
  'sec-a.read.2',
  'pr-a-1',
  'q-a',
  'q-a.key-points',
  'sec-a.voices',
  'wrap-up',
];

describe('slide URLs', () => {
  it('round-trips every slide id through the hash', () => {
    ids.forEach((id, i) => expect(slideIndexFromHash(slideHash(id), ids)).toBe(i));
    expect(slideHash('sec-a.read.2')).toBe('#slide=sec-a.read.2');
  });

  it('starts at the first slide without a hash or with an empty one', () => {
    expect(slideIndexFromHash('', ids)).toBe(0);
    expect(slideIndexFromHash('#', ids)).toBe(0);
    expect(slideIndexFromHash('#slide=', ids)).toBe(0);
  });

  it('accepts a 1-based number and clamps one out of range', () => {
    expect(slideIndexFromHash('#slide=3', ids)).toBe(2);
    expect(slideIndexFromHash('#slide=0', ids)).toBe(0);
    expect(slideIndexFromHash('#slide=999', ids)).toBe(ids.length - 1);
  });

  it('falls back to the nearest slide for an id that no longer exists', () => {
    expect(slideIndexFromHash('#slide=sec-a.read.3', ids)).toBe(2);
    expect(slideIndexFromHash('#slide=q-a.key-points.2', ids)).toBe(6);
    expect(slideIndexFromHash('#slide=sec-a', ids)).toBe(2);
    expect(slideIndexFromHash('#slide=nothing-here', ids)).toBe(0);
    expect(slideIndexFromHash('#slide=-5', ids)).toBe(0);
    expect(slideIndexFromHash('#other=1', ids)).toBe(0);
  });

  it('works with an empty deck', () => {
    expect(slideIndexFromHash('#slide=4', [])).toBe(0);
  });
});
