import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryReviewStore } from '@/lib/storage/memory-review-store';
import type { OpenedStore, ReviewStore } from '@/lib/storage/review-store';
import { indexLesson } from './lesson-index';
import { answerFieldKey, NOT_SAVED, overallFieldKey, ReviewSession } from './review-session';
import { sampleClass } from '@/lib/testing/sample-class';
import { jsonSource } from '@/lib/testing/import-sources';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const index = indexLesson(sampleLesson);
const lessonId = sampleLesson.id;
const questionId = index.questions[0]?.question.id ?? '';
const now = () => new Date('2026-11-01T10:00:00.000Z');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function sessionWith(store: ReviewStore, problem: string | null = null) {
  const opened: OpenedStore = { store, problem };
  return new ReviewSession(index, { openStore: async () => opened, debounceMs: 400, now });
}

/** The memory store, reporting itself as persistent, as IndexedDB would. */
const persistentStore = (): ReviewStore => Object.assign(memoryReviewStore(), { persistent: true });

describe('ReviewSession', () => {
  it('opens the saved class and feedback, and is not ready before', async () => {
    const store = persistentStore();
    const file = sampleClass(sampleLesson, 1)[0]!;
    await store.saveStudents(lessonId, [
      { key: 'name:amira', file, sourceName: 'a.json', importedAt: '2026-11-01T09:00:00.000Z' },
    ]);
    await store.saveOverallComment(lessonId, 'name:amira', 'Well argued.');
    const session = sessionWith(store);
    expect(session.getSnapshot().ready).toBe(false);
    await session.open();
    const snapshot = session.getSnapshot();
    expect(snapshot).toMatchObject({ ready: true, persistent: true, unreadable: 0, storageProblem: null });
    expect(snapshot.sheets).toHaveLength(1);
    expect(snapshot.feedback.get('name:amira')?.overallComment).toBe('Well argued.');
  });

  it('shows feedback at once, says "saved" only after the debounced write, and tells subscribers', async () => {
    const store = persistentStore();
    const session = sessionWith(store);
    await session.open();
    const listener = vi.fn();
    session.subscribe(listener);
    const key = answerFieldKey('name:amira', questionId);
    session.setAnswerFeedback('name:amira', questionId, { levelId: null, comment: 'Good' });
    expect(session.getSnapshot().feedback.get('name:amira')?.answers.get(questionId)?.comment).toBe('Good');
    expect(session.statusOf(key)).toEqual({ state: 'pending' });
    expect(listener).toHaveBeenCalled();
    expect((await store.load(lessonId)).feedback.size).toBe(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(session.statusOf(key)).toMatchObject({ state: 'saved', memoryOnly: false });
    expect((await store.load(lessonId)).feedback.get('name:amira')?.answers.get(questionId)?.comment).toBe('Good');
  });

  it('flush writes everything pending without waiting for the pause', async () => {
    const store = persistentStore();
    const session = sessionWith(store);
    await session.open();
    session.setOverallComment('name:amira', 'Keep going.');
    await session.flush();
    expect(session.statusOf(overallFieldKey('name:amira'))?.state).toBe('saved');
    expect((await store.load(lessonId)).feedback.get('name:amira')?.overallComment).toBe('Keep going.');
  });

  it('says "kept in this tab only" when the store is in memory', async () => {
    const session = sessionWith(memoryReviewStore(), 'IndexedDB is unavailable');
    await session.open();
    expect(session.getSnapshot()).toMatchObject({ persistent: false, storageProblem: 'IndexedDB is unavailable' });
    session.setOverallComment('name:amira', 'Keep going.');
    await session.flush();
    expect(session.statusOf(overallFieldKey('name:amira'))).toMatchObject({ state: 'saved', memoryOnly: true });
  });

  it('keeps the text and reports a refused write, then saves it on the next flush', async () => {
    const store = persistentStore();
    const saveOverallComment = vi.spyOn(store, 'saveOverallComment').mockRejectedValueOnce(new Error('quota'));
    const session = sessionWith(store);
    await session.open();
    session.setOverallComment('name:amira', 'Keep going.');
    await session.flush();
    expect(session.statusOf(overallFieldKey('name:amira'))).toEqual({ state: 'failed', reason: 'error' });
    expect(session.getSnapshot().feedback.get('name:amira')?.overallComment).toBe('Keep going.');
    await session.flush();
    expect(saveOverallComment).toHaveBeenCalledTimes(2);
    expect(session.statusOf(overallFieldKey('name:amira'))?.state).toBe('saved');
  });

  it('queues imports, each merging into the class the previous one left, and saves the students', async () => {
    const store = persistentStore();
    const session = sessionWith(store);
    await session.open();
    const [a, b] = sampleClass(sampleLesson, 2);
    const first = session.importFiles([jsonSource('a.json', a)]);
    const second = session.importFiles([jsonSource('b.json', b)]);
    await Promise.all([first, second]);
    const snapshot = session.getSnapshot();
    expect(snapshot.sheets).toHaveLength(2);
    expect(snapshot.importing).toBeNull();
    expect(snapshot.lastImport?.fileCount).toBe(1);
    expect((await store.load(lessonId)).students).toHaveLength(2);
  });

  it('reports an import it could not save, with the class still shown', async () => {
    const store = persistentStore();
    vi.spyOn(store, 'saveStudents').mockRejectedValueOnce(new Error('quota'));
    const session = sessionWith(store);
    await session.open();
    await session.importFiles([jsonSource('a.json', sampleClass(sampleLesson, 1)[0]!)]);
    expect(session.getSnapshot()).toMatchObject({ importSaveError: NOT_SAVED });
    expect(session.getSnapshot().sheets).toHaveLength(1);
  });

  it('clearing forgets pending feedback and removes the lesson from the store', async () => {
    const store = persistentStore();
    const session = sessionWith(store);
    await session.open();
    await session.importFiles([jsonSource('a.json', sampleClass(sampleLesson, 1)[0]!)]);
    session.setOverallComment('name:amira', 'Never saved');
    await session.clearAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.getSnapshot()).toMatchObject({ sheets: [], lastImport: null });
    expect(await store.load(lessonId)).toMatchObject({ students: [], unreadable: 0 });
    expect((await store.load(lessonId)).feedback.size).toBe(0);
  });
});

describe('ReviewSession, when a form reports the same values again', () => {
  it('keeps and saves only real changes', async () => {
    const store = persistentStore();
    const saveOverallComment = vi.spyOn(store, 'saveOverallComment');
    const session = sessionWith(store);
    await session.open();
    const listener = vi.fn();
    session.subscribe(listener);
    session.setOverallComment('name:amira', 'Keep going.');
    await session.flush();
    listener.mockClear();
    session.setOverallComment('name:amira', 'Keep going.');
    session.setAnswerFeedback('name:amira', questionId, { levelId: null, comment: '' });
    session.setAnswerFeedback('name:amira', questionId, { levelId: null, comment: '' });
    await session.flush();
    expect(saveOverallComment).toHaveBeenCalledTimes(1);
    expect(session.statusOf(overallFieldKey('name:amira'))?.state).toBe('saved');
    expect(session.statusOf(answerFieldKey('name:amira', questionId))?.state).toBe('saved');
  });
});
