'use client';
import { useMemo } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { feedbackFor } from '@/lib/review/feedback';
import type { LessonIndex } from '@/lib/review/lesson-index';
import type { ReviewSession } from '@/lib/review/review-session';
import { questionProgress, type AnswerState } from '@/lib/review/scoring-progress';
import type { StudentSheet } from '@/lib/review/student-sheet';

export type ShownState = Exclude<AnswerState, 'unanswered'>;

/**
 * The answers of one state only (a class overview cell), in the given order. Like the list's own
 * filter it is a snapshot taken when chosen: a scored answer does not vanish while it is scored.
 */
export function useStateFilter(
  session: ReviewSession,
  index: LessonIndex,
  located: LocatedQuestion | undefined,
  sheets: readonly StudentSheet[],
  state: ShownState | null,
): readonly StudentSheet[] {
  return useMemo(() => {
    if (!state || !located) return sheets;
    const feedback = session.getSnapshot().feedback;
    const isScored = (key: string, id: string) => feedbackFor(feedback, key, id).levelId !== null;
    const { states } = questionProgress(index, located, sheets, isScored);
    return sheets.filter((s) => states.get(s.key) === state);
  }, [session, index, located, sheets, state]);
}
