/**
 * Opens a lesson in the editor: the reverse of draft-to-lesson. The report text is rebuilt from the
 * sentences (one space between sentences, a blank line between paragraphs), which is how the first
 * lesson's report was pasted, so every sentence is again a range into it.
 *
 * lesson → draft → lesson gives the shipped lesson back, normalised in three ways only: keys come in
 * the schema's order, fields the schema defaults are written out (e.g. `alsoAccepted: []`), and the
 * JSON is formatted afresh. Source fields (title, outlet, …) stay empty: a lesson keeps only the
 * description, which is carried over as written.
 */
import { z } from 'zod';
import type { Lesson } from '@/lib/schemas/lesson';
import {
  DraftFrameSchema,
  type DraftSection,
  LESSON_DRAFT_VERSION,
  type LessonDraft,
} from '@/lib/schemas/lesson-draft';

export const SENTENCE_SEPARATOR = ' ';
export const PARAGRAPH_SEPARATOR = '\n\n';

export function lessonToDraft(lesson: Lesson): LessonDraft {
  let text = '';
  const append = (part: string, separator: string) => {
    if (text.length > 0) text += separator;
    const start = text.length;
    text += part;
    return { start, end: text.length };
  };
  let separator = PARAGRAPH_SEPARATOR;
  const sections: DraftSection[] = lesson.sections.map(({ paragraphs, ...section }) => ({
    ...section,
    paragraphs: paragraphs.map((paragraph) => {
      separator = PARAGRAPH_SEPARATOR;
      return {
        id: paragraph.id,
        sentences: paragraph.sentences.map(({ text: sentenceText, ...analysis }) => {
          const range = append(sentenceText, separator);
          separator = SENTENCE_SEPARATOR;
          return {
            id: analysis.id,
            ...range,
            voice: analysis.voice,
            mode: analysis.mode,
            tags: analysis.tags,
            ...note(analysis.note),
          };
        }),
      };
    }),
  }));
  return {
    version: LESSON_DRAFT_VERSION,
    id: lesson.id,
    text,
    source: { description: lesson.source.description, authorId: lesson.source.author },
    people: lesson.people,
    sections,
    // A non-strict copy of the frame keeps only the frame's fields of the lesson.
    lesson: z.object(DraftFrameSchema.shape).parse(lesson),
  };
}

const note = (value: string | undefined) => (value === undefined ? {} : { note: value });
