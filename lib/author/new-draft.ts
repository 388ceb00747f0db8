/**
 * A new draft from a pasted report: one section per paragraph, its sentences split and not yet
 * analysed, the unnamed author as the only voice, and a lesson frame the teacher then edits.
 */
import { DraftFrameSchema, type DraftSource, LESSON_DRAFT_VERSION, type LessonDraft } from '@/lib/schemas/lesson-draft';
import type { AnalysedSentence, SectionAnalysis } from './generate-questions';
import { promptTemplates } from './generate-questions';
import { splitReport } from './split-sentences';

export const AUTHOR_ID = 'author';

// Parsed so that the schema's own defaults fill in whatever fields a later version adds.
const DEFAULT_FRAME = DraftFrameSchema.parse({
  version: 1,
  title: 'Untitled lesson',
  subtitle: 'Who is quoted, what is anonymised, what is claimed as legal fact, and what is missing',
  language: 'en',
  ageRange: '14-18',
  durationMinutes: 60,
  objectives: [
    'Tell apart who is quoted, who is paraphrased and what the writer claims in their own voice.',
    'Notice who is anonymised and what that costs a reader who wants to check.',
    'Find the claims about the law and say how they could be checked.',
  ],
  contentNote: {
    heading: 'Before you read',
    paragraphs: ['Read the report first; then work through it section by section.'],
  },
  discussionNorms: ['Discuss the text, not each other.', 'Say what in the text makes you think so.'],
  settings: { showKeyPointsAfterAnswer: true },
  rubric: [
    { id: 'secure', label: 'Secure', points: 2, description: 'Answers with evidence from the text.' },
    { id: 'developing', label: 'Developing', points: 1, description: 'Answers, but without evidence from the text.' },
    { id: 'not-yet', label: 'Not yet', points: 0, description: 'No answer, or one the text does not support.' },
  ],
  wrapUp: {
    title: 'Putting it together',
    prompts: [
      {
        id: 'pr-wrap-three-questions',
        text: 'Who is behind this report? What is the evidence? What do other sources say?',
        keyPoints: [],
      },
    ],
    questions: [],
  },
});

/** A draft of `text` (kept exactly as pasted), with a lesson id chosen by the teacher. */
export function newDraft(id: string, text: string, source: Partial<DraftSource> = {}): LessonDraft {
  const sections = splitReport(text).map((paragraph, i) => {
    const sectionId = `sec-${i + 1}`;
    return {
      id: sectionId,
      title: `Section ${i + 1}`,
      summary: '',
      paragraphs: [
        {
          id: `p-${i + 1}`,
          sentences: paragraph.sentences.map((range, j) => ({
            id: `s-${i + 1}-${j + 1}`,
            ...range,
            voice: null,
            mode: null,
            tags: [],
          })),
        },
      ],
      prompts: promptTemplates(sectionId),
      questions: [],
      teacherNotes: [],
    };
  });
  const byline = source.author?.trim();
  return {
    version: LESSON_DRAFT_VERSION,
    id,
    text,
    source: { ...source, authorId: AUTHOR_ID },
    people: [
      {
        id: AUTHOR_ID,
        name: byline || 'The unnamed author',
        kind: 'person',
        role: 'Wrote the report: chose the quotes, paraphrased and framed.',
        identification: byline ? 'named' : 'no-byline',
        identificationNote: byline ? 'Named in the byline.' : 'No byline: we cannot check who wrote it.',
      },
    ],
    sections,
    lesson: structuredClone(DEFAULT_FRAME),
  };
}

/** The confirmed analysis of a section: sentences whose voice and kind have been chosen. */
export function sectionAnalysis(draft: LessonDraft, sectionIndex: number): SectionAnalysis {
  const section = draft.sections[sectionIndex];
  if (!section) throw new RangeError(`no section ${sectionIndex}`);
  const sentences = section.paragraphs.flatMap((p) =>
    p.sentences.flatMap((s): AnalysedSentence[] =>
      s.voice !== null && s.mode !== null ? [{ id: s.id, voice: s.voice, mode: s.mode, tags: s.tags }] : [],
    ),
  );
  return { id: section.id, sentences };
}
