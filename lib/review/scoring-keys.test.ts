import { describe, expect, it } from 'vitest';
import { levelsByRank, scoringKeyIntent, scoringShortcuts } from './scoring-keys';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const press = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  scoringKeyIntent({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods }, 3);

describe('scoringKeyIntent', () => {
  it('maps 1/2/3 to the levels by rank, J/K to next/previous, C to the comment and ? to help', () => {
    expect([press('1'), press('2'), press('3')]).toEqual([
      { type: 'score', rank: 0 },
      { type: 'score', rank: 1 },
      { type: 'score', rank: 2 },
    ]);
    expect(press('j')).toEqual({ type: 'next' });
    expect(press('K', { shiftKey: true })).toEqual({ type: 'previous' });
    expect(press('c')).toEqual({ type: 'comment' });
    expect(press('?', { shiftKey: true })).toEqual({ type: 'help' });
  });

  it('leaves digits above the rubric, other keys and browser shortcuts alone', () => {
    expect(press('4')).toBeNull();
    expect(press('0')).toBeNull();
    expect(press('x')).toBeNull();
    expect(press('Enter')).toBeNull();
    expect(press('c', { ctrlKey: true })).toBeNull();
    expect(press('1', { metaKey: true })).toBeNull();
  });
});

describe('scoringShortcuts', () => {
  it("lists one digit per level with the lesson's labels, then the moves", () => {
    const rows = scoringShortcuts(['Not yet', 'Partly', 'Met']);
    expect(rows.map((r) => [r.labels.join(' '), r.does])).toEqual([
      ['1', 'Score the focused answer “Not yet”'],
      ['2', 'Score the focused answer “Partly”'],
      ['3', 'Score the focused answer “Met”'],
      ['J', 'Next answer'],
      ['K', 'Previous answer'],
      ['C', 'Write a comment on the focused answer'],
      ['Esc', 'From the comment back to its answer'],
      ['?', 'List these shortcuts'],
    ]);
  });
});

describe('levelsByRank', () => {
  it('orders the rubric by points, so digit 1 is the lowest level', () => {
    const reversed = [...sampleLesson.rubric].reverse();
    expect(levelsByRank(reversed).map((l) => l.id)).toEqual(['not-yet', 'partly', 'met']);
  });
});
