/**
 * The teacher's review, as records: a student's validated answer file as the review keeps it, and
 * the teacher's feedback (a rubric level with its origin and a comment per answer, an overall comment per
 * student). Feedback is kept by student key and question id, apart from the answers themselves,
 * so a newer export of a student's answers does not erase it.
 */
import { z } from 'zod';
import { IsoDateSchema, MAX_ANSWER_LENGTH } from './answer';
import { AnyResponseFileSchema } from './exchange';
import { IdSchema } from './lesson';
import { FeedbackValueWithOriginSchema, migrateFeedbackValueV1 } from './score-origin';

/**
 * The identity of a student within one lesson's review: `id:<student id>` for an answer file that
 * carries one, `name:<normalised name>` for a version 1 file, which does not (lib/review/student-key.ts).
 */
export const StudentKeySchema = z
  .string()
  .max(500)
  .regex(/^(id|name):./s, 'a student key starts with "id:" or "name:"');

/** A student's answers as kept by the review: the validated file and where it came from. */
export const StudentRecordSchema = z.strictObject({
  key: StudentKeySchema,
  file: AnyResponseFileSchema,
  sourceName: z.string().max(2000),
  importedAt: IsoDateSchema,
});
export type StudentRecord = z.infer<typeof StudentRecordSchema>;

const FeedbackValueV1Schema = z.strictObject({
  levelId: IdSchema.nullable(),
  comment: z.string().max(MAX_ANSWER_LENGTH),
});

/**
 * A score with where it came from (lib/schemas/score-origin.ts). Values saved before origins
 * existed are read through the named step `migrateFeedbackValueV1`: their scores are the teacher's.
 */
export const FeedbackValueSchema = z.union([
  FeedbackValueWithOriginSchema,
  FeedbackValueV1Schema.transform(migrateFeedbackValueV1),
]);
export type FeedbackValue = z.infer<typeof FeedbackValueSchema>;

export type StudentFeedback = {
  answers: ReadonlyMap<string, FeedbackValue>;
  overallComment: string;
};

/** Feedback of the whole class, by student key. */
export type ClassFeedback = ReadonlyMap<string, StudentFeedback>;
