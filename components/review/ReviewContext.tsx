'use client';
import { createContext, useContext } from 'react';
import type { TeacherEdit } from '@/lib/review/feedback';
import type { LessonIndex } from '@/lib/review/lesson-index';
import type { ReviewSession } from '@/lib/review/review-session';

/** What every part of the review needs without passing it down through each level. */
export type ReviewContextValue = {
  index: LessonIndex;
  /** Each feedback field's save status comes from here (`statusOf`), re-rendering only that field. */
  session: ReviewSession;
  setAnswerFeedback(studentKey: string, questionId: string, edit: TeacherEdit): void;
  setOverallComment(studentKey: string, comment: string): void;
};

export const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReview() must be used inside <ReviewContext>');
  return value;
}
