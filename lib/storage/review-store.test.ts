import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { studentRecord } from '@/lib/testing/review-records';
import { openReviewDb, REVIEW_DB_NAME, REVIEW_DB_VERSION, UPGRADE_STEPS } from './review-db';
import { openReviewStore, STORAGE_UNAVAILABLE_MESSAGE } from './review-store';

const lessonId = 'sample-lesson';

// A fresh, empty IndexedDB for every test, as a browser that has never seen the review.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function rawRecords(storeName: 'students' | 'feedback' | 'overall'): Promise<unknown[]> {
  const db = await openDB(REVIEW_DB_NAME);
  try {
    return await db.getAll(storeName);
  } finally {
    db.close();
  }
}

const amira = studentRecord('Amira K.').key;
const bilal = studentRecord('Bilal B.').key;
describe('the IndexedDB review store', () => {
  it('opens a new database at the current version with its object stores', async () => {
    const opened = await openReviewStore();
    expect(opened).toMatchObject({ problem: null, store: { persistent: true } });
    const db = await openDB(REVIEW_DB_NAME);
    expect(db.version).toBe(REVIEW_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['feedback', 'overall', 'students']);
    db.close();
  });

  it('upgrades a database from an earlier version, running only the newer steps and keeping the records', async () => {
    const v1 = await openReviewDb(UPGRADE_STEPS.slice(0, 1));
    await v1.put('overall', {
      lessonId,
      studentKey: amira,
      comment: 'Kept.',
      updatedAt: '2025-03-11T08:00:00.000Z',
    });
    v1.close();
    const ran: number[] = [];
    const v2 = await openReviewDb([
      () => ran.push(1),
      (db) => {
        ran.push(2);
        (db as unknown as IDBPDatabase).createObjectStore('notes');
      },
    ]);
    expect(ran).toEqual([2]);
    expect(v2.version).toBe(2);
    expect(v2.objectStoreNames.contains('notes' as never)).toBe(true);
    expect(await v2.getAll('overall')).toHaveLength(1);
    v2.close();
  });

  it('upgrades name-keyed records of before student ids to "name:" keys, feedback included', async () => {
    const at = '2025-03-11T08:00:00.000Z';
    const { file, sourceName, importedAt } = studentRecord('Amira K.');
    const rest = { sourceName, importedAt };
    const oldFile = { ...file, version: 1, student: { name: 'Amira K.' } };
    const v1 = await openReviewDb(UPGRADE_STEPS.slice(0, 1));
    await v1.put('students', { lessonId, key: 'amira k.', file: oldFile, ...rest } as never);
    await v1.put('feedback', {
      lessonId,
      studentKey: 'amira k.',
      questionId: 'q-who-speaks',
      value: { levelId: 'met', comment: 'Good.' },
      updatedAt: at,
    } as never);
    await v1.put('overall', { lessonId, studentKey: 'amira k.', comment: 'Kept.', updatedAt: at });
    v1.close();

    const { store } = await openReviewStore();
    const saved = await store.load(lessonId);
    expect(saved.unreadable).toBe(0);
    expect(saved.students.map((s) => [s.key, s.file.version])).toEqual([['name:amira k.', 1]]);
    expect(saved.feedback.get('name:amira k.')).toEqual({
      // Saved before score origins: the score reads as the teacher's.
      answers: new Map([['q-who-speaks', { levelId: 'met', comment: 'Good.', origin: 'teacher' }]]),
      overallComment: 'Kept.',
    });
    expect((await rawRecords('overall')).map((r) => (r as { studentKey: string }).studentKey)).toEqual([
      'name:amira k.',
    ]);
  });

  it('writes students, feedback and overall comments, reads them back, and clears one lesson only', async () => {
    const { store } = await openReviewStore();
    await store.saveStudents(lessonId, [studentRecord('Amira K.'), studentRecord('Bilal B.')]);
    await store.saveStudents('other-lesson', [studentRecord('Chen C.', 'other-lesson')]);
    await store.saveFeedback(lessonId, amira, 'q-who-speaks', {
      levelId: 'met',
      origin: 'teacher',
      comment: 'Good.',
    });
    await store.saveFeedback(lessonId, amira, 'q-who-speaks', {
      levelId: 'partly',
      origin: 'teacher',
      comment: 'Good, but…',
    });
    await store.saveOverallComment(lessonId, bilal, 'Keep going.');

    const saved = await store.load(lessonId);
    expect(saved.students.map((s) => s.key).sort()).toEqual([amira, bilal].sort());
    expect(saved.students.find((s) => s.key === amira)).toEqual(studentRecord('Amira K.'));
    expect(saved.feedback.get(amira)?.answers.get('q-who-speaks')).toEqual({
      levelId: 'partly',
      origin: 'teacher',
      comment: 'Good, but…',
    });
    expect(saved.feedback.get(bilal)?.overallComment).toBe('Keep going.');
    expect(saved.unreadable).toBe(0);

    await store.clear(lessonId);
    expect(await store.load(lessonId)).toMatchObject({ students: [], unreadable: 0 });
    expect((await store.load('other-lesson')).students).toHaveLength(1);
  });

  it('counts a record that fails validation as unreadable and leaves it alone', async () => {
    const { store } = await openReviewStore();
    const broken = {
      lessonId,
      studentKey: amira,
      questionId: 'q-who-speaks',
      value: { levelId: 42, comment: 'A score that is not a rubric id.' },
      updatedAt: '2025-03-11T08:00:00.000Z',
    };
    const db = await openDB(REVIEW_DB_NAME);
    await db.put('feedback', broken);
    db.close();
    await store.saveStudents(lessonId, [studentRecord('Amira K.')]);
    await store.saveFeedback(lessonId, amira, 'q-other', { levelId: null, origin: null, comment: 'Fine.' });

    const saved = await store.load(lessonId);
    expect(saved.unreadable).toBe(1);
    expect(saved.students).toHaveLength(1);
    expect([...(saved.feedback.get(amira)?.answers.keys() ?? [])]).toEqual(['q-other']);
    expect(await rawRecords('feedback')).toContainEqual(broken);
  });

  it('falls back to memory, and says so, when IndexedDB is unavailable', async () => {
    Reflect.deleteProperty(globalThis, 'indexedDB');
    const opened = await openReviewStore();
    expect(opened).toMatchObject({ problem: STORAGE_UNAVAILABLE_MESSAGE, store: { persistent: false } });
  });
});
