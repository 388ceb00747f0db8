'use client';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useFlushOnLeave } from '@/components/common/useFlushOnLeave';
import { fileSource } from '@/lib/review/import-files';
import type { LessonIndex } from '@/lib/review/lesson-index';
import { ReviewSession } from '@/lib/review/review-session';

/**
 * The review page's session, one per mount: the state and its saving live in ReviewSession; this
 * hook only opens it in the browser, re-renders on its changes and flushes on page exit.
 */
export function useReviewSession(index: LessonIndex) {
  const [session] = useState(() => new ReviewSession(index));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);

  useEffect(() => {
    void session.open();
  }, [session]);
  useFlushOnLeave(session.flush);

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
