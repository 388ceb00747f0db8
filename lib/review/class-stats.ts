/**
 * Class figures per question: completion, average score, share correct, the choice distribution
 * and the "mark in the text" heat map.
 *
 * Policy for "found hard": a question is flagged when fewer than 60% of the class answered it,
 * when the average score of the scored answers is under half of the top rubric level, or when
 * fewer than half of the answers to a choice or marking question are exactly right. Each flag
 * carries its reason in words, so the teacher can see why.
 */
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import { markSentences, type LocatedQuestion, type LocatedSentence } from '@/lib/lessons/analysis';
import { isAnswered } from '@/lib/schemas/answer';
import type { ChoiceOption } from '@/lib/schemas/lesson';
import { isCorrect } from './answer-text';
import { classQuestionCache } from './class-cache';
import { feedbackFor } from './feedback';
import type { ClassFeedback } from '@/lib/schemas/review';
import { formatPercent } from './format';
import type { LessonIndex } from './lesson-index';
import type { StudentSheet } from './student-sheet';

export const HARD_COMPLETION = 0.6;
export const HARD_SCORE_SHARE = 0.5;
export const HARD_CORRECT_SHARE = 0.5;

export type QuestionStats = {
  located: LocatedQuestion;
  students: number;
  answered: number;
  /** Share of the class that answered, 0 to 1. */
  completion: number;
  scored: number;
  /** Mean points of the scored answers; null when none is scored yet. */
  averagePoints: number | null;
  /** The average as a share of the top rubric level, 0 to 1. */
  averageShare: number | null;
  /** Exactly right answers to a choice or marking question; null for written answers. */
  correct: number | null;
  correctShare: number | null;
  hardReasons: string[];
};

type AnswerCounts = { answered: number; correct: number; judged: number };
const answerCountsCache = classQuestionCache<AnswerCounts>();

/** How many answered, and how many of those a key judged and found exactly right: once per class. */
export function answerCounts(
  index: LessonIndex,
  located: LocatedQuestion,
  sheets: readonly StudentSheet[],
): AnswerCounts {
  return answerCountsCache(sheets, located.question, () => {
    const counts = { answered: 0, correct: 0, judged: 0 };
    for (const sheet of sheets) {
      const answer = sheet.answers.get(located.question.id);
      if (!answer || !isAnswered(answer)) continue;
      counts.answered += 1;
      const right = isCorrect(index, located, answer);
      if (right === null) continue;
      counts.judged += 1;
      if (right) counts.correct += 1;
    }
    return counts;
  });
}

export function questionStats(
  index: LessonIndex,
  sheets: readonly StudentSheet[],
  feedback: ClassFeedback,
  located: LocatedQuestion,
): QuestionStats {
  const id = located.question.id;
  const { answered, correct, judged } = answerCounts(index, located, sheets);
  let scored = 0;
  let points = 0;
  for (const sheet of sheets) {
    const levelId = feedbackFor(feedback, sheet.key, id).levelId;
    const level = levelId ? index.rubricById.get(levelId) : undefined;
    if (level) {
      scored += 1;
      points += level.points;
    }
  }
  const students = sheets.length;
  const completion = students ? answered / students : 0;
  const averagePoints = scored ? points / scored : null;
  const averageShare = averagePoints !== null && index.maxPoints > 0 ? averagePoints / index.maxPoints : null;
  const isJudged = located.question.kind !== 'text';
  const correctShare = isJudged && judged ? correct / judged : null;

  const hardReasons: string[] = [];
  if (students && completion < HARD_COMPLETION) hardReasons.push(`only ${formatPercent(completion)} answered`);
  if (averageShare !== null && averageShare < HARD_SCORE_SHARE) {
    hardReasons.push(`average score ${formatPoints(averagePoints ?? 0)} of ${index.maxPoints}`);
  }
  if (correctShare !== null && correctShare < HARD_CORRECT_SHARE)
    hardReasons.push(`only ${formatPercent(correctShare)} exactly right`);

  return {
    located,
    students,
    answered,
    completion,
    scored,
    averagePoints,
    averageShare,
    correct: isJudged ? correct : null,
    correctShare,
    hardReasons,
  };
}

