import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackEdit } from '@/lib/schemas/review-journal';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { STORAGE_KEYS } from './keys';
import { clearJournal, forgetEdit, journalEdits, readJournal } from './review-journal';

const lessonId = 'demo-lesson';
const key = STORAGE_KEYS.reviewJournal(lessonId);
const edit = (comment: string): FeedbackEdit => ({
  kind: 'overall',
  studentKey: 'name:amira',
  comment,
  at: '2026-11-01T10:00:00.000Z',
});

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('window', fakeWindow(storage));
});
afterEach(() => vi.unstubAllGlobals());

describe('the review journal', () => {
  it('records an edit synchronously, one per field, the latest replacing the earlier', () => {
    expect(journalEdits(lessonId, { f1: edit('first') }).ok).toBe(true);
    journalEdits(lessonId, { f1: edit('second') });
    journalEdits(lessonId, { f2: edit('other field') });
    expect(readJournal(lessonId)).toEqual({ f1: edit('second'), f2: edit('other field') });
    expect(JSON.parse(storage.getItem(key)!)).toMatchObject({ version: 1 });
  });

  it('journals a batch of edits with one write, keeping the edits of other fields', () => {
    journalEdits(lessonId, { f1: edit('earlier') });
    const setItem = vi.spyOn(storage, 'setItem');
    expect(journalEdits(lessonId, { f2: edit('a'), f3: edit('b') }).ok).toBe(true);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(readJournal(lessonId)).toEqual({ f1: edit('earlier'), f2: edit('a'), f3: edit('b') });
  });

  it('forgets a written edit, but not one replaced by a later edit meanwhile', () => {
    journalEdits(lessonId, { f1: edit('being written') });
    journalEdits(lessonId, { f1: edit('typed during the write') });
    forgetEdit(lessonId, 'f1', edit('being written'));
    expect(readJournal(lessonId)).toEqual({ f1: edit('typed during the write') });
    forgetEdit(lessonId, 'f1', edit('typed during the write'));
    expect(readJournal(lessonId)).toEqual({});
    expect(storage.getItem(key)).toBeNull();
  });

  it('leaves a journal it cannot read untouched and refuses to write over it', () => {
    storage.setItem(key, '{"version":7}');
    expect(readJournal(lessonId)).toEqual({});
    expect(journalEdits(lessonId, { f1: edit('x') }).ok).toBe(false);
    expect(storage.getItem(key)).toBe('{"version":7}');
  });

  it('clears', () => {
    journalEdits(lessonId, { f1: edit('x') });
    clearJournal(lessonId);
    expect(storage.getItem(key)).toBeNull();
  });
});
