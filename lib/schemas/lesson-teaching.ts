/**
 * The teaching material around the report: the taxonomy the analysis follows, the glossary, the
 * claim chart with its lateral-reading search terms, the exit ticket and the teacher guide.
 * Optional in the shape (small test lessons leave them out); `npm run lessons:check` requires them
 * of every lesson in lessons/ (see lib/lessons/lesson-rules.ts).
 */
import { z } from 'zod';
import { IdSchema, ModeSchema, TagSchema } from './lesson-analysis';
import { QuestionSchema } from './lesson-question';

const text = z.string().min(1);

/** A line a teacher may need to adapt: `verifyLocally` marks what depends on country, school or date. */
export const GuideItemSchema = z.strictObject({ text, verifyLocally: z.boolean().default(false) });
export type GuideItem = z.infer<typeof GuideItemSchema>;

const TaxonomyEntry = <T extends z.ZodType<string>>(id: T) =>
  z.strictObject({
    id,
    label: text,
    definition: text,
    /** What the kind or tag is not, where readers tend to over-apply it. */
    notThis: text.optional(),
  });

export const TaxonomySchema = z.strictObject({
  kinds: z.array(TaxonomyEntry(ModeSchema)).min(1),
  tags: z.array(TaxonomyEntry(TagSchema)).min(1),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;

export const GlossaryEntrySchema = z.strictObject({
  id: IdSchema,
  term: text,
  definition: text,
  /** Sentences of the report where the term can be seen at work. */
  sentences: z.array(IdSchema).default([]),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

const noLink = text.refine(
  (t) => !/(https?:|www\.|:\/\/|\.(com|org|net|de|pk)\b)/i.test(t),
  'search terms are words to type, never links or addresses',
);

/** One of the text's main claims, pre-filled in the claim-and-evidence chart; the rest is the key. */
export const ClaimSchema = z.strictObject({
  id: IdSchema,
  /** The claim as the chart shows it, quoting the report's words. */
  claim: text,
  category: z.enum(['legal', 'statistic-or-generalisation', 'time', 'source-description']),
  sentences: z.array(IdSchema).min(1),
  evidenceInText: text,
  howToCheck: text,
  searchTerms: z.array(noLink).min(1),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ExitTicketSchema = z.strictObject({
  intro: text,
  /** Exactly three: quote or paraphrase; an unsourced claim and how to check it; a missing voice. */
  items: z.array(QuestionSchema).length(3, 'an exit ticket has exactly three items'),
});

const TimingStep = z.strictObject({ activity: text, minutes: z.number().int().positive() });

export const TeacherGuideSchema = z.strictObject({
  background: z.array(z.strictObject({ heading: text, items: z.array(GuideItemSchema).min(1) })).min(1),
  timing: z.strictObject({ core: z.array(TimingStep).min(1), extended: z.array(TimingStep).min(1) }),
  safeguarding: z.strictObject({
    disclosure: z.array(GuideItemSchema).min(1),
    reportingSextortion: z.array(GuideItemSchema).min(1),
    safeSearch: z.array(GuideItemSchema).min(1),
    noteForParents: z.array(GuideItemSchema).min(1),
  }),
  differentiation: z.strictObject({
    support: z.array(GuideItemSchema).min(1),
    sentenceStarters: z.array(text).min(1),
    extension: z.array(GuideItemSchema).min(1),
  }),
});
export type TeacherGuide = z.infer<typeof TeacherGuideSchema>;

export const LateralReadingSchema = z.strictObject({
  instructions: z.array(text).min(1),
  /** Kept short: what to record for each search (where, what it says, does it support the claim). */
  record: z.array(text).min(1),
});

export const teachingFields = {
  taxonomy: TaxonomySchema.optional(),
  glossary: z.array(GlossaryEntrySchema).optional(),
  claims: z.array(ClaimSchema).optional(),
  lateralReading: LateralReadingSchema.optional(),
  exitTicket: ExitTicketSchema.optional(),
  teacherGuide: TeacherGuideSchema.optional(),
};
