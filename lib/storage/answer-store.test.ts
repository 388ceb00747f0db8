import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptySavedAnswers, type SavedAnswers } from '@/lib/schemas/saved-answers';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { loadAnswers, mergeSavedAnswers, newerAnswer, parseStoredAnswers, saveAnswers } from './answer-store';
import { STORAGE_KEYS } from './keys';

const T0 = '2026-11-01T10:00:00.000Z';
const T1 = '2026-11-01T10:05:00.000Z';
const T2 = '2026-11-01T10:10:00.000Z';
const key = STORAGE_KEYS.answers('demo-lesson');

function saved(patch: Partial<SavedAnswers> = {}): SavedAnswers {
  return { ...emptySavedAnswers('demo-lesson', 1, T0), ...patch };
}
const text = (t: string, at: string) => ({ kind: 'text' as const, text: t, updatedAt: at });

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('window', fakeWindow(storage));
});
afterEach(() => vi.unstubAllGlobals());

const HOUR_AHEAD = '2026-11-01T11:00:00.000Z';

describe('newerAnswer', () => {
  it('keeps the higher edit count even when its clock was an hour behind', () => {
    const read = { ...text('typed with the clock an hour ahead', HOUR_AHEAD), rev: 1 };
    const edit = { ...text('typed after the clock was corrected', T1), rev: 2 };
    expect(newerAnswer(read, edit)).toEqual(edit);
    expect(newerAnswer(edit, read)).toEqual(edit);
  });

  it('decides by time only between edits of the same version, and a tie keeps the edit being written', () => {
    const tabA = { ...text('tab A', T1), rev: 3 };
    const tabB = { ...text('tab B', T2), rev: 3 };
    expect(newerAnswer(tabA, tabB)).toEqual(tabB);
    expect(newerAnswer(tabB, tabA)).toEqual(tabB);
    const same = { ...text('other tab, same moment', T1), rev: 3 };
    expect(newerAnswer(same, tabA)).toEqual(tabA);
  });

  it('counts answers saved before edit counts existed as 0', () => {
    const old = text('saved by an older version', HOUR_AHEAD);
    const edit = { ...text('first counted edit', T1), rev: 1 };
    expect(newerAnswer(old, edit)).toEqual(edit);
  });
});

describe('saveAnswers with a clock moved back an hour', () => {
  it('writes the new text over the text stamped an hour ahead', () => {
    const ahead = saved({ answers: { a: { ...text('old', HOUR_AHEAD), rev: 1 } } });
    expect(saveAnswers(ahead, new Date(HOUR_AHEAD)).ok).toBe(true);
    const corrected = saved({ answers: { a: { ...text('new', T1), rev: 2 } } });
    const result = saveAnswers(corrected, new Date(T1));
    expect(result.ok && result.data.answers.a).toMatchObject({ text: 'new', rev: 2 });
    expect(JSON.parse(storage.getItem(key)!).answers.a).toMatchObject({ text: 'new', rev: 2 });
  });
});

describe('mergeSavedAnswers', () => {
  it('keeps the newer answer per question and every answer from both sides', () => {
    const stored = saved({ revision: 4, answers: { a: text('stored newer', T2), b: text('only stored', T1) } });
    const local = saved({ revision: 3, answers: { a: text('local older', T1), c: text('only local', T1) } });
    const merged = mergeSavedAnswers(stored, local);
    expect(merged.answers).toEqual({
      a: text('stored newer', T2),
      b: text('only stored', T1),
      c: text('only local', T1),
    });
    expect(merged.revision).toBe(4);
  });

  it('keeps a name once given and the newer teacher feedback', () => {
    const feedback = (at: string) => ({
      type: 'media-literacy-lesson/feedback' as const,
      version: 1 as const,
      lesson: { id: 'demo-lesson', version: 1, title: 'Demo' },
      student: { name: 'Amira' },
      createdAt: at,
      overallComment: at,
      feedback: [],
    });
    const merged = mergeSavedAnswers(
      saved({ studentName: 'Amira', feedback: feedback(T2) }),
      saved({ feedback: feedback(T1) }),
    );
    expect(merged.studentName).toBe('Amira');
    expect(merged.feedback?.createdAt).toBe(T2);
  });
});

