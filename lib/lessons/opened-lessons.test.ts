import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { subscribeOpenedLessons } from './opened-lessons';

let win: ReturnType<typeof fakeWindow>;
beforeEach(() => {
  win = fakeWindow(new MemoryStorage());
  vi.stubGlobal('window', win);
});
afterEach(() => vi.unstubAllGlobals());

describe('watching the opened lessons', () => {
  it('keeps hearing other tabs after the first subscriber leaves, and stops when the last does', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = subscribeOpenedLessons(first);
    const stopSecond = subscribeOpenedLessons(second);
    stopFirst();
    win.dispatchStorage(STORAGE_KEYS.openedLessons, null);
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    stopSecond();
    win.dispatchStorage(STORAGE_KEYS.openedLessons, null);
    expect(second).toHaveBeenCalledTimes(1);
  });
});
