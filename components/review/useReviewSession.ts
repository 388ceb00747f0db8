'use client';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useFlushOnLeave } from '@/components/common/useFlushOnLeave';
import { prepareClass } from '@/lib/review/class-figures';
import { fileSource } from '@/lib/review/import-files';
import type { LessonIndex } from '@/lib/review/lesson-index';
import { ReviewSession } from '@/lib/review/review-session';

/**
 * The review page's session, one per mount: the state and its saving live in ReviewSession; this
 * hook only opens it in the browser, re-renders on its changes, flushes on page exit and asks
 * before leaving while a save is pending.
 */
export function useReviewSession(index: LessonIndex) {
  const [session] = useState(() => new ReviewSession(index));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);

  useEffect(() => {
    // A failed open is shown through the snapshot (reloadNeeded).
    session.open().catch(() => {});
  }, [session]);
  // Each question's class figures are worked out ahead, so that switching question is a lookup.
  useEffect(() => prepareClass(index, snapshot.sheets), [index, snapshot.sheets]);
  useFlushOnLeave(session.flush);
  useEffect(() => {
    // Ask before leaving only while feedback is not yet confirmed written (it is journaled anyway).
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (session.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [session]);

  const importFiles = useCallback((files: readonly File[]) => session.importFiles(files.map(fileSource)), [session]);
  const clearAll = useCallback(() => session.clearAll(), [session]);

  return {
    ...snapshot,
    session,
    importFiles,
    clearAll,
    setAnswerFeedback: session.setAnswerFeedback,
    setOverallComment: session.setOverallComment,
  };
}
