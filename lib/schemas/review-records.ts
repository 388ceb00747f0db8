/**
 * The review's records as stored in IndexedDB, one schema per object store. Each record carries
 * its lesson id (the first part of its key) and is validated when read back.
 * Do not change a shape without a database version and an upgrade step (lib/storage/review-db.ts).
 */
import { z } from 'zod';
import { IsoDateSchema, MAX_ANSWER_LENGTH } from './answer';
import { IdSchema } from './lesson';
import { FeedbackValueSchema, StudentKeySchema, StudentRecordSchema } from './review';

export const StoredStudentSchema = z.strictObject({ lessonId: IdSchema, ...StudentRecordSchema.shape });
export type StoredStudent = z.infer<typeof StoredStudentSchema>;

export const StoredFeedbackSchema = z.strictObject({
  lessonId: IdSchema,
  studentKey: StudentKeySchema,
  questionId: IdSchema,
  value: FeedbackValueSchema,
  updatedAt: IsoDateSchema,
  /** When each field was last edited, so two tabs' edits merge field by field (absent in older records). */
  levelAt: IsoDateSchema.optional(),
  commentAt: IsoDateSchema.optional(),
});
export type StoredFeedback = z.infer<typeof StoredFeedbackSchema>;

export const StoredOverallSchema = z.strictObject({
  lessonId: IdSchema,
  studentKey: StudentKeySchema,
  comment: z.string().max(MAX_ANSWER_LENGTH),
  updatedAt: IsoDateSchema,
});
export type StoredOverall = z.infer<typeof StoredOverallSchema>;
