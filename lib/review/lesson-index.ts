/**
 * The lookups every part of the review needs from a lesson (questions in order, the exit ticket's
 * items after them, rubric levels,
 * sentences, the keys of "mark in the text" questions), computed once per lesson object.
 * Everything is derived through lib/lessons/analysis.ts; nothing about the lesson is re-typed here.
 */
import {
  answerableQuestions,
  lessonSentences,
  markKey,
  type LocatedQuestion,
  type LocatedSentence,
} from '@/lib/lessons/analysis';
import type { Lesson, RubricLevel } from '@/lib/schemas/lesson';

export type LessonIndex = {
  lesson: Lesson;
  questions: LocatedQuestion[];
  questionById: Map<string, LocatedQuestion>;
  rubricById: Map<string, RubricLevel>;
  maxPoints: number;
  sentenceById: Map<string, LocatedSentence>;
  /** Key sentence ids of each "mark in the text" question. */
  markKeys: Map<string, string[]>;
};

const cache = new WeakMap<Lesson, LessonIndex>();

export function indexLesson(lesson: Lesson): LessonIndex {
  const cached = cache.get(lesson);
  if (cached) return cached;
  const questions = answerableQuestions(lesson);
  const markKeys = new Map<string, string[]>();
  for (const { question, sectionId } of questions) {
    if (question.kind === 'mark') markKeys.set(question.id, markKey(lesson, question, sectionId));
  }
  const index: LessonIndex = {
    lesson,
    questions,
    questionById: new Map(questions.map((q) => [q.question.id, q])),
    rubricById: new Map(lesson.rubric.map((level) => [level.id, level])),
    maxPoints: Math.max(...lesson.rubric.map((level) => level.points)),
    sentenceById: new Map(lessonSentences(lesson).map((s) => [s.id, s])),
    markKeys,
  };
  cache.set(lesson, index);
  return index;
}
