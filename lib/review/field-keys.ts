/**
 * The review's feedback fields by key: each answer's score and comment, and each student's overall
 * comment. A field has one save status and at most one unsaved edit (lib/review/pending-feedback.ts).
 */
import type { FeedbackEdit } from '@/lib/schemas/review-journal';

export const answerFieldKey = (studentKey: string, questionId: string) =>
  JSON.stringify(['answer', studentKey, questionId]);

export const overallFieldKey = (studentKey: string) => JSON.stringify(['overall', studentKey]);

export function fieldKeyOf(edit: FeedbackEdit): string {
  return edit.kind === 'answer' ? answerFieldKey(edit.studentKey, edit.questionId) : overallFieldKey(edit.studentKey);
}
