/**
 * The lesson check's option-length rule (lib/lessons/lesson-rules.ts), applied live to one choice
 * question as the teacher edits it: the same rule lessons:check runs, with the question's unsaved
 * wording put in place of the saved one.
 */
import { allQuestions, choiceLengthErrors } from '@/lib/lessons/lesson-rules';
import type { Lesson, Question } from '@/lib/schemas/lesson';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';

/** The draft's questions where lessons:check finds them (the draft's sections are the lesson's). */
function draftQuestions(draft: LessonDraft) {
  return allQuestions({ ...draft.lesson, sections: draft.sections } as unknown as Lesson);
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const correctIsLongest = (question: Question) => {
  if (question.kind !== 'single') return false;
  const correct = question.options.find((o) => o.correct);
  const others = question.options.filter((o) => !o.correct).map((o) => o.text.length);
  return correct !== undefined && others.length > 0 && correct.text.length >= Math.max(...others);
};

/** What lessons:check would say about this question's options, were it saved as it is now. */
export function optionLengthWarnings(draft: LessonDraft, question: Question): string[] {
  const located = draftQuestions(draft);
  const at = located.findIndex((q) => q.question.id === question.id);
  if (at === -1) return [];
  const questions = located.map((q, i) => (i === at ? { ...q, question } : q));
  const own = `${located[at]!.path}.options`;
  const errors = choiceLengthErrors(questions);
  const warnings = errors.filter((e) => e.path === own).map((e) => `${sentenceCase(e.message)}.`);
  const share = errors.find((e) => e.path === '(questions)');
  if (share && correctIsLongest(question)) {
    warnings.push(
      `Across the lesson, ${share.message}; here too it is the longest, so a student could pick it by its length.`,
    );
  }
  return warnings;
}
