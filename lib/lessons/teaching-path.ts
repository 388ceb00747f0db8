/**
 * The two ways through a lesson: the core path (one lesson: core questions and prompts only) and
 * the extended path (two lessons: everything). Views filter with these rather than reading `path`.
 */
import type { Lesson, LessonPath, Section } from '@/lib/schemas/lesson';

export type PathChoice = 'core' | 'extended';

/** True when an item tagged `path` is part of the chosen way through the lesson. */
export function onPath(item: { path: LessonPath }, choice: PathChoice): boolean {
  return choice === 'extended' || item.path === 'core';
}

/** The section with only the questions and prompts of the chosen path (the report text is always whole). */
export function sectionOnPath(section: Section, choice: PathChoice): Section {
  return {
    ...section,
    prompts: section.prompts.filter((p) => onPath(p, choice)),
    questions: section.questions.filter((q) => onPath(q, choice)),
  };
}

/**
 * The claim-and-evidence chart and lateral reading are extension work: the teacher guide times them
 * in the second lesson, so the core path leaves them (and their claims) out.
 */
export const TASKS_PATH: LessonPath = 'extension';

/** The lesson as taught on one path: sections and wrap-up filtered; the exit ticket is on both. */
export function lessonOnPath(lesson: Lesson, choice: PathChoice): Lesson {
  const tasks = onPath({ path: TASKS_PATH }, choice);
  return {
    ...lesson,
    claims: tasks ? lesson.claims : undefined,
    lateralReading: tasks ? lesson.lateralReading : undefined,
    sections: lesson.sections.map((s) => sectionOnPath(s, choice)),
    wrapUp: {
      ...lesson.wrapUp,
      prompts: lesson.wrapUp.prompts.filter((p) => onPath(p, choice)),
      questions: lesson.wrapUp.questions.filter((q) => onPath(q, choice)),
    },
  };
}

export type PathCount = { questions: number; prompts: number };

/** Questions and prompts on each path (the exit ticket's items not included). */
export function pathCounts(lesson: Lesson): Record<PathChoice, PathCount> {
  const count = (choice: PathChoice): PathCount => {
    const l = lessonOnPath(lesson, choice);
    const parts = [...l.sections, l.wrapUp];
    return {
      questions: parts.reduce((n, p) => n + p.questions.length, 0),
      prompts: parts.reduce((n, p) => n + p.prompts.length, 0),
    };
  };
  return { core: count('core'), extended: count('extended') };
}
