/** How the review shows a question's full prompt (its kind in words: lib/lessons/question-kinds.ts). */
import type { Question } from '@/lib/schemas/lesson';

/** The prompt as the student read it; a "mark in the text" prompt is joined with what to mark. */
export function questionText(question: Question): string {
  if (question.kind !== 'mark') return question.prompt;
  return `${question.prompt.trim().replace(/[.:]$/, '')}: ${question.target}`;
}
