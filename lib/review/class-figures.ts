/**
 * The class-only figures of every question (lib/review/class-cache.ts), worked out ahead once the
 * class is known, one question per task: the page stays responsive while they are prepared, and
 * switching question afterwards is a lookup instead of a pass over every student.
 */
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { answerGroups } from './answer-groups';
import { answerCounts, choiceDistribution, markHeatMap } from './class-stats';
import type { LessonIndex } from './lesson-index';
import { needsALookOrder } from './needs-a-look';
import type { StudentSheet } from './student-sheet';
import { questionSuggestions } from './suggested-score';

/** Fills the class cache for one question. */
export function prepareQuestion(index: LessonIndex, sheets: readonly StudentSheet[], located: LocatedQuestion): void {
  const { question } = located;
  answerCounts(index, located, sheets);
  questionSuggestions(index, located, sheets);
  answerGroups(index, located, sheets);
  if (isChoiceQuestion(question)) choiceDistribution(located, sheets);
  if (question.kind === 'mark') markHeatMap(index, located, sheets);
  if (question.kind === 'text') needsALookOrder(question, sheets, () => false);
}

/** Prepares every question in its own task, in lesson order; returns a function that stops it (the class changed). */
export function prepareClass(index: LessonIndex, sheets: readonly StudentSheet[]): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    const located = index.questions[next];
    if (!located) return;
    next += 1;
    prepareQuestion(index, sheets, located);
    timer = setTimeout(step, 0);
  };
  if (sheets.length > 0) timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}
