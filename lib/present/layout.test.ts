import { describe, expect, it } from 'vitest';
import { SLIDE_TYPE, blockHeight, charsPerLine, wrappedLineCount } from './layout';

describe('wrappedLineCount', () => {
  it('wraps at spaces, never inside a word', () => {
    expect(wrappedLineCount('aaa bbb ccc', 7)).toBe(2);
    expect(wrappedLineCount('aaa bbb ccc', 11)).toBe(1);
    expect(wrappedLineCount('aaaaaaaaaaaa bb', 5)).toBe(2);
  });

  it('counts a lead (badges, a list marker) on the first line', () => {
    expect(wrappedLineCount('aaa bbb', 7)).toBe(1);
    expect(wrappedLineCount('aaa bbb', 7, 2)).toBe(2);
  });

  it('takes no lines for no text', () => {
    expect(wrappedLineCount('  ', 10)).toBe(0);
  });
});

describe('blockHeight', () => {
  it('is lines times the line height at the block scale, plus the space after', () => {
    const block = { text: 'word '.repeat(40), type: SLIDE_TYPE.body, width: 20, after: 0.5 };
    const lines = wrappedLineCount(block.text, charsPerLine(block));
    expect(lines).toBeGreaterThan(1);
    expect(blockHeight(block)).toBeCloseTo(lines * SLIDE_TYPE.body.lineHeight + 0.5);
  });

  it('fits fewer characters per line in bold and at larger sizes', () => {
    const body = charsPerLine({ type: SLIDE_TYPE.body, width: 30 });
    expect(charsPerLine({ type: SLIDE_TYPE.body, width: 30, bold: true })).toBeLessThan(body);
    expect(charsPerLine({ type: SLIDE_TYPE.heading, width: 30 })).toBeLessThan(body);
  });
});
