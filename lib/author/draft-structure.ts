/**
 * Edits to a draft's report and structure, as pure functions from one draft to the next: the text
 * and source (step 1) and the sections, paragraphs and sentences (step 2). The report's words are
 * never changed; only the boundaries move. Each edit keeps the ids it can and makes new ones unique.
 */
import type { DraftSection, DraftSentence, DraftSource, LessonDraft } from '@/lib/schemas/lesson-draft';
import { AUTHOR_ID, newDraft } from './new-draft';
import { joinSentences, splitSentenceAt } from './split-sentences';

/**
 * The answer of `structureIsUntouched` per sections array (drafts are never changed in place), for
 * the text it was given with: typing the report or its source would otherwise split the whole
 * report again on every keystroke.
 */
const untouchedBySections = new WeakMap<DraftSection[], { text: string; untouched: boolean }>();

/** True when the sections are still exactly what splitting the text gives: no teacher work to lose. */
export function structureIsUntouched(draft: LessonDraft): boolean {
  const known = untouchedBySections.get(draft.sections);
  if (known?.text === draft.text) return known.untouched;
  const untouched = JSON.stringify(draft.sections) === JSON.stringify(newDraft(draft.id, draft.text).sections);
  untouchedBySections.set(draft.sections, { text: draft.text, untouched });
  return untouched;
}

/** A new report text: the sections are split from it afresh (only offered while they are untouched). */
export function withText(draft: LessonDraft, text: string): LessonDraft {
  const { sections } = newDraft(draft.id, text);
  untouchedBySections.set(sections, { text, untouched: true });
  return { ...draft, text, sections };
}

type SourceFields = Omit<DraftSource, 'authorId' | 'description'>;

/** The source fields; the byline also names the author's voice, or says there is none. */
export function withSource(draft: LessonDraft, fields: SourceFields): LessonDraft {
  const byline = fields.author?.trim();
  const people = draft.people.map((person) =>
    person.id === AUTHOR_ID
      ? {
          ...person,
          name: byline || 'The unnamed author',
          identification: byline ? ('named' as const) : ('no-byline' as const),
          identificationNote: byline ? 'Named in the byline.' : 'No byline: we cannot check who wrote it.',
        }
      : person,
  );
  const title = fields.title?.trim();
  return {
    ...draft,
    source: { ...draft.source, ...fields },
    people,
    lesson: { ...draft.lesson, title: title || draft.lesson.title },
  };
}

function allIds(draft: LessonDraft): Set<string> {
  const ids = new Set<string>();
  for (const section of draft.sections) {
    ids.add(section.id);
    for (const paragraph of section.paragraphs) {
      ids.add(paragraph.id);
      for (const sentence of paragraph.sentences) ids.add(sentence.id);
    }
  }
  return ids;
}

