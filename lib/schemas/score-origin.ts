/**
 * Proposal: where a score came from, so the CSV and the feedback file can say which scores the
 * teacher gave and which were suggested by the lesson's key and accepted (issue 12).
 *
 * - `teacher`: the teacher chose the level (including overriding a suggestion, or choosing by hand
 *   the level the key suggested).
 * - `suggested-accepted`: the teacher accepted the key's suggestion, one by one or with "Accept all".
 * A pending suggestion is not a score and is never saved or exported.
 *
 * Migration note (applied at integration; no existing schema is changed by this file):
 * - Review storage: the saved feedback value gains `origin` (`FeedbackValueWithOriginSchema`
 *   replaces `FeedbackValueSchema` of lib/review/feedback.ts). A named step
 *   `migrateFeedbackValueV1` fills it on load: before suggestions existed, every score was the
 *   teacher's own, so a level means `teacher` and no level means `null`. Bump the store's version.
 * - Feedback file: `FeedbackEntryWithOriginSchema` is the entry of FEEDBACK_FILE_VERSION 2. The
 *   study page keeps reading version 1 files through `migrateFeedbackEntryV1`. A study page older
 *   than this change rejects version 2 files, with its "made by a newer version" message.
 * - Gradebook CSV: a "Qn score origin" column after each "Qn score" (lib/review/score-origin.ts).
 */
import { z } from 'zod';
import { MAX_ANSWER_LENGTH } from './answer';
import { FeedbackEntrySchema, ScoreOriginSchema, type FeedbackEntry } from './exchange';
import { IdSchema } from './lesson';

// Defined beside the feedback file's entry, which carries it; named here with the rest of the origin rules.
export { ScoreOriginSchema };
export type ScoreOrigin = z.infer<typeof ScoreOriginSchema>;

const hasOriginExactlyWhenScored = (v: { levelId: string | null; origin: ScoreOrigin | null }) =>
  (v.levelId === null) === (v.origin === null);
const ORIGIN_RULE = { message: 'a score needs an origin, and only a score has one', path: ['origin'] };

export const FeedbackValueWithOriginSchema = z
  .strictObject({
    levelId: IdSchema.nullable(),
    comment: z.string().max(MAX_ANSWER_LENGTH),
    origin: ScoreOriginSchema.nullable(),
  })
  .refine(hasOriginExactlyWhenScored, ORIGIN_RULE);
export type FeedbackValueWithOrigin = z.infer<typeof FeedbackValueWithOriginSchema>;

export const FeedbackEntryWithOriginSchema = FeedbackEntrySchema.extend({
  origin: ScoreOriginSchema.nullable(),
}).refine(hasOriginExactlyWhenScored, ORIGIN_RULE);
export type FeedbackEntryWithOrigin = z.infer<typeof FeedbackEntryWithOriginSchema>;

/** Migration step v1 → v2 of a saved feedback value: every score before suggestions was the teacher's. */
export function migrateFeedbackValueV1(value: { levelId: string | null; comment: string }): FeedbackValueWithOrigin {
  return { levelId: value.levelId, comment: value.comment, origin: value.levelId === null ? null : 'teacher' };
}

/** Migration step of a feedback file entry from version 1 to 2, on the same reasoning. */
export function migrateFeedbackEntryV1(entry: FeedbackEntry): FeedbackEntryWithOrigin {
  return { ...entry, origin: entry.levelId === null ? null : 'teacher' };
}
