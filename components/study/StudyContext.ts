'use client';
import { createContext, useContext } from 'react';
import type { AnswerSession } from '@/lib/study/answer-session';
import type { PathChoice } from '@/lib/lessons/teaching-path';
import type { Lesson } from '@/lib/schemas/lesson';

/**
 * Stable for the life of the page once `ready`: the address is read and `session` holds the saved
 * answers. Before (the static page and its hydration) the core path and an empty placeholder session,
 * and no controls. Components subscribe to the session for the values they show.
 */
type StudyContextValue = { lesson: Lesson; session: AnswerSession; path: PathChoice; ready: boolean };

export const StudyContext = createContext<StudyContextValue | null>(null);

export function useStudy(): StudyContextValue {
  const value = useContext(StudyContext);
  if (!value) throw new Error('useStudy must be used inside the study page');
  return value;
}
