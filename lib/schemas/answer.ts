/**
 * One student answer, the same shape in browser storage, in the exported response file and in the
 * teacher's review. Each answer carries its own `updatedAt` so that two tabs (or two imports) can be
 * merged answer by answer, the newer one winning. `rev` counts the edits made to this answer: a tab's
 * own edit always has a higher `rev` than the version it read, so it wins whatever the clock says
 * (optional: data saved before it existed still validates, and counts as 0).
 */
import { z } from 'zod';
import { IdSchema } from './lesson';

export const MAX_ANSWER_LENGTH = 20_000;
export const MAX_SELECTIONS = 500;

const IsoDateSchema = z.iso.datetime({ offset: true });
const RevSchema = z.number().int().min(0).optional();

export const TextAnswerSchema = z.strictObject({
  kind: z.literal('text'),
  text: z.string().max(MAX_ANSWER_LENGTH),
  updatedAt: IsoDateSchema,
  rev: RevSchema,
});

export const ChoiceAnswerSchema = z.strictObject({
  kind: z.literal('choice'),
  optionIds: z.array(IdSchema).max(MAX_SELECTIONS),
  /** The student pressed "Check": the explanation and key points may now be shown. */
  checked: z.boolean(),
  updatedAt: IsoDateSchema,
  rev: RevSchema,
});

export const MarkAnswerSchema = z.strictObject({
  kind: z.literal('mark'),
  sentenceIds: z.array(IdSchema).max(MAX_SELECTIONS),
  checked: z.boolean(),
  updatedAt: IsoDateSchema,
  rev: RevSchema,
});

export const AnswerSchema = z.discriminatedUnion('kind', [TextAnswerSchema, ChoiceAnswerSchema, MarkAnswerSchema]);
export type Answer = z.infer<typeof AnswerSchema>;
export type TextAnswer = z.infer<typeof TextAnswerSchema>;
export type ChoiceAnswer = z.infer<typeof ChoiceAnswerSchema>;
export type MarkAnswer = z.infer<typeof MarkAnswerSchema>;

export { IsoDateSchema };

/** True when the answer has content worth counting as "answered". */
export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (answer.kind === 'text') return answer.text.trim().length > 0;
  if (answer.kind === 'choice') return answer.optionIds.length > 0;
  return answer.sentenceIds.length > 0;
}
