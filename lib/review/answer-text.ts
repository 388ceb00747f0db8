/**
 * Plain-text forms of an answer, for the CSV, the projector and the views: a text answer as
 * written, a choice as the chosen options' wording, a marking as the sentences marked and how
 * they compare with the key (lib/lessons/analysis.ts `compareMarks`).
 */
import { compareMarks, type LocatedQuestion, type MarkResult } from '@/lib/lessons/analysis';
import type { Answer, ChoiceAnswer, MarkAnswer } from '@/lib/schemas/answer';
import { plural } from '@/lib/text/plural';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import type { ChoiceOption } from '@/lib/schemas/lesson';
import type { LessonIndex } from './lesson-index';

export const REMOVED_OPTION = 'An option that is no longer in the lesson';
export const REMOVED_SENTENCE = 'A sentence that is no longer in the lesson';

export type ChosenOption = { id: string; text: string; correct: boolean | null };

export function chosenOptions(located: LocatedQuestion, answer: ChoiceAnswer): ChosenOption[] {
  const options: ChoiceOption[] = isChoiceQuestion(located.question) ? located.question.options : [];
  return answer.optionIds.map((id) => {
    const option = options.find((o) => o.id === id);
    return option ? { id, text: option.text, correct: option.correct } : { id, text: REMOVED_OPTION, correct: null };
  });
}

export function markResult(
  index: LessonIndex,
  questionId: string,
  answer: MarkAnswer,
): MarkResult & { keySize: number } {
  const key = index.markKeys.get(questionId) ?? [];
  return { ...compareMarks(key, answer.sentenceIds), keySize: key.length };
}

export function markedSentenceTexts(index: LessonIndex, answer: MarkAnswer): string[] {
  return answer.sentenceIds.map((id) => index.sentenceById.get(id)?.text ?? REMOVED_SENTENCE);
}

export function markSummary(index: LessonIndex, questionId: string, answer: MarkAnswer): string {
  const { correct, extra, keySize } = markResult(index, questionId, answer);
  const marked = answer.sentenceIds.length;
  return `Marked ${plural(marked, 'sentence')}: ${correct.length} of ${keySize} in the key, ${extra.length} not in the key`;
}

/** One line of plain text, as a gradebook cell. */
export function answerAsText(index: LessonIndex, located: LocatedQuestion, answer: Answer): string {
  if (answer.kind === 'text') return answer.text;
  if (answer.kind === 'choice')
    return chosenOptions(located, answer)
      .map((o) => o.text)
      .join('; ');
  if (answer.kind === 'mark') return markSummary(index, located.question.id, answer);
  // The chart and the lateral reading answer no question, so they are never a gradebook cell.
  return '';
}

/** True when a choice or marking is exactly right; null for a written answer, which a key cannot judge. */
export function isCorrect(index: LessonIndex, located: LocatedQuestion, answer: Answer): boolean | null {
  const { question } = located;
  if (answer.kind === 'choice' && isChoiceQuestion(question)) {
    const wanted = question.options.filter((o) => o.correct).map((o) => o.id);
    const chosen = new Set(answer.optionIds);
    return chosen.size === wanted.length && wanted.every((id) => chosen.has(id));
  }
  if (answer.kind === 'mark') {
    const { missed, extra } = markResult(index, question.id, answer);
    return missed.length === 0 && extra.length === 0;
  }
  return null;
}
