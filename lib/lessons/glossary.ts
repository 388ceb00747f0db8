/**
 * The lesson's glossary as every view lists it: the glossary's own terms, then the kinds and tags of
 * the taxonomy (so the analysis labels are defined in the same place as the other terms).
 */
import type { Lesson } from '@/lib/schemas/lesson';

export type GlossaryTerm = { term: string; definition: string; notThis?: string };

export function glossaryTerms(lesson: Lesson): GlossaryTerm[] {
  const terms: GlossaryTerm[] = (lesson.glossary ?? []).map(({ term, definition }) => ({ term, definition }));
  const taxonomy = [...(lesson.taxonomy?.kinds ?? []), ...(lesson.taxonomy?.tags ?? [])];
  const known = new Set(terms.map((t) => t.term.toLowerCase()));
  for (const { label, definition, notThis } of taxonomy) {
    if (known.has(label.toLowerCase())) continue;
    known.add(label.toLowerCase());
    terms.push({ term: label, definition, notThis });
  }
  return terms;
}

/** The glossary's own terms seen at work in these sentences (e.g. a section's), in glossary order. */
export function termsInSentences(lesson: Lesson, sentenceIds: readonly string[]): GlossaryTerm[] {
  const here = new Set(sentenceIds);
  return (lesson.glossary ?? [])
    .filter((g) => g.sentences.some((id) => here.has(id)))
    .map(({ term, definition }) => ({ term, definition }));
}

/** The glossary's terms with these ids, in the order given (unknown ids are skipped). */
export function termsById(lesson: Lesson, ids: readonly string[]): GlossaryTerm[] {
  return ids.flatMap((id) => {
    const entry = lesson.glossary?.find((g) => g.id === id);
    return entry ? [{ term: entry.term, definition: entry.definition }] : [];
  });
}
