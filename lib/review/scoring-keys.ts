/**
 * The review's keyboard scoring on a focused answer: one table drives the key handler
 * (components/review/scoring/useScoringKeys.ts) and the shortcuts dialog, so they cannot disagree.
 *
 * Digits pick a rubric level by rank, lowest points first: with the lessons' rubric 1, 2 and 3
 * are Not yet, Partly and Met. J and K move to the next and previous answer (as in mail readers),
 * C goes to the comment and Esc back from it, ? lists the shortcuts. Keys with Ctrl, Alt or Cmd stay the browser's.
 */
import type { KeyPress } from '@/lib/present/keys';
import type { RubricLevel } from '@/lib/schemas/lesson';

export type ScoringIntent =
  { type: 'score'; rank: number } | { type: 'next' } | { type: 'previous' } | { type: 'comment' } | { type: 'help' };

/** Digits go up to 9; a rubric with more levels is scored with the mouse above the ninth. */
export const MAX_DIGIT_LEVELS = 9;

const LETTERS: Record<string, ScoringIntent> = {
  j: { type: 'next' },
  k: { type: 'previous' },
  c: { type: 'comment' },
  '?': { type: 'help' },
};

export function scoringKeyIntent(press: KeyPress, levelCount: number): ScoringIntent | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const digit = /^[1-9]$/.test(press.key) ? Number(press.key) : 0;
  if (digit) return digit <= Math.min(levelCount, MAX_DIGIT_LEVELS) ? { type: 'score', rank: digit - 1 } : null;
  return LETTERS[press.key.toLowerCase()] ?? null;
}

/** The rubric in digit order, lowest points first: `levelsByRank(rubric)[intent.rank]` is the level to give. */
export function levelsByRank(rubric: readonly RubricLevel[]): RubricLevel[] {
  return [...rubric].sort((a, b) => a.points - b.points);
}

export type ShortcutRow = { labels: string[]; does: string };

/** The rows of the shortcuts dialog, with the lesson's level labels in points order. */
export function scoringShortcuts(levelLabels: readonly string[]): ShortcutRow[] {
  const levels = levelLabels
    .slice(0, MAX_DIGIT_LEVELS)
    .map((label, i) => ({ labels: [String(i + 1)], does: `Score the focused answer “${label}”` }));
  return [
    ...levels,
    { labels: ['J'], does: 'Next answer' },
    { labels: ['K'], does: 'Previous answer' },
    { labels: ['C'], does: 'Write a comment on the focused answer' },
    { labels: ['Esc'], does: 'From the comment back to its answer' },
    { labels: ['?'], does: 'List these shortcuts' },
  ];
}
