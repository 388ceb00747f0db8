/**
 * The questions step's edits to a section: generated source-evaluation questions added where
 * missing, new choice and free-text questions with unique ids, and questions replaced or removed.
 * New questions start valid (placeholder wording the teacher replaces), because a draft only ever
 * holds questions the lesson schema accepts.
 */
import { sentenceMatches } from '@/lib/lessons/sentence-match';
import type { ChoiceQuestion, MarkCriterion, Question, TextQuestion } from '@/lib/schemas/lesson';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import { generateSectionQuestions, promptTemplates } from './generate-questions';
import { sectionAnalysis } from './new-draft';

/** Every question and prompt id in the draft: they share one id space with sentences and sections. */
function usedIds(draft: LessonDraft): Set<string> {
  const ids = new Set<string>();
  for (const section of draft.sections) {
    ids.add(section.id);
    section.questions.forEach((q) => ids.add(q.id));
    section.prompts.forEach((p) => ids.add(p.id));
    section.paragraphs.forEach((p) => {
      ids.add(p.id);
      p.sentences.forEach((s) => ids.add(s.id));
    });
  }
  draft.lesson.wrapUp.questions.forEach((q) => ids.add(q.id));
  draft.lesson.wrapUp.prompts.forEach((p) => ids.add(p.id));
  draft.lesson.exitTicket?.items.forEach((q) => ids.add(q.id));
  return ids;
}

/** The first of `base-1`, `base-2`, … not yet used in the draft. */
export function freshId(draft: LessonDraft, base: string, alsoTaken: Iterable<string> = []): string {
  const ids = usedIds(draft);
  for (const id of alsoTaken) ids.add(id);
  let n = 1;
  while (ids.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const slugOf = (sectionId: string) => sectionId.replace(/^sec-/, '');

function withSection(draft: LessonDraft, index: number, change: (s: LessonDraft['sections'][number]) => object) {
  return {
    ...draft,
    sections: draft.sections.map((section, i) => (i === index ? { ...section, ...change(section) } : section)),
  };
}

/** The generated questions the section does not have yet (by id); the teacher's edits to the others stay. */
export function missingGeneratedQuestions(draft: LessonDraft, sectionIndex: number): Question[] {
  const section = draft.sections[sectionIndex];
  if (!section) return [];
  const have = new Set(section.questions.map((q) => q.id));
  const people = draft.people.filter((p) => p.name.trim() && p.role.trim() && p.identificationNote.trim());
  return generateSectionQuestions(sectionAnalysis(draft, sectionIndex), people).filter((q) => !have.has(q.id));
}

export function addGeneratedQuestions(draft: LessonDraft, sectionIndex: number): LessonDraft {
  const added = missingGeneratedQuestions(draft, sectionIndex);
  return withSection(draft, sectionIndex, (s) => ({ questions: [...s.questions, ...added] }));
}

export function newChoiceQuestion(draft: LessonDraft, sectionIndex: number): ChoiceQuestion {
  const section = draft.sections[sectionIndex]!;
  return {
    id: freshId(draft, `q-${slugOf(section.id)}-choice`),
    kind: 'single',
    path: 'core',
    prompt: 'Write the question.',
    options: [
      { id: 'a', text: 'The right answer', correct: true },
      { id: 'b', text: 'A wrong answer', correct: false, misconception: 'The misunderstanding it stands for.' },
      { id: 'c', text: 'Another wrong one', correct: false, misconception: 'The misunderstanding it stands for.' },
    ],
    explanation: 'Why the right answer is right.',
    keyPoints: [{ text: 'What a good answer shows.', sentences: [] }],
  };
}

export function newTextQuestion(draft: LessonDraft, sectionIndex: number): TextQuestion {
  const section = draft.sections[sectionIndex]!;
  return {
    id: freshId(draft, `q-${slugOf(section.id)}-text`),
    kind: 'text',
    path: 'core',
    prompt: 'Write the question.',
    lengthHint: '2-3 sentences',
    maxLength: 2000,
    keyPoints: [{ text: 'What a good answer mentions.', sentences: [] }],
  };
}

export function addQuestion(draft: LessonDraft, sectionIndex: number, question: Question): LessonDraft {
  return withSection(draft, sectionIndex, (s) => ({ questions: [...s.questions, question] }));
}

export function replaceQuestion(draft: LessonDraft, sectionIndex: number, question: Question): LessonDraft {
  return withSection(draft, sectionIndex, (s) => ({
    questions: s.questions.map((q) => (q.id === question.id ? question : q)),
  }));
}

export function removeQuestion(draft: LessonDraft, sectionIndex: number, questionId: string): LessonDraft {
  return withSection(draft, sectionIndex, (s) => ({ questions: s.questions.filter((q) => q.id !== questionId) }));
}

/** The prompt templates the section lacks (by id). */
export function addPromptTemplates(draft: LessonDraft, sectionIndex: number): LessonDraft {
  return withSection(draft, sectionIndex, (s) => {
    const have = new Set(s.prompts.map((p) => p.id));
    return { prompts: [...s.prompts, ...promptTemplates(s.id).filter((p) => !have.has(p.id))] };
  });
}

/** A prompt id unused in the draft and among the prompts being edited (`taken`, not saved yet). */
export function newPromptId(draft: LessonDraft, sectionIndex: number, taken: string[]): string {
  return freshId(draft, `pr-${slugOf(draft.sections[sectionIndex]!.id)}`, taken);
}

export function replacePrompts(
  draft: LessonDraft,
  sectionIndex: number,
  prompts: LessonDraft['sections'][number]['prompts'],
): LessonDraft {
  return withSection(draft, sectionIndex, () => ({ prompts }));
}

/** The sentence ids a mark question's key is now: the section's analysed sentences its criterion matches. */
export function markKey(draft: LessonDraft, sectionIndex: number, criterion: MarkCriterion): string[] {
  return sectionAnalysis(draft, sectionIndex)
    .sentences.filter((s) => sentenceMatches({ ...s, text: '' }, criterion))
    .map((s) => s.id);
}

export function replaceSummary(draft: LessonDraft, sectionIndex: number, summary: string): LessonDraft {
  return withSection(draft, sectionIndex, () => ({ summary }));
}
