/**
 * What a report's source leaves out, as teaching points: every empty field is something a reader
 * cannot check, as the first lesson's empty "Resource Link:" shows.
 */
import type { DraftSource } from '@/lib/schemas/lesson-draft';

export type SourceField = 'title' | 'outlet' | 'author' | 'date' | 'link';

const TEACHING_POINT: Record<SourceField, string> = {
  title: 'The report has no title, so it is hard to find the original or tell it apart from other reports.',
  outlet: 'No outlet is named, so we cannot ask who published it or what standards it follows.',
  author: 'No author is named, so we cannot check who wrote it or what they know about the subject.',
  date: 'No date is given, so we cannot tell whether the facts are still current.',
  link: 'No link is given, so a reader cannot go back to the original and check it.',
};

const FIELDS: SourceField[] = ['title', 'outlet', 'author', 'date', 'link'];

export interface SourceGap {
  field: SourceField;
  teachingPoint: string;
}

/** The fields left empty, each with the teaching point it makes. */
export function sourceGaps(source: DraftSource): SourceGap[] {
  return FIELDS.filter((field) => !source[field]?.trim()).map((field) => ({
    field,
    teachingPoint: TEACHING_POINT[field],
  }));
}

/** The lesson's source description: the teacher's own, or one written from the fields and the gaps. */
export function describeSource(source: DraftSource): string {
  const own = source.description?.trim();
  if (own) return own;
  const known = [
    source.title?.trim() && `“${source.title.trim()}”`,
    source.author?.trim() && `by ${source.author.trim()}`,
    source.outlet?.trim() && `in ${source.outlet.trim()}`,
    source.date?.trim() && `dated ${source.date.trim()}`,
    source.link?.trim() && `at ${source.link.trim()}`,
  ].filter(Boolean);
  const opening = known.length > 0 ? `A report ${known.join(', ')}.` : 'A report whose source is not given.';
  return [opening, ...sourceGaps(source).map((g) => g.teachingPoint)].join(' ');
}
