/**
 * Turns a draft into a lesson, checked by the same `LessonSchema` (shape and references) as the
 * shipped lessons. Every problem names its place in the draft, so the editor can link to the field.
 */
import { type Lesson, type LessonInput, LessonSchema } from '@/lib/schemas/lesson';
import type { DraftSentence, LessonDraft } from '@/lib/schemas/lesson-draft';
import { describeSource } from './source-gaps';

export type DraftPath = (string | number)[];

export interface DraftProblem {
  /** Where in the draft, e.g. ["sections", 0, "paragraphs", 0, "sentences", 2, "voice"]. */
  path: DraftPath;
  message: string;
}

export type DraftConversion = { ok: true; lesson: Lesson } | { ok: false; problems: DraftProblem[] };

/** A lesson path as the place in the draft that holds it. */
export function draftPathOf(lessonPath: readonly PropertyKey[]): DraftPath {
  const path = lessonPath.map((p) => (typeof p === 'number' ? p : String(p)));
  const [head] = path;
  if (head === 'source' && path[1] === 'author') return ['source', 'authorId'];
  if (head === 'id' || head === 'source' || head === 'people') return path;
  if (head === 'sections')
    return path.at(-1) === 'text' && path.includes('sentences') ? [...path.slice(0, -1), 'start'] : path;
  return ['lesson', ...path];
}

/** The sentence problems a lesson cannot express: ranges outside the text or out of order, choices not yet made. */
function sentenceProblems(draft: LessonDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  let previousEnd = 0;
  draft.sections.forEach((section, si) =>
    section.paragraphs.forEach((paragraph, pi) =>
      paragraph.sentences.forEach((sentence, ti) => {
        const path = ['sections', si, 'paragraphs', pi, 'sentences', ti];
        if (sentence.end > draft.text.length)
          problems.push({ path: [...path, 'end'], message: 'ends after the report' });
        else if (sentence.start < previousEnd)
          problems.push({ path: [...path, 'start'], message: 'overlaps the sentence before it, or is out of order' });
        previousEnd = Math.max(previousEnd, sentence.end);
        if (sentence.voice === null) problems.push({ path: [...path, 'voice'], message: 'choose whose voice this is' });
        if (sentence.mode === null) problems.push({ path: [...path, 'mode'], message: 'choose the kind of sentence' });
      }),
    ),
  );
  return problems;
}

function sentenceInput(text: string, sentence: DraftSentence) {
  return {
    id: sentence.id,
    text: text.slice(sentence.start, sentence.end),
    voice: sentence.voice ?? '',
    mode: sentence.mode ?? undefined,
    tags: sentence.tags,
    ...(sentence.note !== undefined ? { note: sentence.note } : {}),
  };
}

/** The lesson the draft describes, before validation. */
export function draftToLessonInput(draft: LessonDraft): LessonInput {
  return {
    id: draft.id,
    ...draft.lesson,
    source: { description: describeSource(draft.source), author: draft.source.authorId },
    people: draft.people,
    sections: draft.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map((paragraph) => ({
        id: paragraph.id,
        sentences: paragraph.sentences.map((sentence) => sentenceInput(draft.text, sentence)),
      })),
    })),
  } as LessonInput;
}

/** The lesson, or every problem found, each at its place in the draft (one message per place). */
export function draftToLesson(draft: LessonDraft): DraftConversion {
  const problems = sentenceProblems(draft);
  const result = LessonSchema.safeParse(draftToLessonInput(draft));
  if (result.success && problems.length === 0) return { ok: true, lesson: result.data };
  const seen = new Set(problems.map((p) => p.path.join('.')));
  for (const issue of result.error?.issues ?? []) {
    const path = draftPathOf(issue.path);
    if (seen.has(path.join('.'))) continue;
    seen.add(path.join('.'));
    problems.push({ path, message: issue.message });
  }
  return { ok: false, problems };
}
