import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { AnswerSession } from './answer-session';

const key = STORAGE_KEYS.answers('demo-lesson');
let storage: MemoryStorage;
let win: ReturnType<typeof fakeWindow>;
let clock = Date.parse('2026-11-01T10:00:00.000Z');
const now = () => new Date(clock);

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  win = fakeWindow(storage);
  vi.stubGlobal('window', win);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const session = () => new AnswerSession('demo-lesson', 1, { debounceMs: 400, now });
const stored = () => JSON.parse(storage.getItem(key) ?? 'null');

describe('AnswerSession', () => {
  it('says pending while typing and saved only after the debounced write', () => {
    const s = session();
    s.setAnswer('q1', { kind: 'text', text: 'abc' });
    expect(s.getSnapshot().status.state).toBe('pending');
    expect(storage.getItem(key)).toBeNull();
    vi.advanceTimersByTime(399);
    expect(storage.getItem(key)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(s.getSnapshot().status.state).toBe('saved');
    expect(stored().answers.q1.text).toBe('abc');
  });

  it('flush writes at once (as on pagehide) and a new session finds every character', () => {
    const s = session();
    s.setAnswer('q1', { kind: 'text', text: 'typed just before closing' });
    s.flush();
    expect(session().getSnapshot().data.answers.q1).toMatchObject({ text: 'typed just before closing' });
  });

  it('keeps working in memory and says so when storage is full', () => {
    const s = session();
    storage.quota = 10;
    s.setAnswer('q1', { kind: 'text', text: 'long answer' });
    s.flush();
    expect(s.getSnapshot().status).toEqual({ state: 'failed', reason: 'quota' });
    expect(s.getSnapshot().data.answers.q1).toMatchObject({ text: 'long answer' });
  });

  it('keeps working when storage is disabled', () => {
    storage.disabled = true;
    const s = session();
    expect(s.getSnapshot().status).toEqual({ state: 'failed', reason: 'unavailable' });
    s.setAnswer('q1', { kind: 'choice', optionIds: ['a'], checked: true });
    s.flush();
    expect(s.getSnapshot().data.answers.q1).toMatchObject({ optionIds: ['a'] });
  });

  it('blocks writes over unreadable data until the student starts fresh, keeping what they typed', () => {
    storage.setItem(key, 'garbage');
    const s = session();
    expect(s.getSnapshot().problem).toMatchObject({ kind: 'invalid', raw: 'garbage' });
    s.setAnswer('q1', { kind: 'text', text: 'new work' });
    s.flush();
    expect(storage.getItem(key)).toBe('garbage');
    expect(s.getSnapshot().status.state).toBe('blocked');
    s.startFresh();
    s.flush();
    expect(s.getSnapshot().problem).toBeNull();
    expect(stored().answers.q1.text).toBe('new work');
  });

  it("takes another tab's newer answers and keeps its own newer ones", () => {
    const a = session();
    a.watchOtherTabs();
    const b = session();
    a.setAnswer('q1', { kind: 'text', text: 'from A' });
    a.flush();
    clock += 1000;
    b.setAnswer('q2', { kind: 'text', text: 'from B' });
    b.flush();
    win.dispatchStorage(key, storage.getItem(key));
    expect(a.getSnapshot().data.answers).toMatchObject({ q1: { text: 'from A' }, q2: { text: 'from B' } });
  });

  it('clear removes saved answers, and another tab follows', () => {
    const a = session();
    a.watchOtherTabs();
    a.setAnswer('q1', { kind: 'text', text: 'x' });
    a.flush();
    const b = session();
    b.clear();
    expect(storage.getItem(key)).toBeNull();
    win.dispatchStorage(key, null);
    expect(a.getSnapshot().data.answers).toEqual({});
  });

  it('dispose flushes pending changes (navigating away)', () => {
    const s = session();
    s.setAnswer('q1', { kind: 'mark', sentenceIds: ['s-1'], checked: false });
    s.dispose();
    expect(stored().answers.q1.sentenceIds).toEqual(['s-1']);
  });
});
