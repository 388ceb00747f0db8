'use client';
import { useEffect, useRef, type RefObject } from 'react';
import { scoringKeyIntent } from '@/lib/review/scoring-keys';

/** Put on each answer's outer element (with `tabIndex={0}`): the keys act on the answer holding the focus. */
export const ANSWER_KEY_ATTRIBUTE = 'data-answer-key';
/** Put on the comment field inside an answer: C moves the focus there. */
export const ANSWER_COMMENT_ATTRIBUTE = 'data-answer-comment';

export type ScoringKeysOptions = {
  /** The element holding the answers of the current page or group. */
  listRef: RefObject<HTMLElement | null>;
  /** How many rubric levels the digits can pick. */
  levelCount: number;
  /** Digit pressed: give `levelsByRank(rubric)[rank]` to this student's answer. */
  onScore(studentKey: string, rank: number): void;
  onHelp?(): void;
  /** J on the last answer or K on the first: e.g. turn the page. */
  onPastEnd?(direction: 'next' | 'previous'): void;
  /** Move to the next answer after a score: one key per answer instead of two. */
  advanceAfterScore?: boolean;
  enabled?: boolean;
};

const TEXTLESS_INPUTS = new Set(['button', 'checkbox', 'radio', 'reset', 'submit', 'image', 'range', 'color', 'file']);

/** Keys typed into a text field belong to the field, never to the shortcuts. */
function isTextEntry(target: HTMLElement): boolean {
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !TEXTLESS_INPUTS.has(target.type);
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Focuses an answer and scrolls it into view (without a jump for people who asked for less motion). */
export function focusAnswer(element: HTMLElement) {
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/**
 * Keyboard scoring on the focused answer: 1/2/3 score, J/K move, C goes to the comment (Esc comes
 * back), ? asks for the shortcuts (lib/review/scoring-keys.ts). One listener on the list, not one per answer. The
 * list must be in the page when the hook's component mounts (or `enabled` turns true).
 */
export function useScoringKeys(options: ScoringKeysOptions) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { listRef, enabled = true } = options;

  useEffect(() => {
    const list = listRef.current;
    if (!list || !enabled) return;
    const answers = () => [...list.querySelectorAll<HTMLElement>(`[${ANSWER_KEY_ATTRIBUTE}]`)];
    const move = (from: HTMLElement, direction: 'next' | 'previous') => {
      const all = answers();
      const target = all[all.indexOf(from) + (direction === 'next' ? 1 : -1)];
      if (target) focusAnswer(target);
      else latest.current.onPastEnd?.(direction);
    };

    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.defaultPrevented || event.isComposing || !(target instanceof HTMLElement)) return;
      if (isTextEntry(target)) {
        // Esc in a comment goes back to its answer, so the digits can score it without the mouse.
        const owner = target.hasAttribute(ANSWER_COMMENT_ATTRIBUTE) && event.key === 'Escape';
        const answer = owner ? target.closest<HTMLElement>(`[${ANSWER_KEY_ATTRIBUTE}]`) : null;
        if (answer && list.contains(answer)) {
          event.preventDefault();
          focusAnswer(answer);
        }
        return;
      }
      const answer = target.closest<HTMLElement>(`[${ANSWER_KEY_ATTRIBUTE}]`);
      const studentKey = answer?.getAttribute(ANSWER_KEY_ATTRIBUTE);
      if (!answer || !studentKey || !list.contains(answer)) return;
      const { levelCount, onScore, onHelp, advanceAfterScore } = latest.current;
      const intent = scoringKeyIntent(event, levelCount);
      if (!intent || (intent.type === 'help' && !onHelp)) return;
      event.preventDefault();
      if (intent.type === 'score') {
        onScore(studentKey, intent.rank);
        if (advanceAfterScore) move(answer, 'next');
      } else if (intent.type === 'next' || intent.type === 'previous') {
        move(answer, intent.type);
      } else if (intent.type === 'comment') {
        answer.querySelector<HTMLElement>(`[${ANSWER_COMMENT_ATTRIBUTE}]`)?.focus();
      } else {
        onHelp?.();
      }
    };
    list.addEventListener('keydown', onKey);
    return () => list.removeEventListener('keydown', onKey);
  }, [listRef, enabled]);
}
