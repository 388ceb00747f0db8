/**
 * Reading the review's stored records back: each is validated; one that fails is counted and
 * left alone (never overwritten or shown half-read), and the rest become the class and its feedback.
 */
import type { z } from 'zod';
import type { ClassFeedback, FeedbackValue, StudentFeedback, StudentRecord } from '@/lib/schemas/review';
import {
  StoredFeedbackSchema,
  StoredOverallSchema,
  StoredStudentSchema,
  type StoredFeedback,
  type StoredOverall,
} from '@/lib/schemas/review-records';

export type SavedReview = {
  students: StudentRecord[];
  feedback: ClassFeedback;
  /** Saved records that failed validation and were left untouched. */
  unreadable: number;
};

/** Builds the class's feedback from stored records; a student may have feedback and no answers yet. */
function assembleFeedback(feedback: readonly StoredFeedback[], overall: readonly StoredOverall[]): ClassFeedback {
  const byStudent = new Map<string, { answers: Map<string, FeedbackValue>; overallComment: string }>();
  const entry = (key: string) => {
    let found = byStudent.get(key);
    if (!found) byStudent.set(key, (found = { answers: new Map(), overallComment: '' }));
    return found;
  };
  for (const record of feedback) entry(record.studentKey).answers.set(record.questionId, record.value);
  for (const record of overall) entry(record.studentKey).overallComment = record.comment;
  return new Map<string, StudentFeedback>(byStudent);
}

function validRecords<T>(schema: z.ZodType<T>, records: readonly unknown[]): { valid: T[]; invalid: number } {
  const valid: T[] = [];
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
  }
  return { valid, invalid: records.length - valid.length };
}

export function toSavedReview(
  students: readonly unknown[],
  feedback: readonly unknown[],
  overall: readonly unknown[],
): SavedReview {
  const s = validRecords(StoredStudentSchema, students);
  const f = validRecords(StoredFeedbackSchema, feedback);
  const o = validRecords(StoredOverallSchema, overall);
  return {
    students: s.valid.map(({ key, file, sourceName, importedAt }) => ({ key, file, sourceName, importedAt })),
    feedback: assembleFeedback(f.valid, o.valid),
    unreadable: s.invalid + f.invalid + o.invalid,
  };
}
