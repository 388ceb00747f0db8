/**
 * What the study page keeps in the browser for one lesson.
 *
 * Every saved record carries `version`. Older versions are migrated on load by the named steps in
 * lib/storage/migrations.ts; a record from a newer version, or one that fails validation, is never
 * overwritten (the student can download it and choose to start fresh).
 *
 * `revision` goes up by one on every write, so a tab can tell that another tab wrote after it read.
 */
import { z } from 'zod';
import { AnswerSchema, IsoDateSchema } from './answer';
import { AnyFeedbackFileSchema, FeedbackFileV1Schema, MAX_NAME_LENGTH, StudentIdSchema } from './exchange';
import { IdSchema } from './lesson-analysis';

export const SAVED_ANSWERS_VERSION = 3;

/** Version 1, the first format: plain text answers keyed by question id, no revision. */
export const SavedAnswersV1Schema = z.strictObject({
  version: z.literal(1),
  lessonId: IdSchema,
  savedAt: IsoDateSchema,
  answers: z.record(IdSchema, z.string()),
});
export type SavedAnswersV1 = z.infer<typeof SavedAnswersV1Schema>;

const savedFields = {
  lessonId: IdSchema,
  lessonVersion: z.number().int().positive(),
  revision: z.number().int().min(0),
  startedAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  studentName: z.string().max(MAX_NAME_LENGTH),
  answers: z.record(IdSchema, AnswerSchema),
};

/** Version 2: no student id; feedback files were version 1. */
export const SavedAnswersV2Schema = z.strictObject({
  ...savedFields,
  version: z.literal(2),
  feedback: FeedbackFileV1Schema.nullable(),
});
export type SavedAnswersV2 = z.infer<typeof SavedAnswersV2Schema>;

export const SavedAnswersSchema = z.strictObject({
  ...savedFields,
  version: z.literal(SAVED_ANSWERS_VERSION),
  /** Made with the saved answers and written into every export, so two students of one name stay two. */
  studentId: StudentIdSchema,
  /** When the student last exported their answers, so feedback on an older export can say so. */
  lastExportedAt: IsoDateSchema.nullable(),
  /** The teacher's feedback, once the student has imported their feedback file. */
  feedback: AnyFeedbackFileSchema.nullable(),
});
export type SavedAnswers = z.infer<typeof SavedAnswersSchema>;

/** Reads just the version of something that claims to be saved answers. */
export const VersionProbeSchema = z.object({ version: z.number().int() });

export function emptySavedAnswers(
  lessonId: string,
  lessonVersion: number,
  now: string,
  studentId: string = crypto.randomUUID(),
): SavedAnswers {
  return {
    version: SAVED_ANSWERS_VERSION,
    studentId,
    lastExportedAt: null,
    lessonId,
    lessonVersion,
    revision: 0,
    startedAt: now,
    updatedAt: now,
    studentName: '',
    answers: {},
    feedback: null,
  };
}
