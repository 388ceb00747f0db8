/**
 * The review's journal: feedback edits typed but not yet confirmed written to IndexedDB, kept in
 * localStorage by lib/storage/review-journal.ts. An answer edit holds only the fields the teacher
 * changed, so replaying it never overwrites a field another tab changed since.
 * Do not change a shape without raising REVIEW_JOURNAL_VERSION. (`origin` was added as optional
 * within version 1: an edit journaled before it reads as before, its level being the teacher's.)
 */
import { z } from 'zod';
import { IsoDateSchema, MAX_ANSWER_LENGTH } from './answer';
import { ScoreOriginSchema } from './exchange';
import { IdSchema } from './lesson';
import { StudentKeySchema } from './review';

export const REVIEW_JOURNAL_VERSION = 1;

export const AnswerEditSchema = z.strictObject({
  kind: z.literal('answer'),
  studentKey: StudentKeySchema,
  questionId: IdSchema,
  levelId: IdSchema.nullable().optional(),
  /** Where the level came from (lib/schemas/score-origin.ts); set with `levelId`. */
  origin: ScoreOriginSchema.nullable().optional(),
  comment: z.string().max(MAX_ANSWER_LENGTH).optional(),
  at: IsoDateSchema,
});

export const OverallEditSchema = z.strictObject({
  kind: z.literal('overall'),
  studentKey: StudentKeySchema,
  comment: z.string().max(MAX_ANSWER_LENGTH),
  at: IsoDateSchema,
});

export const FeedbackEditSchema = z.discriminatedUnion('kind', [AnswerEditSchema, OverallEditSchema]);
export type FeedbackEdit = z.infer<typeof FeedbackEditSchema>;
export type AnswerEdit = z.infer<typeof AnswerEditSchema>;

/** Edits by field key (see lib/review/review-session.ts), one per feedback field. */
export const ReviewJournalSchema = z.strictObject({
  version: z.literal(REVIEW_JOURNAL_VERSION),
  edits: z.record(z.string().max(2000), FeedbackEditSchema),
});
export type ReviewJournal = z.infer<typeof ReviewJournalSchema>;
