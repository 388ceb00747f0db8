/**
 * Question kinds in words, for both audiences: the student sees what to do ("Choose one"), the
 * teacher sees what kind of answer to expect ("Single choice"). One table, so a new kind gets
 * both labels or fails the type check.
 */
import type { Question } from '@/lib/schemas/lesson';

type QuestionKind = Question['kind'];

export const QUESTION_KIND_LABELS: Record<QuestionKind, { student: string; teacher: string }> = {
  text: { student: 'Short answer', teacher: 'Written answer' },
  single: { student: 'Choose one', teacher: 'Single choice' },
  multiple: { student: 'Choose all that apply', teacher: 'Multiple choice' },
  mark: { student: 'Mark in the text', teacher: 'Mark in the text' },
};

/** A question answered by picking options (one or several); it has `options`. */
export function isChoiceQuestion(question: Question): question is Extract<Question, { kind: 'single' | 'multiple' }> {
  return question.kind === 'single' || question.kind === 'multiple';
}
