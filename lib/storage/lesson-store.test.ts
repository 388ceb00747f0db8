import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { sampleLesson } from '@/lib/testing/sample-lesson';
import { STORAGE_KEYS } from './keys';
import { loadOpenedLessons, removeOpenedLesson, saveOpenedLesson } from './lesson-store';

const T0 = new Date('2026-11-01T10:00:00.000Z');
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('window', fakeWindow(storage));
});
afterEach(() => vi.unstubAllGlobals());

describe('the opened-lesson store', () => {
  it('saves, lists, replaces by id and removes a lesson', () => {
    expect(loadOpenedLessons()).toEqual({ ok: true, lessons: [] });
    expect(saveOpenedLesson(sampleLesson, T0)).toEqual({ ok: true });
    expect(saveOpenedLesson({ ...sampleLesson, title: 'Newer copy' }, T0)).toEqual({ ok: true });
    const loaded = loadOpenedLessons();
    expect(loaded.ok && loaded.lessons.map((entry) => entry.lesson.title)).toEqual(['Newer copy']);
    expect(removeOpenedLesson(sampleLesson.id)).toEqual({ ok: true });
    expect(loadOpenedLessons()).toEqual({ ok: true, lessons: [] });
  });

  it('skips a stored lesson that fails validation, and never overwrites data it cannot read', () => {
    const stored = { version: 1, lessons: [{ openedAt: T0.toISOString(), lesson: { id: 'broken' } }] };
    storage.setItem(STORAGE_KEYS.openedLessons, JSON.stringify(stored));
    expect(loadOpenedLessons()).toEqual({ ok: true, lessons: [] });
    storage.setItem(STORAGE_KEYS.openedLessons, '{"version": 2}');
    expect(saveOpenedLesson(sampleLesson, T0)).toEqual({ ok: false, reason: 'unreadable' });
    expect(storage.getItem(STORAGE_KEYS.openedLessons)).toBe('{"version": 2}');
  });

  it('reports a full storage and keeps what was there', () => {
    storage.quota = 100;
    expect(saveOpenedLesson(sampleLesson, T0)).toEqual({ ok: false, reason: 'quota' });
    expect(storage.getItem(STORAGE_KEYS.openedLessons)).toBeNull();
  });
});
