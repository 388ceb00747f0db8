/**
 * Lessons opened from a file, in localStorage under STORAGE_KEYS.openedLessons.
 *
 * What is saved: each opened lesson (already validated by lib/author/lesson-file.ts) and when it was
 * opened. When: at once, when a teacher or student opens a file or removes a lesson. Why
 * localStorage: a lesson is well under its quota and the study page must find it synchronously.
 * Every lesson is validated again when read back; one that fails is skipped, never rewritten, so a
 * later app version's data is not lost to an older tab.
 */
import { z } from 'zod';
import { LessonSchema, type Lesson } from '@/lib/schemas/lesson';
import { readItem, writeItem, type StorageFailure } from './browser-storage';
import { STORAGE_KEYS } from './keys';

const OPENED_LESSONS_VERSION = 1;

const StoredOpenedLessonsSchema = z.object({
  version: z.literal(OPENED_LESSONS_VERSION),
  lessons: z.array(z.object({ openedAt: z.string(), lesson: z.unknown() })),
});
type StoredOpenedLessons = z.infer<typeof StoredOpenedLessonsSchema>;

export type OpenedLesson = { lesson: Lesson; openedAt: string };
export type OpenedLessonsResult =
  { ok: true; lessons: OpenedLesson[] } | { ok: false; reason: StorageFailure | 'unreadable' };
export type OpenedWriteResult = { ok: true } | { ok: false; reason: StorageFailure | 'unreadable' };

function readStored():
  { ok: true; stored: StoredOpenedLessons } | { ok: false; reason: StorageFailure | 'unreadable' } {
  const read = readItem(STORAGE_KEYS.openedLessons);
  if (!read.ok) return read;
  if (read.value === null) return { ok: true, stored: { version: OPENED_LESSONS_VERSION, lessons: [] } };
  try {
    const parsed = StoredOpenedLessonsSchema.safeParse(JSON.parse(read.value));
    return parsed.success ? { ok: true, stored: parsed.data } : { ok: false, reason: 'unreadable' };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** Parses what is stored under the key (pure, for the session's snapshot). */
export function loadOpenedLessons(): OpenedLessonsResult {
  const read = readStored();
  if (!read.ok) return read;
  const lessons: OpenedLesson[] = [];
  for (const entry of read.stored.lessons) {
    const lesson = LessonSchema.safeParse(entry.lesson);
    if (lesson.success) lessons.push({ lesson: lesson.data, openedAt: entry.openedAt });
  }
  return { ok: true, lessons };
}

function write(stored: StoredOpenedLessons): OpenedWriteResult {
  return writeItem(STORAGE_KEYS.openedLessons, JSON.stringify(stored));
}

/** Adds a lesson, or replaces the one with the same id (a newer copy of the same file). */
export function saveOpenedLesson(lesson: Lesson, now: Date): OpenedWriteResult {
  const read = readStored();
  if (!read.ok) return read;
  const others = read.stored.lessons.filter((entry) => idOf(entry.lesson) !== lesson.id);
  return write({ ...read.stored, lessons: [...others, { openedAt: now.toISOString(), lesson }] });
}

export function removeOpenedLesson(lessonId: string): OpenedWriteResult {
  const read = readStored();
  if (!read.ok) return read;
  return write({ ...read.stored, lessons: read.stored.lessons.filter((entry) => idOf(entry.lesson) !== lessonId) });
}

function idOf(lesson: unknown): unknown {
  return typeof lesson === 'object' && lesson !== null ? (lesson as { id?: unknown }).id : undefined;
}
