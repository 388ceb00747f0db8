/**
 * One student answer, the same shape in browser storage, in the exported response file and in the
 * teacher's review. Each answer carries its own `updatedAt` so that two tabs (or two imports) can be
 * merged answer by answer, the newer one winning. `rev` counts the edits made to this answer: a tab's
 * own edit always has a higher `rev` than the version it read, so it wins whatever the clock says
 * (optional: data saved before it existed still validates, and counts as 0).
 */
import { z } from 'zod';
import { IdSchema } from './lesson-analysis';

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

export const MAX_CELL_LENGTH = 2000;
export const MAX_TASK_ROWS = 50;
const CellSchema = z.string().max(MAX_CELL_LENGTH);

/** What the student concludes about a claim in the chart. */
export const ClaimStatusSchema = z.enum(['checked', 'unverifiable-here', 'contradicted']);

/** One row of the claim-and-evidence chart: the lesson's claim (by id) and what the student wrote about it. */
export const ClaimChartRowSchema = z.strictObject({
  claimId: IdSchema,
  whoAsserts: CellSchema,
  evidence: CellSchema,
  howToCheck: CellSchema,
  status: ClaimStatusSchema.nullable(),
});
export type ClaimChartRow = z.infer<typeof ClaimChartRowSchema>;

/** The whole chart is one answer, so it merges, exports and imports like the others (newer edit wins). */
export const ClaimChartAnswerSchema = z.strictObject({
  kind: z.literal('claim-chart'),
  rows: z.array(ClaimChartRowSchema).max(MAX_TASK_ROWS),
  updatedAt: IsoDateSchema,
  rev: RevSchema,
});

export const SearchVerdictSchema = z.enum(['supports', 'contradicts', 'does-not-settle']);
export type SearchVerdict = z.infer<typeof SearchVerdictSchema>;

/**
 * One search the student did. `where` is typed by the student (a site or an address) and is only
 * ever shown as text, never as a link the app vouches for.
 */
export const LateralSearchSchema = z.strictObject({
  claimId: IdSchema.nullable(),
  searchedFor: CellSchema,
  where: CellSchema,
  whatItSays: CellSchema,
  whoIsBehind: CellSchema,
  verdict: SearchVerdictSchema.nullable(),
});
export type LateralSearch = z.infer<typeof LateralSearchSchema>;

export const LateralReadingAnswerSchema = z.strictObject({
  kind: z.literal('lateral-reading'),
  searches: z.array(LateralSearchSchema).max(MAX_TASK_ROWS),
  updatedAt: IsoDateSchema,
  rev: RevSchema,
});

/**
 * Older files have only text, choice and mark answers: they still validate, so adding the two task
 * kinds needs no version bump or migration.
 */
export const AnswerSchema = z.discriminatedUnion('kind', [
  TextAnswerSchema,
  ChoiceAnswerSchema,
  MarkAnswerSchema,
  ClaimChartAnswerSchema,
  LateralReadingAnswerSchema,
]);
export type Answer = z.infer<typeof AnswerSchema>;
export type ClaimChartAnswer = z.infer<typeof ClaimChartAnswerSchema>;
/** An answer to a question of the lesson (not one of the tasks). */
export type QuestionAnswer = TextAnswer | ChoiceAnswer | MarkAnswer;
export type TaskAnswer = ClaimChartAnswer | LateralReadingAnswer;

export function isTaskAnswer(answer: Answer): answer is TaskAnswer {
  return answer.kind === 'claim-chart' || answer.kind === 'lateral-reading';
}
export type LateralReadingAnswer = z.infer<typeof LateralReadingAnswerSchema>;
export type TextAnswer = z.infer<typeof TextAnswerSchema>;
export type ChoiceAnswer = z.infer<typeof ChoiceAnswerSchema>;
export type MarkAnswer = z.infer<typeof MarkAnswerSchema>;

export { IsoDateSchema };

/** True when the answer has content worth counting as "answered". */
export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (answer.kind === 'text') return answer.text.trim().length > 0;
  if (answer.kind === 'choice') return answer.optionIds.length > 0;
  if (answer.kind === 'mark') return answer.sentenceIds.length > 0;
  if (answer.kind === 'claim-chart') return answer.rows.some(isRowFilled);
  return answer.searches.some(isSearchFilled);
}

const filled = (cells: string[]) => cells.some((c) => c.trim().length > 0);

export function isRowFilled(row: ClaimChartRow): boolean {
  return row.status !== null || filled([row.whoAsserts, row.evidence, row.howToCheck]);
}

export function isSearchFilled(search: LateralSearch): boolean {
  return search.verdict !== null || filled([search.searchedFor, search.where, search.whatItSays, search.whoIsBehind]);
}
