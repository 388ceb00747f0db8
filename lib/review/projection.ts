/**
 * What the projector shows: the chosen answers to one question, as "Answer 1, Answer 2…".
 * Policy: the projected form of an answer has no field for a name, so no student's name can
 * reach the projector view by mistake.
 */
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import type { Answer } from '@/lib/schemas/answer';
import { chosenOptions, markedSentenceTexts } from './answer-text';
import type { LessonIndex } from './lesson-index';

export type ProjectedAnswer =
  { kind: 'text'; text: string } | { kind: 'choice'; options: string[] } | { kind: 'mark'; sentences: string[] };

export function projectAnswer(index: LessonIndex, located: LocatedQuestion, answer: Answer): ProjectedAnswer {
  if (answer.kind === 'text') return { kind: 'text', text: answer.text };
  if (answer.kind === 'choice') return { kind: 'choice', options: chosenOptions(located, answer).map((o) => o.text) };
  if (answer.kind === 'mark') return { kind: 'mark', sentences: markedSentenceTexts(index, answer) };
  // The chart and the lateral reading answer no question, so they never reach the projector.
  return { kind: 'text', text: '' };
}
