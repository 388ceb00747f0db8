/**
 * The session for lessons opened from a file: the one way components reach the lesson store.
 * Opening validates the file (lib/author/lesson-file.ts) before anything is stored, so a bad file
 * changes nothing. The list is a snapshot for `useSyncExternalStore`, refreshed after each change
 * here and when another tab changes the store.
 */
import { readLessonFile, type ReadableFile } from '@/lib/author/lesson-file';
import {
  loadOpenedLessons,
  removeOpenedLesson,
  saveOpenedLesson,
  type OpenedLesson,
  type OpenedLessonsResult,
} from '@/lib/storage/lesson-store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { onStorageChangedElsewhere } from '@/lib/storage/browser-storage';

export type { OpenedLesson };
export type OpenResult = { ok: true; lessonId: string; title: string } | { ok: false; message: string };

const STORAGE_PROBLEM =
  'This browser is not letting the app keep opened lessons (storage is off or full). Nothing was changed.';
const UNREADABLE_PROBLEM =
  'The lessons opened earlier in this browser cannot be read by this version of the app, so nothing was changed.';

const EMPTY: OpenedLessonsResult = { ok: true, lessons: [] };
let snapshot: OpenedLessonsResult | null = null;
const listeners = new Set<() => void>();
let stopWatching: (() => void) | null = null;

function refresh() {
  snapshot = loadOpenedLessons();
  for (const listener of listeners) listener();
}

export function subscribeOpenedLessons(listener: () => void): () => void {
  listeners.add(listener);
  // One storage listener while anyone listens: it outlives the subscriber that happened to start it.
  stopWatching ??= onStorageChangedElsewhere((key) => {
    if (key === null || key === STORAGE_KEYS.openedLessons) refresh();
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stopWatching?.();
    stopWatching = null;
  };
}

export function getOpenedLessons(): OpenedLessonsResult {
  snapshot ??= loadOpenedLessons();
  return snapshot;
}

/** The server render has no stored lessons. */
export function getServerOpenedLessons(): OpenedLessonsResult {
  return EMPTY;
}

export function findOpenedLesson(result: OpenedLessonsResult, lessonId: string): OpenedLesson | undefined {
  return result.ok ? result.lessons.find((entry) => entry.lesson.id === lessonId) : undefined;
}

export async function openLessonFile(file: ReadableFile, shippedIds: readonly string[], now = new Date()) {
  const read = await readLessonFile(file, shippedIds);
  if (!read.ok) return { ok: false, message: read.message } satisfies OpenResult;
  const saved = saveOpenedLesson(read.lesson, now);
  refresh();
  if (!saved.ok) return { ok: false, message: saved.reason === 'unreadable' ? UNREADABLE_PROBLEM : STORAGE_PROBLEM };
  return { ok: true, lessonId: read.lesson.id, title: read.lesson.title } satisfies OpenResult;
}

export function removeLesson(lessonId: string): { ok: true } | { ok: false; message: string } {
  const removed = removeOpenedLesson(lessonId);
  refresh();
  if (!removed.ok)
    return { ok: false, message: removed.reason === 'unreadable' ? UNREADABLE_PROBLEM : STORAGE_PROBLEM };
  return { ok: true };
}
