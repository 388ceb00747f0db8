/**
 * A lesson being written in the editor (/author), saved as the teacher types. It mirrors the lesson's
 * sections, paragraphs and sentences so that a problem found in the lesson points at the same place
 * in the draft, but holds the report once, as `text`: a sentence is a range into it, because the
 * editor only places boundaries and never changes the report's words.
 *
 * A draft may be unfinished (a sentence with no voice or kind yet, an empty title); converting it
 * to a lesson (lib/author/draft-to-lesson.ts) says what is missing and where.
 */
import { z } from 'zod';
import {
  IdentificationSchema,
  IdSchema,
  LessonSchema,
  ModeSchema,
  PromptSchema,
  QuestionSchema,
  TagSchema,
} from './lesson';

export const LESSON_DRAFT_VERSION = 1;
/** A long report is a few thousand words; this is far beyond any of them. */
export const MAX_REPORT_LENGTH = 200_000;

const Offset = z.number().int().min(0).max(MAX_REPORT_LENGTH);

export const DraftSentenceSchema = z
  .strictObject({
    id: IdSchema,
    start: Offset,
    end: Offset,
    /** Whose voice this is (a person id); null until the teacher chooses. */
    voice: IdSchema.nullable(),
    /** The kind of sentence (the lesson's `mode`); null until the teacher chooses. */
    mode: ModeSchema.nullable(),
    tags: z.array(TagSchema),
    note: z.string().optional(),
  })
  .refine((s) => s.end > s.start, { message: 'a sentence needs at least one character', path: ['end'] });
export type DraftSentence = z.infer<typeof DraftSentenceSchema>;

export const DraftParagraphSchema = z.strictObject({
  id: IdSchema,
  sentences: z.array(DraftSentenceSchema),
});
export type DraftParagraph = z.infer<typeof DraftParagraphSchema>;

export const DraftSectionSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  summary: z.string(),
  paragraphs: z.array(DraftParagraphSchema),
  prompts: z.array(PromptSchema),
  questions: z.array(QuestionSchema),
  teacherNotes: z.array(z.string()),
});
export type DraftSection = z.infer<typeof DraftSectionSchema>;

/** Someone who speaks or is spoken of: named, pseudonym, unnamed, an organisation, or the unbylined author. */
export const DraftPersonSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(['person', 'organisation']),
  role: z.string(),
  identification: IdentificationSchema,
  identificationNote: z.string(),
});
export type DraftPerson = z.infer<typeof DraftPersonSchema>;

const SourceField = z.string().max(2000).optional();

/**
 * Where the report comes from. Each field is optional: one left empty is recorded as a teaching
 * point (what a reader cannot check), as the first lesson's empty "Resource Link:" is.
 */
export const DraftSourceSchema = z.strictObject({
  title: SourceField,
  outlet: SourceField,
  author: SourceField,
  date: SourceField,
  link: SourceField,
  /** The lesson's description of the source; written from the fields above when left empty. */
  description: SourceField,
  /** The person id whose voice the author's own sentences are. */
  authorId: IdSchema,
});
export type DraftSource = z.infer<typeof DraftSourceSchema>;

/** Every lesson field the editor does not build from the report: title, objectives, rubric, wrap-up… */
export const DraftFrameSchema = z
  .strictObject(LessonSchema.shape)
  .omit({ id: true, source: true, people: true, sections: true });
export type DraftFrame = z.infer<typeof DraftFrameSchema>;

export const LessonDraftSchema = z.strictObject({
  version: z.literal(LESSON_DRAFT_VERSION),
  /** The id the lesson will have. */
  id: IdSchema,
  /** The report exactly as pasted. */
  text: z.string().max(MAX_REPORT_LENGTH),
  source: DraftSourceSchema,
  people: z.array(DraftPersonSchema),
  sections: z.array(DraftSectionSchema),
  lesson: DraftFrameSchema,
});
export type LessonDraft = z.infer<typeof LessonDraftSchema>;