/** An id with this prefix that the draft does not use yet. */
export function freshId(draft: LessonDraft, prefix: string): string {
  const used = allIds(draft);
  let n = used.size + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function replaceSection(draft: LessonDraft, index: number, sections: DraftSection[]): LessonDraft {
  return { ...draft, sections: [...draft.sections.slice(0, index), ...sections, ...draft.sections.slice(index + 1)] };
}

export function renameSection(draft: LessonDraft, index: number, title: string): LessonDraft {
  const section = draft.sections[index];
  if (!section) return draft;
  return replaceSection(draft, index, [{ ...section, title }]);
}

/** Section `index` and the one after it become one section, keeping both sections' paragraphs, prompts and questions. */
export function mergeWithNextSection(draft: LessonDraft, index: number): LessonDraft {
  const first = draft.sections[index];
  const second = draft.sections[index + 1];
  if (!first || !second) return draft;
  const merged: DraftSection = {
    ...first,
    summary: [first.summary, second.summary].filter(Boolean).join(' '),
    paragraphs: [...first.paragraphs, ...second.paragraphs],
    prompts: [...first.prompts, ...second.prompts],
    questions: [...first.questions, ...second.questions],
    teacherNotes: [...first.teacherNotes, ...second.teacherNotes],
  };
  return { ...draft, sections: [...draft.sections.slice(0, index), merged, ...draft.sections.slice(index + 2)] };
}

/** Starts a new section after sentence `sentence` of paragraph `paragraph` (the paragraph is cut there if needed). */
export function splitSectionAfter(draft: LessonDraft, index: number, paragraph: number, sentence: number): LessonDraft {
  const section = draft.sections[index];
  const cut = section?.paragraphs[paragraph];
  if (!section || !cut || sentence < 0 || sentence >= cut.sentences.length) return draft;
  const last = sentence === cut.sentences.length - 1 && paragraph === section.paragraphs.length - 1;
  if (last) return draft;
  const before = [
    ...section.paragraphs.slice(0, paragraph),
    { ...cut, sentences: cut.sentences.slice(0, sentence + 1) },
  ];
  const rest = cut.sentences.slice(sentence + 1);
  const after = [
    ...(rest.length > 0 ? [{ id: freshId(draft, 'p'), sentences: rest }] : []),
    ...section.paragraphs.slice(paragraph + 1),
  ];
  const newSection: DraftSection = {
    id: freshId(draft, 'sec'),
    title: `${section.title} (continued)`,
    summary: '',
    paragraphs: after,
    prompts: [],
    questions: [],
    teacherNotes: [],
  };
  return replaceSection(draft, index, [{ ...section, paragraphs: before }, newSection]);
}

type SentenceAt = { section: number; paragraph: number; sentence: number };

function withSentences(
  draft: LessonDraft,
  at: Omit<SentenceAt, 'sentence'>,
  edit: (sentences: DraftSentence[]) => DraftSentence[],
): LessonDraft {
  const section = draft.sections[at.section];
  const paragraph = section?.paragraphs[at.paragraph];
  if (!section || !paragraph) return draft;
  const paragraphs = section.paragraphs.map((p, i) =>
    i === at.paragraph ? { ...p, sentences: edit(p.sentences) } : p,
  );
  return replaceSection(draft, at.section, [{ ...section, paragraphs }]);
}

/** Joins a sentence with the next one in its paragraph; the first keeps its id and analysis, tags from both. */
export function joinWithNextSentence(draft: LessonDraft, at: SentenceAt): LessonDraft {
  return withSentences(draft, at, (sentences) => {
    const first = sentences[at.sentence];
    const second = sentences[at.sentence + 1];
    if (!first || !second) return sentences;
    const [range] = joinSentences([first, second], 0);
    const joined: DraftSentence = {
      ...first,
      ...range!,
      voice: first.voice ?? second.voice,
      mode: first.mode ?? second.mode,
      tags: [...new Set([...first.tags, ...second.tags])],
    };
    return [...sentences.slice(0, at.sentence), joined, ...sentences.slice(at.sentence + 2)];
  });
}

/** Splits a sentence at `offset` in the text; the second part is a new sentence, not yet analysed. */
export function splitSentence(draft: LessonDraft, at: SentenceAt, offset: number): LessonDraft {
  const id = freshId(draft, 's');
  return withSentences(draft, at, (sentences) => {
    const sentence = sentences[at.sentence];
    if (!sentence) return sentences;
    const [first, second] = splitSentenceAt(draft.text, [sentence], 0, offset);
    return [
      ...sentences.slice(0, at.sentence),
      { ...sentence, ...first! },
      { id, ...second!, voice: null, mode: null, tags: [] },
      ...sentences.slice(at.sentence + 1),
    ];
  });
}

/** The places a sentence can be cut: after each space-separated word but the last, as text offsets. */
export function cutPoints(text: string, sentence: DraftSentence): number[] {
  const points: number[] = [];
  for (let i = sentence.start + 1; i < sentence.end - 1; i++) {
    if (/\s/.test(text.charAt(i)) && !/\s/.test(text.charAt(i - 1))) points.push(i);
  }
  return points;
}
