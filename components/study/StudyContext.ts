'use client';
import { createContext, useContext } from 'react';
import type { AnswerSession, SessionSnapshot } from '@/lib/study/answer-session';
import type { Lesson } from '@/lib/schemas/lesson';

type StudyContextValue = { lesson: Lesson; session: AnswerSession; snapshot: SessionSnapshot };

export const StudyContext = createContext<StudyContextValue | null>(null);

export function useStudy(): StudyContextValue {
  const value = useContext(StudyContext);
  if (!value) throw new Error('useStudy must be used inside the study page');
  return value;
}
