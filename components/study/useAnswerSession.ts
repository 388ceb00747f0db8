'use client';
import { useEffect, useSyncExternalStore } from 'react';
import { AnswerSession, type SessionSnapshot } from '@/lib/study/answer-session';
import type { Answer } from '@/lib/schemas/answer';

/**
 * One session per lesson for the life of the page, created on first use in the browser. It is
 * module-level (not component state) so that a re-render or remount never loses pending typing.
 */
const sessions = new Map<string, AnswerSession>();

function sessionFor(lessonId: string, lessonVersion: number): AnswerSession {
  let session = sessions.get(lessonId);
  if (!session) {
    session = new AnswerSession(lessonId, lessonVersion);
    session.watchOtherTabs();
    sessions.set(lessonId, session);
  }
  return session;
}

const noSubscription = () => () => {};

/** The session (null during static rendering) and its current snapshot. */
export function useAnswerSession(lessonId: string, lessonVersion: number): { session: AnswerSession | null; snapshot: SessionSnapshot | null } {
  const session = useSyncExternalStore(
    noSubscription,
    () => sessionFor(lessonId, lessonVersion),
    () => null,
  );
  const snapshot = useSyncExternalStore(
    session?.subscribe ?? noSubscription,
    () => session?.getSnapshot() ?? null,
    () => null,
  );

  useEffect(() => {
    if (!session) return;
    // Saves pending typing when the tab is hidden, closed or reloaded, and when leaving the page in-app.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') session.flush();
    };
    window.addEventListener('pagehide', session.flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', session.flush);
      document.removeEventListener('visibilitychange', onVisibility);
      session.flush();
    };
  }, [session]);

  return { session, snapshot };
}

/** One answer, re-rendering only when that answer changes. */
export function useAnswer(session: AnswerSession, questionId: string): Answer | undefined {
  return useSyncExternalStore(
    session.subscribe,
    () => session.getSnapshot().data.answers[questionId],
    () => undefined,
  );
}
