'use client';
import { useMemo } from 'react';
import { usePathChoice } from '@/components/common/usePathChoice';
import { lessonOnPath } from '@/lib/lessons/teaching-path';
import type { Lesson } from '@/lib/schemas/lesson';
import { studySteps } from '@/lib/study/steps';
import { StudyContext } from './StudyContext';
import StudyLayout from './StudyLayout';
import { useAnswerSession } from './useAnswerSession';

/**
 * Self-study: the lesson step by step on the chosen teaching path, answers saved in this browser as the student works.
 * The static page shows the first step of the core path with no answers, so its text paints before any script runs;
 * the address (path and step) and the saved answers are read once the page is hydrated.
 */
export default function StudyApp({ lesson: wholeLesson }: { lesson: Lesson }) {
  const path = usePathChoice();
  const ready = path !== null;
  const choice = path ?? 'core';
  // The page follows the teaching path in the address; answers are stored for the whole lesson.
  const lesson = useMemo(() => lessonOnPath(wholeLesson, choice), [wholeLesson, choice]);
  const steps = useMemo(() => studySteps(lesson), [lesson]);
  const session = useAnswerSession(lesson.id, lesson.version);
  const context = useMemo(() => ({ lesson, session, path: choice, ready }), [lesson, session, choice, ready]);

  return (
    <StudyContext.Provider value={context}>
      <StudyLayout steps={steps} />
    </StudyContext.Provider>
  );
}
