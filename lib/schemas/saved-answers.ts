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
import { FeedbackFileSchema, MAX_NAME_LENGTH } from './exchange';
import { IdSchema } from './lesson';

export const SAVED_ANSWERS_VERSION = 2;

/** Version 1, the first format: plain text answers keyed by question id, no revision. */
export const SavedAnswersV1Schema = z.strictObject({
  version: z.literal(1),
  lessonId: IdSchema,
  savedAt: IsoDateSchema,
  answers: z.record(IdSchema, z.string()),
});
export type SavedAnswersV1 = z.infer<typeof SavedAnswersV1Schema>;

export const SavedAnswersSchema = z.strictObject({
  version: z.literal(SAVED_ANSWERS_VERSION),
  lessonId: IdSchema,
  lessonVersion: z.number().int().positive(),
  revision: z.number().int().min(0),
  startedAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  studentName: z.string().max(MAX_NAME_LENGTH),
  answers: z.record(IdSchema, AnswerSchema),
  /** The teacher's feedback, once the student has imported their feedback file. */
  feedback: FeedbackFileSchema.nullable(),
});
export type SavedAnswers = z.infer<typeof SavedAnswersSchema>;

/** Reads just the version of something that claims to be saved answers. */
export const VersionProbeSchema = z.object({ version: z.number().int() });

export function emptySavedAnswers(lessonId: string, lessonVersion: number, now: string): SavedAnswers {
  return {
    version: SAVED_ANSWERS_VERSION,
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
