/**
 * The sentence analysis of a lesson: who speaks (people), and for each sentence of the report its
 * voice, kind and tags. Everything else (mark keys, evidence marks, voice counts) derives from it.
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
