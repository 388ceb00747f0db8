'use client';
import { useSyncExternalStore } from 'react';
import { useFlushOnLeave } from '@/components/common/useFlushOnLeave';
import { DraftSession, type DraftSnapshot } from '@/lib/author/draft-session';

/**
 * One session for the life of the page, created on first use in the browser. It is module-level
 * (not component state) so that a re-render or remount never loses pending typing.
 */
let session: DraftSession | null = null;

function theSession(): DraftSession {
  session ??= new DraftSession();
  return session;
}

const noSubscription = () => () => {};

/** The session, or null during static rendering (there is no browser storage then). */
export function useDraftSession(): DraftSession | null {
  const current = useSyncExternalStore(noSubscription, theSession, () => null);
  useFlushOnLeave(current?.flush);
  return current;
}

/**
 * One value from the session, re-rendering only when it changes. The selector must return
 * something the session keeps as it is between changes (a field, not a new object).
 */
export function useDraftValue<T>(current: DraftSession, select: (snapshot: DraftSnapshot) => T): T {
  return useSyncExternalStore(
    current.subscribe,
    () => select(current.getSnapshot()),
    () => select(current.getSnapshot()),
  );
}
