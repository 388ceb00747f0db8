import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { AnswerSession } from './answer-session';

const key = STORAGE_KEYS.answers('demo-lesson');
const clearedKey = STORAGE_KEYS.answersCleared('demo-lesson');
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
    // The browser reports both of b's writes to a, in order: the marker, then the removal.
    win.dispatchStorage(clearedKey, storage.getItem(clearedKey));
    win.dispatchStorage(key, null);
    expect(a.getSnapshot().data.answers).toEqual({});
    expect(storage.getItem(key)).toBeNull();
  });

  it('localStorage.clear() by something else does not drop typing: the answers are saved again', () => {
    const a = session();
    a.watchOtherTabs();
    a.setAnswer('q1', { kind: 'text', text: 'saved' });
    a.flush();
    a.setAnswer('q2', { kind: 'text', text: 'still typing' });
    storage.clear();
    win.dispatchStorage(null, null);
    expect(a.getSnapshot().data.answers).toMatchObject({ q1: { text: 'saved' }, q2: { text: 'still typing' } });
    expect(a.getSnapshot().restoredAfterWipe).toBe(true);
    expect(a.getSnapshot().status.state).toBe('saved');
    expect(stored().answers).toMatchObject({ q1: { text: 'saved' }, q2: { text: 'still typing' } });
  });

  it('removing the answers without the clear marker is a wipe, not a clear', () => {
    const a = session();
    a.watchOtherTabs();
    a.setAnswer('q1', { kind: 'text', text: 'mine' });
    a.flush();
    storage.removeItem(key);
    win.dispatchStorage(key, null);
    expect(stored().answers.q1.text).toBe('mine');
  });

  it('a newer format written by another tab becomes a problem, and nothing is overwritten', () => {
    const a = session();
    a.watchOtherTabs();
    a.setAnswer('q1', { kind: 'text', text: 'typed here' });
    const newer = JSON.stringify({ version: 99, lessonId: 'demo-lesson' });
    storage.setItem(key, newer);
    win.dispatchStorage(key, newer);
    expect(a.getSnapshot().problem).toMatchObject({ kind: 'too-new', version: 99 });
    a.flush();
    expect(a.getSnapshot().status.state).toBe('blocked');
    expect(storage.getItem(key)).toBe(newer);
    expect(a.getSnapshot().data.answers.q1).toMatchObject({ text: 'typed here' });
  });

  it('damaged data written by another tab becomes a problem', () => {
    const a = session();
    a.watchOtherTabs();
    storage.setItem(key, '{"version":');
    win.dispatchStorage(key, '{"version":');
    expect(a.getSnapshot().problem).toMatchObject({ kind: 'invalid' });
  });

  it('an edit made after the clock went back still wins over the version it read', () => {
    const a = session();
    clock += 60 * 60 * 1000;
    a.setAnswer('q1', { kind: 'text', text: 'typed an hour ahead' });
    a.flush();
    clock -= 60 * 60 * 1000;
    const b = session();
    b.setAnswer('q1', { kind: 'text', text: 'typed after the correction' });
    b.flush();
    expect(stored().answers.q1).toMatchObject({ text: 'typed after the correction', rev: 2 });
    expect(b.getSnapshot().data.answers.q1).toMatchObject({ text: 'typed after the correction' });
    expect(b.getSnapshot().status.state).toBe('saved');
  });

  it('dispose flushes pending changes (navigating away)', () => {
    const s = session();
    s.setAnswer('q1', { kind: 'mark', sentenceIds: ['s-1'], checked: false });
    s.dispose();
    expect(stored().answers.q1.sentenceIds).toEqual(['s-1']);
  });
});
