/**
 * Where the teacher's review lives in the browser: the only module that touches browser storage
 * for the review. A class's answers can outgrow localStorage, so they go to IndexedDB (through
 * `idb`). Records are validated with zod when read back; a record that fails is left alone and
 * counted, never overwritten or shown half-read.
 *
 * The database is versioned; each version has a named upgrade step, run in order from the
 * version the browser has. When IndexedDB is unavailable (a private window, a locked-down
 * browser) the review keeps working in memory and says so.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { IsoDateSchema, MAX_ANSWER_LENGTH } from '@/lib/schemas/answer';
import { ResponseFileSchema } from '@/lib/schemas/exchange';
import { IdSchema } from '@/lib/schemas/lesson';
import {
  FeedbackValueSchema,
  type ClassFeedback,
  type FeedbackValue,
  type StudentFeedback,
} from '@/lib/schemas/review';
import type { StudentRecord } from '@/lib/schemas/review';

export const REVIEW_DB_NAME = 'media-literacy-review';
export const REVIEW_DB_VERSION = 1;
const OPEN_TIMEOUT_MS = 5000;

const StudentKeySchema = z.string().min(1).max(500);

const StoredStudentSchema = z.strictObject({
  lessonId: IdSchema,
  key: StudentKeySchema,
  file: ResponseFileSchema,
  sourceName: z.string().max(2000),
  importedAt: IsoDateSchema,
});
type StoredStudent = z.infer<typeof StoredStudentSchema>;

const StoredFeedbackSchema = z.strictObject({
  lessonId: IdSchema,
  studentKey: StudentKeySchema,
  questionId: IdSchema,
  value: FeedbackValueSchema,
  updatedAt: IsoDateSchema,
});
type StoredFeedback = z.infer<typeof StoredFeedbackSchema>;

const StoredOverallSchema = z.strictObject({
  lessonId: IdSchema,
  studentKey: StudentKeySchema,
  comment: z.string().max(MAX_ANSWER_LENGTH),
  updatedAt: IsoDateSchema,
});
type StoredOverall = z.infer<typeof StoredOverallSchema>;

interface ReviewDB extends DBSchema {
  students: { key: [string, string]; value: StoredStudent };
  feedback: { key: [string, string, string]; value: StoredFeedback };
  overall: { key: [string, string]; value: StoredOverall };
}

/** Upgrade steps by the version they create; the browser runs those above the version it has. */
const UPGRADE_STEPS: readonly ((db: IDBPDatabase<ReviewDB>) => void)[] = [
  function createStoresV1(db) {
    db.createObjectStore('students', { keyPath: ['lessonId', 'key'] });
    db.createObjectStore('feedback', { keyPath: ['lessonId', 'studentKey', 'questionId'] });
    db.createObjectStore('overall', { keyPath: ['lessonId', 'studentKey'] });
  },
];

export type SavedReview = {
  students: StudentRecord[];
  feedback: ClassFeedback;
  /** Saved records that failed validation and were left untouched. */
  unreadable: number;
};

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

/** Builds the class's feedback from stored records; a student may have feedback and no answers yet. */
function assembleFeedback(feedback: readonly StoredFeedback[], overall: readonly StoredOverall[]): ClassFeedback {
  const byStudent = new Map<string, { answers: Map<string, FeedbackValue>; overallComment: string }>();
  const entry = (key: string) => {
    let found = byStudent.get(key);
    if (!found) byStudent.set(key, (found = { answers: new Map(), overallComment: '' }));
    return found;
  };
  for (const record of feedback) entry(record.studentKey).answers.set(record.questionId, record.value);
  for (const record of overall) entry(record.studentKey).overallComment = record.comment;
  return new Map<string, StudentFeedback>(byStudent);
}

function validRecords<T>(schema: z.ZodType<T>, records: readonly unknown[]): { valid: T[]; invalid: number } {
  const valid: T[] = [];
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
  }
  return { valid, invalid: records.length - valid.length };
}

function toSaved(students: readonly unknown[], feedback: readonly unknown[], overall: readonly unknown[]): SavedReview {
  const s = validRecords(StoredStudentSchema, students);
  const f = validRecords(StoredFeedbackSchema, feedback);
  const o = validRecords(StoredOverallSchema, overall);
  return {
    students: s.valid.map(({ key, file, sourceName, importedAt }) => ({ key, file, sourceName, importedAt })),
    feedback: assembleFeedback(f.valid, o.valid),
    unreadable: s.invalid + f.invalid + o.invalid,
  };
}

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
      return toSaved(students, feedback, overall);
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

function deleteLesson<T extends { lessonId: string }>(map: Map<string, T>, lessonId: string): void {
  for (const [key, record] of map) if (record.lessonId === lessonId) map.delete(key);
}

/** The same store in memory: used when IndexedDB is unavailable, and by unit tests. */
export function memoryReviewStore(): ReviewStore {
  const students = new Map<string, StoredStudent>();
  const feedback = new Map<string, StoredFeedback>();
  const overall = new Map<string, StoredOverall>();
  const id = (...parts: string[]) => JSON.stringify(parts);
  const ofLesson = <T extends { lessonId: string }>(map: Map<string, T>, lessonId: string) =>
    [...map.values()].filter((r) => r.lessonId === lessonId);
  return {
    persistent: false,
    async load(lessonId) {
      return toSaved(ofLesson(students, lessonId), ofLesson(feedback, lessonId), ofLesson(overall, lessonId));
    },
    async saveStudents(lessonId, records) {
      for (const r of records) students.set(id(lessonId, r.key), { lessonId, ...r });
    },
    async saveFeedback(lessonId, studentKey, questionId, value) {
      feedback.set(id(lessonId, studentKey, questionId), { lessonId, studentKey, questionId, value, updatedAt: now() });
    },
    async saveOverallComment(lessonId, studentKey, comment) {
      overall.set(id(lessonId, studentKey), { lessonId, studentKey, comment, updatedAt: now() });
    },
    async clear(lessonId) {
      deleteLesson(students, lessonId);
      deleteLesson(feedback, lessonId);
      deleteLesson(overall, lessonId);
    },
  };
}

async function openWithTimeout(): Promise<IDBPDatabase<ReviewDB>> {
  let database: IDBPDatabase<ReviewDB> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDB<ReviewDB>(REVIEW_DB_NAME, REVIEW_DB_VERSION, {
    upgrade(db, oldVersion) {
      for (const step of UPGRADE_STEPS.slice(oldVersion, REVIEW_DB_VERSION)) step(db);
    },
    // Another tab wants a newer version: let it upgrade; this tab's later writes then fail visibly.
    blocking() {
      database?.close();
    },
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), OPEN_TIMEOUT_MS);
  });
  try {
    database = await Promise.race([opening, timeout]);
    return database;
  } finally {
    clearTimeout(timer);
  }
}

export async function openReviewStore(): Promise<OpenedStore> {
  if (typeof indexedDB === 'undefined') return { store: memoryReviewStore(), problem: STORAGE_UNAVAILABLE_MESSAGE };
  try {
    return { store: indexedDbStore(await openWithTimeout()), problem: null };
  } catch {
    return { store: memoryReviewStore(), problem: STORAGE_UNAVAILABLE_MESSAGE };
  }
}
