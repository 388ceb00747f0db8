/**
 * Working with the teacher's feedback (its records are in lib/schemas/review.ts): lookups,
 * immutable updates, and the per-answer form's values.
 */
import { z } from 'zod';
import { MAX_ANSWER_LENGTH } from '@/lib/schemas/answer';
import type { ClassFeedback, FeedbackValue, StudentFeedback } from '@/lib/schemas/review';
import type { AnswerEdit, FeedbackEdit } from '@/lib/schemas/review-journal';
import { originOfEdit } from '@/lib/schemas/score-origin';
import { withTeacherScore } from './score-origin';

export const EMPTY_FEEDBACK: FeedbackValue = { levelId: null, comment: '', origin: null };

/** What a form or a shortcut changes: a level and a comment; the origin follows from them. */
export type TeacherEdit = Pick<FeedbackValue, 'levelId' | 'comment'>;

/** A level the teacher picks is theirs; a comment alone leaves the score's origin as it was. */
export function applyEdit(current: FeedbackValue, edit: TeacherEdit): FeedbackValue {
  if (edit.levelId === current.levelId) return { ...current, comment: edit.comment };
  return { ...withTeacherScore(current, edit.levelId), comment: edit.comment };
}

const NO_FEEDBACK: StudentFeedback = { answers: new Map(), overallComment: '' };

export function feedbackFor(feedback: ClassFeedback, studentKey: string, questionId: string): FeedbackValue {
  return feedback.get(studentKey)?.answers.get(questionId) ?? EMPTY_FEEDBACK;
}

export function studentFeedback(feedback: ClassFeedback, studentKey: string): StudentFeedback {
  return feedback.get(studentKey) ?? NO_FEEDBACK;
}

export function withAnswerFeedback(
  feedback: ClassFeedback,
  studentKey: string,
  questionId: string,
  value: FeedbackValue,
): ClassFeedback {
  const current = studentFeedback(feedback, studentKey);
  const answers = new Map(current.answers).set(questionId, value);
  return new Map(feedback).set(studentKey, { ...current, answers });
}

export function withOverallComment(feedback: ClassFeedback, studentKey: string, overallComment: string): ClassFeedback {
  return new Map(feedback).set(studentKey, { ...studentFeedback(feedback, studentKey), overallComment });
}

export function hasFeedback(value: FeedbackValue): boolean {
  return value.levelId !== null || value.comment.trim() !== '';
}

/** The per-answer form: radio values are strings, so "no score" is the empty string. */
export const FeedbackFormSchema = z.object({
  levelId: z.string(),
  comment: z
    .string()
    .max(MAX_ANSWER_LENGTH, `A comment can be at most ${MAX_ANSWER_LENGTH.toLocaleString('en')} characters.`),
});
export type FeedbackForm = z.infer<typeof FeedbackFormSchema>;

export function toForm(value: TeacherEdit): FeedbackForm {
  return { levelId: value.levelId ?? '', comment: value.comment };
}

export function fromForm(form: FeedbackForm, rubricIds: ReadonlySet<string>): TeacherEdit {
  return { levelId: rubricIds.has(form.levelId) ? form.levelId : null, comment: form.comment };
}

/** The feedback with one unsaved edit applied: only the fields the edit changed. */
export function withEdit(feedback: ClassFeedback, edit: FeedbackEdit): ClassFeedback {
  if (edit.kind === 'overall') return withOverallComment(feedback, edit.studentKey, edit.comment);
  const current = feedbackFor(feedback, edit.studentKey, edit.questionId);
  const level = edit.levelId === undefined ? current : { levelId: edit.levelId, origin: originOfEdit(edit) };
  return withAnswerFeedback(feedback, edit.studentKey, edit.questionId, {
    levelId: level.levelId,
    origin: level.origin,
    comment: edit.comment ?? current.comment,
  });
}

/** The edit that turns `current` into `value`, added to an earlier edit of the same field not yet saved. */
export function answerEdit(
  current: FeedbackValue,
  value: FeedbackValue,
  target: { studentKey: string; questionId: string; at: string },
  earlier: FeedbackEdit | undefined,
): AnswerEdit {
  const edit: AnswerEdit = { ...(earlier?.kind === 'answer' ? earlier : {}), kind: 'answer', ...target };
  // A level and its origin are one field: they travel together.
  if (current.levelId !== value.levelId || current.origin !== value.origin) {
    edit.levelId = value.levelId;
    edit.origin = value.origin;
  }
  if (current.comment !== value.comment) edit.comment = value.comment;
  return edit;
}
