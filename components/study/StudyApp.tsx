'use client';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { usePathChoice } from '@/components/common/usePathChoice';
import { lessonOnPath } from '@/lib/lessons/teaching-path';
import type { Lesson } from '@/lib/schemas/lesson';
import { studySteps } from '@/lib/study/steps';
import { StudyContext } from './StudyContext';
import StudyLayout from './StudyLayout';
import { useAnswerSession } from './useAnswerSession';

/** Self-study: the lesson step by step on the chosen teaching path, answers saved in this browser as the student works. */
export default function StudyApp({ lesson: wholeLesson }: { lesson: Lesson }) {
  const path = usePathChoice();
  // The page follows the teaching path in the address; answers are stored for the whole lesson.
  const lesson = useMemo(() => lessonOnPath(wholeLesson, path ?? 'core'), [wholeLesson, path]);
  const steps = useMemo(() => studySteps(lesson), [lesson]);
  const session = useAnswerSession(lesson.id, lesson.version);
  const context = useMemo(() => (session && path ? { lesson, session, path } : null), [lesson, session, path]);

  if (!context) {
    return (
      <Box role="status" component="main" id="main" sx={{ display: 'flex', gap: 2, alignItems: 'center', p: 4 }}>
        <CircularProgress size={24} aria-hidden />
        <Typography>Opening your saved answers…</Typography>
      </Box>
    );
  }
  return (
    <StudyContext.Provider value={context}>
      <StudyLayout steps={steps} />
    </StudyContext.Provider>
  );
}
