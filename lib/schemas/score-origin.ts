/**
 * Where a score came from, so the CSV and the feedback file can say which scores the teacher gave
 * and which were suggested by the lesson's key and accepted (issue 12).
 *
 * - `teacher`: the teacher chose the level (including overriding a suggestion, or choosing by hand
 *   the level the key suggested).
 * - `suggested-accepted`: the teacher accepted the key's suggestion, one by one or with "Accept all".
 * A pending suggestion is not a score and is never saved or exported.
 *
 * Older data: a feedback value saved before origins (lib/schemas/review.ts) is read through
 * `migrateFeedbackValueV1`, a journal edit without an origin through `originOfEdit`, and the
 * feedback file's entry carries `origin` as optional (lib/schemas/exchange.ts), so files written
 * before it still read.
 */ import { z } from 'zod';
import { MAX_ANSWER_LENGTH } from './answer';
import { ScoreOriginSchema } from './exchange';
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

/** Migration step v1 → v2 of a saved feedback value: every score before suggestions was the teacher's. */
export function migrateFeedbackValueV1(value: { levelId: string | null; comment: string }): FeedbackValueWithOrigin {
  return { levelId: value.levelId, comment: value.comment, origin: value.levelId === null ? null : 'teacher' };
}

/** The origin of a level set by a journal edit; an edit journaled before origins existed is the teacher's. */
export function originOfEdit(edit: { levelId?: string | null; origin?: ScoreOrigin | null }): ScoreOrigin | null {
  if (edit.levelId === null || edit.levelId === undefined) return null;
  return edit.origin ?? 'teacher';
}
