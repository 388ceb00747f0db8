'use client';
import { createContext, useContext } from 'react';
import type { FeedbackValue } from '@/lib/review/feedback';
import type { LessonIndex } from '@/lib/review/lesson-index';
import type { StatusStore } from '@/lib/review/status-store';

/** What every part of the review needs without passing it down through each level. */
export type ReviewContextValue = {
  index: LessonIndex;
  statusStore: StatusStore;
  /** False when the browser cannot store the review: "saved" then only means "kept in this tab". */
  persistent: boolean;
  setAnswerFeedback(studentKey: string, questionId: string, value: FeedbackValue): void;
  setOverallComment(studentKey: string, comment: string): void;
};

export const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReview() must be used inside <ReviewContext>');
  return value;
}