export function classStats(
  index: LessonIndex,
  sheets: readonly StudentSheet[],
  feedback: ClassFeedback,
): QuestionStats[] {
  return index.questions.map((located) => questionStats(index, sheets, feedback, located));
}

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

export type OptionCount = { option: ChoiceOption; count: number };
export type ChoiceDistribution = { options: OptionCount[]; removedOptions: number; answered: number };

const distributionCache = classQuestionCache<ChoiceDistribution>();

/** How many students chose each option (a student may choose several in a multiple-choice question); once per class. */
export function choiceDistribution(located: LocatedQuestion, sheets: readonly StudentSheet[]): ChoiceDistribution {
  return distributionCache(sheets, located.question, () => distributionOf(located, sheets));
}

function distributionOf(located: LocatedQuestion, sheets: readonly StudentSheet[]): ChoiceDistribution {
  const { question } = located;
  const options = isChoiceQuestion(question) ? question.options : [];
  const counts = new Map(options.map((o) => [o.id, 0]));
  let removedOptions = 0;
  let answered = 0;
  for (const sheet of sheets) {
    const answer = sheet.answers.get(question.id);
    if (answer?.kind !== 'choice' || !isAnswered(answer)) continue;
    answered += 1;
    for (const id of new Set(answer.optionIds)) {
      const count = counts.get(id);
      if (count === undefined) removedOptions += 1;
      else counts.set(id, count + 1);
    }
  }
  return {
    options: options.map((option) => ({ option, count: counts.get(option.id) ?? 0 })),
    removedOptions,
    answered,
  };
}

/** `accepted`: outside the key but a fair answer (the question's "also accepted"); marking it is not an error. */
export type SentenceHeat = { sentence: LocatedSentence; count: number; inKey: boolean; accepted: boolean };
export type HeatParagraph = { id: string; sectionId: string; sentences: SentenceHeat[] };
export type MarkHeatMap = { paragraphs: HeatParagraph[]; answered: number; keySize: number };

const heatCache = classQuestionCache<MarkHeatMap>();

/**
 * For each sentence a "mark in the text" question offers: how many students marked it, and whether
 * it is in the key; once per class.
 */
export function markHeatMap(
  index: LessonIndex,
  located: LocatedQuestion,
  sheets: readonly StudentSheet[],
): MarkHeatMap {
  return heatCache(sheets, located.question, () => heatOf(index, located, sheets));
}

function heatOf(index: LessonIndex, located: LocatedQuestion, sheets: readonly StudentSheet[]): MarkHeatMap {
  const { question, sectionId } = located;
  if (question.kind !== 'mark') return { paragraphs: [], answered: 0, keySize: 0 };
  const key = new Set(index.markKeys.get(question.id) ?? []);
  const fair = new Set(question.alsoAccepted.map((a) => a.sentenceId));
  const counts = new Map<string, number>();
  let answered = 0;
  for (const sheet of sheets) {
    const answer = sheet.answers.get(question.id);
    if (answer?.kind !== 'mark' || !isAnswered(answer)) continue;
    answered += 1;
    for (const id of new Set(answer.sentenceIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const paragraphs: MarkHeatMap['paragraphs'] = [];
  for (const sentence of markSentences(index.lesson, question, sectionId)) {
    const heat = {
      sentence,
      count: counts.get(sentence.id) ?? 0,
      inKey: key.has(sentence.id),
      accepted: fair.has(sentence.id),
    };
    const last = paragraphs.at(-1);
    if (last?.id === sentence.paragraphId) last.sentences.push(heat);
    else paragraphs.push({ id: sentence.paragraphId, sectionId: sentence.sectionId, sentences: [heat] });
  }
  return { paragraphs, answered, keySize: key.size };
}
