/**
 * The lesson file format: one report, split into sections and sentences, with the analysis a
 * teacher would give each sentence, and the prompts and questions that go with each section.
 *
 * Policy: the sentence analysis (voice, kind (`mode`), tags) is the single source of truth. Answer keys of
 * "mark in the text" questions, the projection's evidence marks, the claim ledger and the voice
 * counts are all derived from it (see lib/lessons/analysis.ts), never typed twice.
 * Ids are stable: answers are stored by question id, so wording can change without losing them.
 */
import { z } from 'zod';
import { checkLessonReferences } from '@/lib/lessons/lesson-references';
import { IdSchema, ParagraphSchema, PersonSchema } from './lesson-analysis';
import { PromptSchema, QuestionSchema } from './lesson-question';
import { teachingFields } from './lesson-teaching';

export * from './lesson-analysis';
export * from './lesson-question';
export * from './lesson-teaching';

export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  /** One line for the table of contents and the presenter view. */
  summary: z.string().min(1),
  paragraphs: z.array(ParagraphSchema).min(1, 'a section needs at least one paragraph of the report'),
  prompts: z
    .array(PromptSchema)
    .min(2, 'a section needs 2-4 discussion prompts')
    .max(4, 'a section needs 2-4 discussion prompts'),
  questions: z.array(QuestionSchema).default([]),
  teacherNotes: z.array(z.string().min(1)).default([]),
});
export type Section = z.infer<typeof SectionSchema>;

export const RubricLevelSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  points: z.number().int().min(0),
  description: z.string().min(1),
});
export type RubricLevel = z.infer<typeof RubricLevelSchema>;

const LessonShapeSchema = z.strictObject({
  id: IdSchema,
  version: z.number().int().positive(),
  title: z.string().min(1),
  subtitle: z.string().min(1),
  language: z.string().min(2).default('en'),
  ageRange: z.string().min(1),
  durationMinutes: z.number().int().positive(),
  objectives: z.array(z.string().min(1)).min(1),
  contentNote: z.strictObject({
    heading: z.string().min(1),
    paragraphs: z.array(z.string().min(1)).min(1),
  }),
  discussionNorms: z.array(z.string().min(1)).min(1),
  source: z.strictObject({
    /** How the source text came to us, e.g. "A retelling, by an unnamed author, of a DW report". */
    description: z.string().min(1),
    /** The voice id that "wrote" the text (the author), used for the author's own claims. */
    author: IdSchema,
  }),
  settings: z
    .strictObject({
      /** Show a question's key points to a student once they have answered it. */
      showKeyPointsAfterAnswer: z.boolean().default(true),
    })
    .default({ showKeyPointsAfterAnswer: true }),
  rubric: z.array(RubricLevelSchema).min(2),
  people: z.array(PersonSchema).min(1),
  sections: z.array(SectionSchema).min(1),
  wrapUp: z.strictObject({
    title: z.string().min(1),
    prompts: z.array(PromptSchema).min(1),
    questions: z.array(QuestionSchema).default([]),
  }),
  ...teachingFields,
});

export type LessonShape = z.output<typeof LessonShapeSchema>;

export const LessonSchema = LessonShapeSchema.superRefine(checkLessonReferences);
export type Lesson = z.infer<typeof LessonSchema>;
export type LessonInput = z.input<typeof LessonSchema>;
