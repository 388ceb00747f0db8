import { describe, expect, it } from 'vitest';
import { studentRecord as record } from '@/lib/testing/review-records';
import { memoryReviewStore } from './memory-review-store';

const amira = record('Amira K.').key;
const bilal = record('Bilal B.').key;
describe('memoryReviewStore (the fallback when IndexedDB is unavailable)', () => {
  it('keeps students, feedback and overall comments per lesson, and clears one lesson only', async () => {
    const store = memoryReviewStore();
    expect(store.persistent).toBe(false);
    await store.saveStudents('sample-lesson', [record('Amira K.'), record('Bilal B.')]);
    await store.saveStudents('other-lesson', [record('Chen C.')]);
    await store.saveFeedback('sample-lesson', amira, 'q-who-speaks', {
      levelId: 'met',
      origin: 'teacher',
      comment: 'Good.',
    });
    await store.saveFeedback('sample-lesson', amira, 'q-who-speaks', {
      levelId: 'partly',
      origin: 'teacher',
      comment: 'Good, but…',
    });
    await store.saveOverallComment('sample-lesson', bilal, 'Keep going.');

    const saved = await store.load('sample-lesson');
    expect(saved.students.map((s) => s.key).sort()).toEqual([amira, bilal].sort());
    expect(saved.feedback.get(amira)?.answers.get('q-who-speaks')).toEqual({
      levelId: 'partly',
      origin: 'teacher',
      comment: 'Good, but…',
    });
    expect(saved.feedback.get(bilal)?.overallComment).toBe('Keep going.');
    expect(saved.unreadable).toBe(0);

    await store.clear('sample-lesson');
    expect(await store.load('sample-lesson')).toMatchObject({ students: [], unreadable: 0 });
    expect((await store.load('other-lesson')).students).toHaveLength(1);
  });
});
