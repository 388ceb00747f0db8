'use client';
/**
 * The review's state: the class (from saved data, then imports), the teacher's feedback, and the
 * actions that change them. Feedback is shown at once and saved shortly after typing stops,
 * and everything pending is written when the page is hidden or closed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createAutosaver, type Autosaver } from '@/lib/review/autosave';
import { withAnswerFeedback, withOverallComment, type ClassFeedback, type FeedbackValue } from '@/lib/review/feedback';
import { fileSource, importSources } from '@/lib/review/import-files';
import type { ImportResult, StudentRecord } from '@/lib/review/import-types';
import type { LessonIndex } from '@/lib/review/lesson-index';
import { compareNames } from '@/lib/review/names';
import { createStatusStore } from '@/lib/review/status-store';
import { buildSheet, type StudentSheet } from '@/lib/review/student-sheet';
import { openReviewStore, type ReviewStore } from '@/lib/storage/review-store';

type FeedbackChange =
  | { kind: 'answer'; studentKey: string; questionId: string; value: FeedbackValue }
  | { kind: 'overall'; studentKey: string; comment: string };

export const answerFieldKey = (studentKey: string, questionId: string) =>
  JSON.stringify(['answer', studentKey, questionId]);
export const overallFieldKey = (studentKey: string) => JSON.stringify(['overall', studentKey]);

const NOT_SAVED =
  'Not saved: the browser refused to store it (its storage may be full). Your text is still here; export the marks to keep a copy.';

export type LastImport = { results: ImportResult[]; fileCount: number };

export function useReviewData(index: LessonIndex) {
  const lessonId = index.lesson.id;
  const [store, setStore] = useState<ReviewStore | null>(null);
  const [roster, setRoster] = useState<ReadonlyMap<string, StudentRecord>>(new Map());
  const [feedback, setFeedback] = useState<ClassFeedback>(new Map());
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [importing, setImporting] = useState<number | null>(null);
  const [lastImport, setLastImport] = useState<LastImport | null>(null);
  const [importSaveError, setImportSaveError] = useState<string | null>(null);
  const [statusStore] = useState(createStatusStore);
  const saverRef = useRef<Autosaver<FeedbackChange> | null>(null);
  // The class as of the last load, import or clear; imports merge into it (see importFiles).
  const rosterRef = useRef<ReadonlyMap<string, StudentRecord>>(new Map());

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const opened = await openReviewStore();
      const saved = await opened.store
        .load(lessonId)
        .catch(() => ({ students: [], feedback: new Map(), unreadable: 0 }));
      if (cancelled) return;
      saverRef.current = createAutosaver<FeedbackChange>(
        (_key, change) =>
          change.kind === 'answer'
            ? opened.store.saveFeedback(lessonId, change.studentKey, change.questionId, change.value)
            : opened.store.saveOverallComment(lessonId, change.studentKey, change.comment),
        (key, status) => statusStore.set(key, { status, error: status === 'error' ? NOT_SAVED : undefined }),
      );
      rosterRef.current = new Map(saved.students.map((s) => [s.key, s]));
      setRoster(rosterRef.current);
      setFeedback(saved.feedback);
      setUnreadable(saved.unreadable);
      setStorageProblem(opened.problem);
      setStore(opened.store);
    })();
    return () => {
      cancelled = true;
    };
  }, [lessonId, statusStore]);

  useEffect(() => {
    const flush = () => void saverRef.current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, []);

  const sheets = useMemo<StudentSheet[]>(
    () => [...roster.values()].map((record) => buildSheet(index, record)).sort((a, b) => compareNames(a.name, b.name)),
    [index, roster],
  );

  // Imports run one after another, each merging into the class the previous one left, so files
  // dropped while an import is running are queued rather than lost.
  const importQueue = useRef<Promise<void>>(Promise.resolve());
  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (!store || files.length === 0) return importQueue.current;
      importQueue.current = importQueue.current.then(async () => {
        setImporting(files.length);
        try {
          const outcome = await importSources(index, rosterRef.current, files.map(fileSource));
          rosterRef.current = outcome.roster;
          setRoster(outcome.roster);
          setLastImport({ results: outcome.results, fileCount: files.length });
          setImportSaveError(null);
          await store.saveStudents(lessonId, outcome.changed).catch(() => setImportSaveError(NOT_SAVED));
        } finally {
          setImporting(null);
        }
      });
      return importQueue.current;
    },
    [index, lessonId, store],
  );

  const setAnswerFeedback = useCallback((studentKey: string, questionId: string, value: FeedbackValue) => {
    setFeedback((current) => withAnswerFeedback(current, studentKey, questionId, value));
    saverRef.current?.schedule(answerFieldKey(studentKey, questionId), {
      kind: 'answer',
      studentKey,
      questionId,
      value,
    });
  }, []);

  const setOverallComment = useCallback((studentKey: string, comment: string) => {
    setFeedback((current) => withOverallComment(current, studentKey, comment));
    saverRef.current?.schedule(overallFieldKey(studentKey), { kind: 'overall', studentKey, comment });
  }, []);

  const clearAll = useCallback(async () => {
    saverRef.current?.discard();
    await store?.clear(lessonId);
    rosterRef.current = new Map();
    setRoster(rosterRef.current);
    setFeedback(new Map());
    setLastImport(null);
    setUnreadable(0);
  }, [lessonId, store]);

  return {
    ready: store !== null,
    persistent: store?.persistent ?? true,
    sheets,
    feedback,
    statusStore,
    storageProblem,
    unreadable,
    importing,
    lastImport,
    importSaveError,
    importFiles,
    setAnswerFeedback,
    setOverallComment,
    clearAll,
  };
}

export type ReviewData = ReturnType<typeof useReviewData>;
