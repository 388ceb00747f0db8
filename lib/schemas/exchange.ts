/**
 * Files that travel between a student and a teacher, by USB, email or the school's LMS; no server.
 *
 * - ResponseFile: what "Export my answers" writes and the teacher's review imports.
 * - FeedbackFile: what the teacher's review writes per student and the study page imports.
 *
 * Both carry a `type` marker and a `version`. Objects are strict and strings bounded, because these
 * files come from outside. Answers are arrays (not objects keyed by id) so that no key such as
 * `__proto__` from a file can ever reach an object's prototype.
 */
import { z } from 'zod';
import { cleanStudentName } from '@/lib/exchange/student-name';
import { AnswerSchema, IsoDateSchema, MAX_ANSWER_LENGTH } from './answer';
import { IdSchema } from './lesson-analysis';

export const RESPONSE_FILE_TYPE = 'media-literacy-lesson/responses';
/** Version 2 adds the student's id; version 1 files (name only) are still read. */
export const RESPONSE_FILE_VERSION = 2;
export const FEEDBACK_FILE_TYPE = 'media-literacy-lesson/feedback';
/** Version 2 adds the student's id and the answers export it answers; version 1 is still read. */
export const FEEDBACK_FILE_VERSION = 2;
export const MAX_NAME_LENGTH = 120;
export const MAX_QUESTIONS = 500;

/** A name is cleaned (no control, format or bidi characters) before its length is checked. */
export const StudentNameSchema = z
  .string()
  .overwrite(cleanStudentName)
  .min(1, 'Please enter your name.')
  .max(MAX_NAME_LENGTH, `Names can be at most ${MAX_NAME_LENGTH} characters.`);

/**
 * A random id (crypto.randomUUID) made with a student's saved answers: it tells apart two students
 * of the same name. It is not a secret and not a signature: anyone can copy it into a file.
 */
export const StudentIdSchema = z.uuid();

const LessonRefSchema = z.strictObject({
  id: IdSchema,
  version: z.number().int().positive(),
  title: z.string().max(300),
});

export const ResponseEntrySchema = z.strictObject({
  questionId: IdSchema,
  answer: AnswerSchema,
});

const responseFields = {
  type: z.literal(RESPONSE_FILE_TYPE),
  lesson: LessonRefSchema,
  /** The teaching path the student followed (optional: files from before paths have none). */
  path: z.enum(['core', 'extended']).optional(),
  /** When the student first saved an answer for this lesson. */
  startedAt: IsoDateSchema,
  exportedAt: IsoDateSchema,
  answers: z.array(ResponseEntrySchema).max(MAX_QUESTIONS),
};

/** Version 1: the student is known by name only. */
export const ResponseFileV1Schema = z.strictObject({
  ...responseFields,
  version: z.literal(1),
  student: z.strictObject({ name: StudentNameSchema }),
});
export type ResponseFileV1 = z.infer<typeof ResponseFileV1Schema>;

export const ResponseFileSchema = z.strictObject({
  ...responseFields,
  version: z.literal(RESPONSE_FILE_VERSION),
  student: z.strictObject({ id: StudentIdSchema, name: StudentNameSchema }),
});
export type ResponseFile = z.infer<typeof ResponseFileSchema>;

/** Any answer file the review can read, kept as it came: a version 1 file has no student id. */
export const AnyResponseFileSchema = z.discriminatedUnion('version', [ResponseFileV1Schema, ResponseFileSchema]);
export type AnyResponseFile = z.infer<typeof AnyResponseFileSchema>;

/** Where a score came from: the teacher's own, or the key's suggestion accepted (lib/schemas/score-origin.ts). */
export const ScoreOriginSchema = z.enum(['teacher', 'suggested-accepted']);

export const FeedbackEntrySchema = z.strictObject({
  questionId: IdSchema,
  /** A rubric level id of the lesson, or null when the teacher gave no score. */
  levelId: IdSchema.nullable(),
  /** The level's label at the time of export, so the student sees it even if the rubric changes. */
  levelLabel: z.string().max(100).nullable(),
  comment: z.string().max(MAX_ANSWER_LENGTH),
  /**
   * Where the score came from (lib/schemas/score-origin.ts); only with a score. Optional, so files
   * written before it still read, and a study page reads it without needing it.
   */
  origin: ScoreOriginSchema.optional(),
});
export type FeedbackEntry = z.infer<typeof FeedbackEntrySchema>;

const feedbackFields = {
  type: z.literal(FEEDBACK_FILE_TYPE),
  lesson: LessonRefSchema,
  createdAt: IsoDateSchema,
  /** An overall comment for the whole sheet; may be empty. */
  overallComment: z.string().max(MAX_ANSWER_LENGTH),
  feedback: z.array(FeedbackEntrySchema).max(MAX_QUESTIONS),
};

/** Version 1: addressed to a name only. */
export const FeedbackFileV1Schema = z.strictObject({
  ...feedbackFields,
  version: z.literal(1),
  student: z.strictObject({ name: StudentNameSchema }),
});

export const FeedbackFileSchema = z.strictObject({
  ...feedbackFields,
  version: z.literal(FEEDBACK_FILE_VERSION),
  /** `id` is null when the answers came from a version 1 file, which had none. */
  student: z.strictObject({ id: StudentIdSchema.nullable(), name: StudentNameSchema }),
  /** The `exportedAt` of the answer file this feedback answers. */
  answersExportedAt: IsoDateSchema,
});
export type FeedbackFile = z.infer<typeof FeedbackFileSchema>;

/** Any feedback file the study page can read (and keep), as it came. */
export const AnyFeedbackFileSchema = z.discriminatedUnion('version', [FeedbackFileV1Schema, FeedbackFileSchema]);
export type AnyFeedbackFile = z.infer<typeof AnyFeedbackFileSchema>;
