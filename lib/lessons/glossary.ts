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
