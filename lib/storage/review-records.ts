/**
 * Reading the review's stored records back: each is validated; one that fails is counted and
 * left alone (never overwritten or shown half-read), and the rest become the class and its feedback.
 */
import type { z } from 'zod';
import type { AnswerEdit } from '@/lib/schemas/review-journal';
import { originOfEdit } from '@/lib/schemas/score-origin';
import type { ClassFeedback, FeedbackValue, StudentFeedback, StudentRecord } from '@/lib/schemas/review';
import {
  StoredFeedbackSchema,
  StoredOverallSchema,
  StoredStudentSchema,
  type StoredFeedback,
  type StoredOverall,
  type StoredStudent,
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

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/**
 * A feedback record after one edit, field by field: a field another tab edited later than this
 * edit keeps that tab's value; a field this edit did not touch is left as stored; a tie keeps the edit.
 */
export function applyAnswerEdit(
  stored: StoredFeedback | undefined,
  lessonId: string,
  edit: Omit<AnswerEdit, 'kind'>,
): StoredFeedback {
  const { studentKey, questionId, at } = edit;
  const base = stored ?? {
    lessonId,
    studentKey,
    questionId,
    value: { levelId: null, comment: '', origin: null },
    updatedAt: at,
  };
  const next: StoredFeedback = { ...base, value: { ...base.value } };
  // A record from before field times counts both fields as edited at its updatedAt.
  const legacyAt = stored && !stored.levelAt && !stored.commentAt ? stored.updatedAt : undefined;
  const levelAt = stored?.levelAt ?? legacyAt;
  const commentAt = stored?.commentAt ?? legacyAt;
  if (edit.levelId !== undefined && !(levelAt && later(levelAt, at))) {
    // The origin is part of the level: it is merged with it, never alone.
    next.value.levelId = edit.levelId;
    next.value.origin = originOfEdit(edit);
    next.levelAt = at;
  }
  if (edit.comment !== undefined && !(commentAt && later(commentAt, at))) {
    next.value.comment = edit.comment;
    next.commentAt = at;
  }
  if (later(at, next.updatedAt)) next.updatedAt = at;
  return next;
}

/** An overall comment after one edit: a later edit from another tab is kept; a tie keeps the edit. */
export function applyOverallEdit(stored: StoredOverall | undefined, edit: StoredOverall): StoredOverall {
  return stored && later(stored.updatedAt, edit.updatedAt) ? stored : edit;
}

/** Of two copies of a student's answers, the later export wins, whichever was imported last. */
export function newerExport(stored: StoredStudent | undefined, incoming: StoredStudent): StoredStudent {
  return stored && later(stored.file.exportedAt, incoming.file.exportedAt) ? stored : incoming;
}
