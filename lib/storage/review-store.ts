/**
 * Where the teacher's review lives in the browser: the only module that touches browser storage
 * for the review. A class's answers can outgrow localStorage, so they go to IndexedDB (through
 * `idb`; the database and its upgrades are in review-db.ts). Records are validated with zod when
 * read back (review-records.ts); a record that fails is left alone and counted, never overwritten
 * or shown half-read. When IndexedDB is unavailable (a private window, a locked-down browser) the
 * review keeps working in memory and says so. After the first save that succeeds, the browser is
 * asked to keep the storage (persistence.ts), without waiting for its answer.
 */
import type { IDBPDatabase } from 'idb';
import type { FeedbackValue, StudentRecord } from '@/lib/schemas/review';
import { memoryReviewStore } from './memory-review-store';
import { askToKeepStorage } from './persistence';
import { openReviewDb, type ReviewDB } from './review-db';
import { applyAnswerEdit, applyOverallEdit, newerExport, toSavedReview, type SavedReview } from './review-records';
import { StoredFeedbackSchema, StoredOverallSchema, StoredStudentSchema } from '@/lib/schemas/review-records';
import type { z } from 'zod';

export interface ReviewStore {
  /** False when the review is kept in memory only, because IndexedDB is unavailable. */
  readonly persistent: boolean;
  load(lessonId: string): Promise<SavedReview>;
  /** Keeps, per student, the later export of what is stored and what is given. */
  saveStudents(lessonId: string, records: readonly StudentRecord[]): Promise<void>;
  /** Writes the given fields (edited at `at`, default now), keeping fields another tab edited later. */
  saveFeedback(
    lessonId: string,
    studentKey: string,
    questionId: string,
    edit: Partial<FeedbackValue>,
    at?: string,
  ): Promise<void>;
  saveOverallComment(lessonId: string, studentKey: string, comment: string, at?: string): Promise<void>;
  clear(lessonId: string): Promise<void>;
}

export type OpenedStore = { store: ReviewStore; problem: string | null };

export const STORAGE_UNAVAILABLE_MESSAGE =
  'This browser is not letting the review save (IndexedDB is unavailable, for example in a private window). You can keep working: everything stays while this tab is open. Export the marks and the feedback files before you close it.';

const now = () => new Date().toISOString();

/** All keys of one lesson: compound keys start with the lesson id, and an array sorts after every string. */
function lessonRange(lessonId: string): IDBKeyRange {
  return IDBKeyRange.bound([lessonId], [lessonId, []]);
}

/** A stored record that fails validation is never overwritten: the write fails and says so. */
function storedOrThrow<T>(schema: z.ZodType<T>, record: unknown): T | undefined {
  if (record === undefined) return undefined;
  const parsed = schema.safeParse(record);
  if (!parsed.success) throw new Error('A saved record could not be read; it was left untouched.');
  return parsed.data;
}

function indexedDbStore(db: IDBPDatabase<ReviewDB>): ReviewStore {
  return {
    persistent: true,
    async load(lessonId) {
      const tx = db.transaction(['students', 'feedback', 'overall'], 'readonly');
      const range = lessonRange(lessonId);
      const [students, feedback, overall] = await Promise.all([
        tx.objectStore('students').getAll(range),
        tx.objectStore('feedback').getAll(range),
        tx.objectStore('overall').getAll(range),
      ]);
      return toSavedReview(students, feedback, overall);
    },
    // Each write re-reads the stored record inside its own transaction, so another tab's newer
    // export or later edit that landed since this tab loaded is kept, not overwritten.
    async saveStudents(lessonId, records) {
      const tx = db.transaction('students', 'readwrite');
      for (const r of records) {
        const stored = storedOrThrow(StoredStudentSchema, await tx.store.get([lessonId, r.key]));
        await tx.store.put(newerExport(stored, { lessonId, ...r }));
      }
      await tx.done;
      askToKeepStorage();
    },
    async saveFeedback(lessonId, studentKey, questionId, edit, at = now()) {
      const tx = db.transaction('feedback', 'readwrite');
      const stored = storedOrThrow(StoredFeedbackSchema, await tx.store.get([lessonId, studentKey, questionId]));
      await tx.store.put(applyAnswerEdit(stored, lessonId, { studentKey, questionId, ...edit, at }));
      await tx.done;
      askToKeepStorage();
    },
    async saveOverallComment(lessonId, studentKey, comment, at = now()) {
      const tx = db.transaction('overall', 'readwrite');
      const stored = storedOrThrow(StoredOverallSchema, await tx.store.get([lessonId, studentKey]));
      await tx.store.put(applyOverallEdit(stored, { lessonId, studentKey, comment, updatedAt: at }));
      await tx.done;
      askToKeepStorage();
    },
    async clear(lessonId) {
      const tx = db.transaction(['students', 'feedback', 'overall'], 'readwrite');
      const range = lessonRange(lessonId);
      await Promise.all([
        tx.objectStore('students').delete(range),
        tx.objectStore('feedback').delete(range),
        tx.objectStore('overall').delete(range),
        tx.done,
      ]);
    },
  };
}

/** `onClosed`: another tab upgraded the database (or the browser closed it); this tab must reload. */
export async function openReviewStore(onClosed: () => void = () => {}): Promise<OpenedStore> {
  if (typeof indexedDB === 'undefined') return { store: memoryReviewStore(), problem: STORAGE_UNAVAILABLE_MESSAGE };
  try {
    return { store: indexedDbStore(await openReviewDb(undefined, onClosed)), problem: null };
  } catch {
    return { store: memoryReviewStore(), problem: STORAGE_UNAVAILABLE_MESSAGE };
  }
}
