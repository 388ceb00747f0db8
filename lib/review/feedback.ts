/**
 * The teacher's feedback: a rubric level and a comment per answer, and an overall comment per
 * student. Kept by student key and question id, apart from the answers themselves, so a newer
 * export of a student's answers does not erase it.
 */
import { z } from 'zod';
import { MAX_ANSWER_LENGTH } from '@/lib/schemas/answer';
import { IdSchema } from '@/lib/schemas/lesson';

export const FeedbackValueSchema = z.strictObject({
  levelId: IdSchema.nullable(),
  comment: z.string().max(MAX_ANSWER_LENGTH),
});
export type FeedbackValue = z.infer<typeof FeedbackValueSchema>;

export const EMPTY_FEEDBACK: FeedbackValue = { levelId: null, comment: '' };

export type StudentFeedback = {
  answers: ReadonlyMap<string, FeedbackValue>;
  overallComment: string;
};

/** Feedback of the whole class, by student key. */
export type ClassFeedback = ReadonlyMap<string, StudentFeedback>;

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

export function toForm(value: FeedbackValue): FeedbackForm {
  return { levelId: value.levelId ?? '', comment: value.comment };
}

export function fromForm(form: FeedbackForm, rubricIds: ReadonlySet<string>): FeedbackValue {
  return { levelId: rubricIds.has(form.levelId) ? form.levelId : null, comment: form.comment };
}
