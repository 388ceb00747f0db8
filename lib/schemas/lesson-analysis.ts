/**
 * The sentence analysis of a lesson: who speaks (people), and for each sentence of the report its
 * voice, kind and tags. Everything else (mark keys, evidence marks, voice counts) derives from it.
 */
import { z } from 'zod';

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "s-bushra-1"');

/**
 * The kind of a sentence (called "mode" in the data): a direct quote, a paraphrase that attributes its
 * content to a named or identified source, or the author's own claim or framing, attributed to no one.
 * Definitions live in the lesson's `taxonomy`.
 */
export const ModeSchema = z.enum(['direct-quote', 'paraphrase', 'author-claim']);
export type Mode = z.infer<typeof ModeSchema>;

/** Sentence tags; each is defined in the lesson's `taxonomy` (who may carry it and who may not). */
export const TagSchema = z.enum([
  'anonymised',
  'legal-claim',
  'statistic-or-generalisation',
  'loaded-wording',
  'unsourced',
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