describe('saveAnswers', () => {
  it('writes, bumps the revision and reads back the same data', () => {
    const result = saveAnswers(saved({ answers: { a: text('hello', T1) } }), new Date(T2));
    expect(result.ok && result.data.revision).toBe(1);
    const loaded = loadAnswers('demo-lesson', 1);
    expect(loaded.status === 'loaded' && loaded.data.answers.a).toEqual(text('hello', T1));
  });

  it('never overwrites a newer answer written by another tab', () => {
    storage.setItem(key, JSON.stringify(saved({ revision: 7, answers: { a: text('other tab, newer', T2) } })));
    const result = saveAnswers(
      saved({ revision: 2, answers: { a: text('this tab, older', T1), b: text('new here', T1) } }),
      new Date(T2),
    );
    expect(result.ok && result.data.revision).toBe(8);
    const loaded = loadAnswers('demo-lesson', 1);
    expect(loaded.status === 'loaded' && loaded.data.answers).toEqual({
      a: text('other tab, newer', T2),
      b: text('new here', T1),
    });
  });

  it('does not parse its own last write again, yet merges or refuses whatever replaced it', () => {
    saveAnswers(saved({ answers: { a: text('mine', T1) } }), new Date(T1));
    const parse = vi.spyOn(JSON, 'parse');
    saveAnswers(saved({ answers: { a: { ...text('mine, longer', T1), rev: 1 } } }), new Date(T1));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();

    storage.setItem(key, JSON.stringify(saved({ revision: 9, answers: { b: text('other tab', T2) } })));
    const merged = saveAnswers(saved({ answers: { a: { ...text('mine, again', T2), rev: 2 } } }), new Date(T2));
    expect(merged.ok && Object.keys(merged.data.answers).sort()).toEqual(['a', 'b']);

    storage.setItem(key, JSON.stringify({ version: 99 }));
    expect(saveAnswers(saved({ answers: { a: { ...text('mine, last', T2), rev: 3 } } }), new Date(T2))).toEqual({
      ok: false,
      reason: 'blocked',
    });
  });

  it('refuses to overwrite stored data it cannot read, and leaves it as it was', () => {
    storage.setItem(key, '{"version": 2, "broken":');
    expect(saveAnswers(saved({ answers: { a: text('x', T1) } }), new Date(T2))).toEqual({
      ok: false,
      reason: 'blocked',
    });
    expect(storage.getItem(key)).toBe('{"version": 2, "broken":');
  });

  it('refuses to overwrite data from a newer version of the app', () => {
    const future = JSON.stringify({ version: 99, whatever: true });
    storage.setItem(key, future);
    expect(saveAnswers(saved(), new Date(T2))).toEqual({ ok: false, reason: 'blocked' });
    expect(storage.getItem(key)).toBe(future);
  });

  it('reports a full storage as quota, keeping the previous save', () => {
    saveAnswers(saved({ answers: { a: text('first', T1) } }), new Date(T1));
    const before = storage.getItem(key);
    storage.quota = (before ?? '').length + key.length + 10;
    expect(saveAnswers(saved({ answers: { a: text('x'.repeat(500), T2) } }), new Date(T2))).toEqual({
      ok: false,
      reason: 'quota',
    });
    expect(storage.getItem(key)).toBe(before);
  });

  it('reports disabled storage as unavailable', () => {
    storage.disabled = true;
    expect(saveAnswers(saved(), new Date(T2))).toEqual({ ok: false, reason: 'unavailable' });
    expect(loadAnswers('demo-lesson', 1)).toEqual({ status: 'unavailable', reason: 'unavailable' });
  });
});

describe('parseStoredAnswers', () => {
  it('tells empty, unreadable and too-new apart', () => {
    expect(parseStoredAnswers(null, 1)).toEqual({ status: 'empty' });
    expect(parseStoredAnswers('not json', 1)).toMatchObject({ status: 'invalid', raw: 'not json' });
    expect(parseStoredAnswers('{"version":4}', 1)).toMatchObject({ status: 'too-new', version: 4 });
  });
});
