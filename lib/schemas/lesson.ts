/**
 * The lesson file format: one report, split into sections and sentences, with the analysis a
 * teacher would give each sentence, and the prompts and questions that go with each section.
 *
 * Policy: the sentence analysis (voice, mode, tags) is the single source of truth. Answer keys of
 * "mark in the text" questions, the projection's evidence marks, the claim ledger and the voice
 * counts are all derived from it (see lib/lessons/analysis.ts), never typed twice.
 * Ids are stable: answers are stored by question id, so wording can change without losing them.
 */
import { z } from 'zod';

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "s-bushra-1"');

export const ModeSchema = z.enum(['direct-quote', 'paraphrase', 'framing']);
export type Mode = z.infer<typeof ModeSchema>;

export const TagSchema = z.enum([
  'legal-claim',
  'anonymised-person',
  'generalisation',
  'loaded-wording',
  'unsourced',
  'attribution',
  'missing-link',
]);
export type Tag = z.infer<typeof TagSchema>;

export const IdentificationSchema = z.enum(['named', 'pseudonym', 'unnamed', 'named-organisation', 'no-byline']);
export type Identification = z.infer<typeof IdentificationSchema>;

export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  kind: z.enum(['person', 'organisation']),
  role: z.string().min(1),
  identification: IdentificationSchema,
  identificationNote: z.string().min(1),
});
export type Person = z.infer<typeof PersonSchema>;

export const SentenceSchema = z.strictObject({
  id: IdSchema,
  text: z.string().min(1),
  /** Id of the person or organisation whose voice this is. */
  voice: IdSchema,
  mode: ModeSchema,
  tags: z.array(TagSchema).default([]),
  /** The teacher's analysis of this sentence, shown in the presenter view and the review key. */
  note: z.string().optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const ParagraphSchema = z.strictObject({
  id: IdSchema,
  sentences: z.array(SentenceSchema).min(1, 'a paragraph needs at least one sentence'),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

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

const questionBase = {
  id: IdSchema,
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
  text: z.string().min(1),
  keyPoints: z.array(KeyPointSchema).default([]),
});
export type Prompt = z.infer<typeof PromptSchema>;

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
    /** The voice id that "wrote" the text (the author), used for framing sentences. */
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
});

export const LessonSchema = LessonShapeSchema.superRefine(checkReferences);
export type Lesson = z.infer<typeof LessonSchema>;
export type LessonInput = z.input<typeof LessonSchema>;

/** Cross-references that a shape alone cannot express: unique ids, and every id that points somewhere. */
function checkReferences(lesson: z.output<typeof LessonShapeSchema>, ctx: z.RefinementCtx) {
  const error = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const where = path.join('.');
    const first = seen.get(id);
    if (first) error([...path, 'id'], `duplicate id "${id}" (first used at ${first})`);
    else seen.set(id, where);
  };

  const people = new Set(lesson.people.map((p) => p.id));
  lesson.people.forEach((p, i) => claim(p.id, ['people', i]));
  if (!people.has(lesson.source.author)) error(['source', 'author'], `unknown person "${lesson.source.author}"`);

  const sentences = new Set<string>();
  const sectionIds = new Set<string>();
  lesson.sections.forEach((section, si) => {
    claim(section.id, ['sections', si]);
    sectionIds.add(section.id);
    section.paragraphs.forEach((paragraph, pi) => {
      claim(paragraph.id, ['sections', si, 'paragraphs', pi]);
      paragraph.sentences.forEach((sentence, ti) => {
        const path = ['sections', si, 'paragraphs', pi, 'sentences', ti];
        claim(sentence.id, path);
        sentences.add(sentence.id);
        if (!people.has(sentence.voice)) error([...path, 'voice'], `unknown person "${sentence.voice}"`);
      });
    });
  });

  const checkKeyPoints = (keyPoints: KeyPoint[], path: (string | number)[]) =>
    keyPoints.forEach((kp, ki) =>
      kp.sentences.forEach((id, ii) => {
        if (!sentences.has(id))
          error([...path, 'keyPoints', ki, 'sentences', ii], `key points at no sentence: "${id}"`);
      }),
    );

  const checkQuestion = (q: Question, path: (string | number)[], ownSection: string | undefined) => {
    claim(q.id, path);
    checkKeyPoints(q.keyPoints, path);
    if (q.kind === 'single' && q.options.filter((o) => o.correct).length !== 1) {
      error([...path, 'options'], 'a single-choice question needs exactly one correct option');
    }
    if (q.kind === 'multiple' && !q.options.some((o) => o.correct)) {
      error([...path, 'options'], 'a multiple-choice question needs at least one correct option');
    }
    if (q.kind === 'single' || q.kind === 'multiple') {
      const optionIds = new Set<string>();
      q.options.forEach((o, oi) => {
        if (optionIds.has(o.id)) error([...path, 'options', oi, 'id'], `duplicate option id "${o.id}"`);
        optionIds.add(o.id);
      });
    }
    if (q.kind === 'mark') {
      const scope = q.sections ?? (ownSection ? [ownSection] : []);
      if (scope.length === 0)
        error([...path, 'sections'], 'a mark-in-the-text question outside a section must name its sections');
      scope.forEach((id, i) => {
        if (!sectionIds.has(id)) error([...path, 'sections', i], `unknown section "${id}"`);
      });
      q.criterion.voices?.forEach((id, i) => {
        if (!people.has(id)) error([...path, 'criterion', 'voices', i], `unknown person "${id}"`);
      });
      const offered = lesson.sections
        .filter((s) => scope.includes(s.id))
        .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
      if (offered.length > 0 && !offered.some((s) => sentenceMatches(s, q.criterion))) {
        error([...path, 'criterion'], 'the key points at no sentence: no sentence in scope matches the criterion');
      }
    }
  };

  lesson.sections.forEach((section, si) => {
    section.prompts.forEach((p, pi) => {
      claim(p.id, ['sections', si, 'prompts', pi]);
      checkKeyPoints(p.keyPoints, ['sections', si, 'prompts', pi]);
    });
    section.questions.forEach((q, qi) => checkQuestion(q, ['sections', si, 'questions', qi], section.id));
  });
  lesson.wrapUp.prompts.forEach((p, pi) => {
    claim(p.id, ['wrapUp', 'prompts', pi]);
    checkKeyPoints(p.keyPoints, ['wrapUp', 'prompts', pi]);
  });
  lesson.wrapUp.questions.forEach((q, qi) => checkQuestion(q, ['wrapUp', 'questions', qi], undefined));

  const rubricIds = new Set<string>();
  lesson.rubric.forEach((level, i) => {
    if (rubricIds.has(level.id)) error(['rubric', i, 'id'], `duplicate rubric id "${level.id}"`);
    rubricIds.add(level.id);
  });
}

/** True when a sentence meets every field of the criterion (any listed value within a field). */
export function sentenceMatches(sentence: Sentence, criterion: MarkCriterion): boolean {
  if (criterion.modes && !criterion.modes.includes(sentence.mode)) return false;
  if (criterion.tags && !criterion.tags.some((t) => sentence.tags.includes(t))) return false;
  if (criterion.voices && !criterion.voices.includes(sentence.voice)) return false;
  return true;
}
