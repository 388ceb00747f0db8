import { describe, expect, it } from 'vitest';
import { normaliseStudentName } from '@/lib/exchange/student-name';
import { sampleResponseFile } from '@/lib/testing/sample-class';
import { sampleLesson } from '@/lib/testing/sample-lesson';
import { memoryReviewStore } from './review-store';

const record = (name: string) => ({
  key: normaliseStudentName(name),
  file: sampleResponseFile(sampleLesson, name),
  sourceName: `${name}.json`,
  importedAt: '2025-03-11T08:00:00.000Z',
});

describe('memoryReviewStore (the fallback when IndexedDB is unavailable)', () => {
  it('keeps students, feedback and overall comments per lesson, and clears one lesson only', async () => {
    const store = memoryReviewStore();
    expect(store.persistent).toBe(false);
    await store.saveStudents('sample-lesson', [record('Amira K.'), record('Bilal B.')]);
    await store.saveStudents('other-lesson', [record('Chen C.')]);
    await store.saveFeedback('sample-lesson', 'amira k.', 'q-who-speaks', { levelId: 'met', comment: 'Good.' });
    await store.saveFeedback('sample-lesson', 'amira k.', 'q-who-speaks', { levelId: 'partly', comment: 'Good, but…' });
    await store.saveOverallComment('sample-lesson', 'bilal b.', 'Keep going.');

    const saved = await store.load('sample-lesson');
    expect(saved.students.map((s) => s.key).sort()).toEqual(['amira k.', 'bilal b.']);
    expect(saved.feedback.get('amira k.')?.answers.get('q-who-speaks')).toEqual({
      levelId: 'partly',
      comment: 'Good, but…',
    });
    expect(saved.feedback.get('bilal b.')?.overallComment).toBe('Keep going.');
    expect(saved.unreadable).toBe(0);

    await store.clear('sample-lesson');
    expect(await store.load('sample-lesson')).toMatchObject({ students: [], unreadable: 0 });
    expect((await store.load('other-lesson')).students).toHaveLength(1);
  });
});
