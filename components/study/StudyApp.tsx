'use client';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { Lesson } from '@/lib/schemas/lesson';
import { studySteps } from '@/lib/study/steps';
import { StudyContext } from './StudyContext';
import StudyLayout from './StudyLayout';
import { useAnswerSession } from './useAnswerSession';

/** Self-study: the lesson step by step, answers saved in this browser as the student works. */
export default function StudyApp({ lesson }: { lesson: Lesson }) {
  const steps = useMemo(() => studySteps(lesson), [lesson]);
  const session = useAnswerSession(lesson.id, lesson.version);
  const context = useMemo(() => (session ? { lesson, session } : null), [lesson, session]);

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
