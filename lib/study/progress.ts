/** How far a student has got: answered questions per section and overall (prompts' notes are optional). */
import { isAnswered, type Answer } from '@/lib/schemas/answer';
import type { Lesson } from '@/lib/schemas/lesson';

export type StepProgress = { answered: number; total: number };

export function sectionProgress(questionIds: string[], answers: Record<string, Answer>): StepProgress {
  return { answered: questionIds.filter((id) => isAnswered(answers[id])).length, total: questionIds.length };
}

export function lessonProgress(lesson: Lesson, answers: Record<string, Answer>): StepProgress {
  const ids = [...lesson.sections.flatMap((s) => s.questions), ...lesson.wrapUp.questions].map((q) => q.id);
  return sectionProgress(ids, answers);
}
