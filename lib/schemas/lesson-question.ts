/** Questions and discussion prompts of a lesson, and the key points that go with them. */
import { z } from 'zod';
import { IdSchema, ModeSchema, TagSchema } from './lesson-analysis';

export const KeyPointSchema = z.strictObject({
  text: z.string().min(1),
  /** Sentences that support this key point; each must exist in the lesson. */
  sentences: z.array(IdSchema).default([]),
});
export type KeyPoint = z.infer<typeof KeyPointSchema>;

export const SourceFocusSchema = z.enum([
  'who-is-quoted',
  'anonymity',
  'legal-claims',
  'primary-secondary',
  'outlet-description',
  'generalisation',
  'loaded-wording',
  'missing-voices',
  'missing-link',
  'lateral-reading',
]);
export type SourceFocus = z.infer<typeof SourceFocusSchema>;

/** Core questions and prompts make the 60-minute lesson; extension ones are added on the two-lesson path. */
export const PathSchema = z.enum(['core', 'extension']);
export type LessonPath = z.infer<typeof PathSchema>;

const questionBase = {
  id: IdSchema,
  path: PathSchema.default('core'),
  prompt: z.string().min(1),
  focus: SourceFocusSchema.optional(),
  keyPoints: z.array(KeyPointSchema).min(1, 'every question needs at least one key point'),
};

export const TextQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('text'),
  /** Shown under the field, e.g. "2-3 sentences". */
  lengthHint: z.string().min(1),
  maxLength: z.number().int().positive().max(10_000).default(2000),
});

export const ChoiceOptionSchema = z.strictObject({
  id: IdSchema,
  text: z.string().min(1),
  correct: z.boolean(),
  /** For a wrong option: the real misconception it stands for, shown to the teacher. */
  misconception: z.string().min(1).optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.enum(['single', 'multiple']),
  options: z.array(ChoiceOptionSchema).min(2),
  /** Shown once the student has checked their answer. */
  explanation: z.string().min(1),
});

/** A sentence matches when it meets every field given; within a field any listed value matches. */
export const MarkCriterionSchema = z
  .strictObject({
    modes: z.array(ModeSchema).min(1).optional(),
    tags: z.array(TagSchema).min(1).optional(),
    voices: z.array(IdSchema).min(1).optional(),
  })
  .refine((c) => c.modes || c.tags || c.voices, 'a criterion needs modes, tags or voices');
export type MarkCriterion = z.infer<typeof MarkCriterionSchema>;

export const MarkQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('mark'),
  /** What the student should select, e.g. "sentences that are direct quotes". */
  target: z.string().min(1),
  /** The sentences offered; defaults to the question's own section. */
  sections: z.array(IdSchema).min(1).optional(),
  criterion: MarkCriterionSchema,
  /** Sentences outside the key that are still a fair answer, each with the reason; marking them is not an error. */
  alsoAccepted: z.array(z.strictObject({ sentenceId: IdSchema, reason: z.string().min(1) })).default([]),
  explanation: z.string().min(1),
});

export const QuestionSchema = z.discriminatedUnion('kind', [
  TextQuestionSchema,
  ChoiceQuestionSchema,
  MarkQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type TextQuestion = z.infer<typeof TextQuestionSchema>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type MarkQuestion = z.infer<typeof MarkQuestionSchema>;

export const PromptSchema = z.strictObject({
  id: IdSchema,
  path: PathSchema.default('core'),
  text: z.string().min(1),
  keyPoints: z.array(KeyPointSchema).default([]),
});
export type Prompt = z.infer<typeof PromptSchema>;
