'use client';
import { useSyncExternalStore } from 'react';
import { useFlushOnLeave } from '@/components/common/useFlushOnLeave';
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

const placeholders = new Map<string, AnswerSession>();

function placeholderFor(lessonId: string, lessonVersion: number): AnswerSession {
  let placeholder = placeholders.get(lessonId);
  if (!placeholder) {
    placeholder = new AnswerSession(lessonId, lessonVersion, { placeholder: true });
    placeholders.set(lessonId, placeholder);
  }
  return placeholder;
}

const noSubscription = () => () => {};

/**
 * The session. The static page and its hydration get an empty placeholder (there is no browser
 * storage then), so the first step is in the HTML; the saved answers follow once hydrated.
 */
export function useAnswerSession(lessonId: string, lessonVersion: number): AnswerSession {
  const session = useSyncExternalStore(
    noSubscription,
    () => sessionFor(lessonId, lessonVersion),
    () => placeholderFor(lessonId, lessonVersion),
  );

  useFlushOnLeave(session.flush);
  return session;
}

/**
 * One value from the session, re-rendering only when that value changes. The selector must return
 * something the session keeps as it is between changes (a field, not a new object), so that typing
 * in one answer re-renders that answer's field and not the whole page.
 */
export function useSessionValue<T>(session: AnswerSession, select: (snapshot: SessionSnapshot) => T): T {
  return useSyncExternalStore(
    session.subscribe,
    () => select(session.getSnapshot()),
    () => select(session.getSnapshot()),
  );
}

/** One answer, re-rendering only when that answer changes. */
export function useAnswer(session: AnswerSession, questionId: string): Answer | undefined {
  return useSessionValue(session, (snapshot) => snapshot.data.answers[questionId]);
}
