/** How the review names a question: its number, its kind in words, and its full prompt. */
import type { Question } from '@/lib/schemas/lesson';

export const QUESTION_KIND_LABELS: Record<Question['kind'], string> = {
  text: 'Written answer',
  single: 'Single choice',
  multiple: 'Multiple choice',
  mark: 'Mark in the text',
};

/** The prompt as the student read it; a "mark in the text" prompt is joined with what to mark. */
export function questionText(question: Question): string {
  if (question.kind !== 'mark') return question.prompt;
  return `${question.prompt.trim().replace(/[.:]$/, '')}: ${question.target}`;
}
