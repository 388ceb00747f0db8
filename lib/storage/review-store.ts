/**
 * Where the teacher's review lives in the browser: the only module that touches browser storage
 * for the review. A class's answers can outgrow localStorage, so they go to IndexedDB (through
 * `idb`; the database and its upgrades are in review-db.ts). Records are validated with zod when
 * read back (review-records.ts); a record that fails is left alone and counted, never overwritten
 * or shown half-read. When IndexedDB is unavailable (a private window, a locked-down browser) the
 * review keeps working in memory and says so.
 */
import type { IDBPDatabase } from 'idb';
import type { FeedbackValue, StudentRecord } from '@/lib/schemas/review';
import { memoryReviewStore } from './memory-review-store';
import { openReviewDb, type ReviewDB } from './review-db';
import { toSavedReview, type SavedReview } from './review-records';

export interface ReviewStore {
  /** False when the review is kept in memory only, because IndexedDB is unavailable. */
  readonly persistent: boolean;
  load(lessonId: string): Promise<SavedReview>;
  saveStudents(lessonId: string, records: readonly StudentRecord[]): Promise<void>;
  saveFeedback(lessonId: string, studentKey: string, questionId: string, value: FeedbackValue): Promise<void>;
  saveOverallComment(lessonId: string, studentKey: string, comment: string): Promise<void>;
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
    async saveStudents(lessonId, records) {
      const tx = db.transaction('students', 'readwrite');
      await Promise.all([...records.map((r) => tx.store.put({ lessonId, ...r })), tx.done]);
    },
    async saveFeedback(lessonId, studentKey, questionId, value) {
      await db.put('feedback', { lessonId, studentKey, questionId, value, updatedAt: now() });
    },
    async saveOverallComment(lessonId, studentKey, comment) {
      await db.put('overall', { lessonId, studentKey, comment, updatedAt: now() });
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

export async function openReviewStore(): Promise<OpenedStore> {
  if (typeof indexedDB === 'undefined') return { store: memoryReviewStore(), problem: STORAGE_UNAVAILABLE_MESSAGE };
  try {
    return { store: indexedDbStore(await openReviewDb()), problem: null };
  } catch {
    return { store: memoryReviewStore(), problem: STORAGE_UNAVAILABLE_MESSAGE };
  }
}
