import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { sampleDraft } from '@/lib/testing/sample-draft';
import { loadDraft, parseStoredDraft, removeDraft, saveDraft, setAsideDamagedDraft } from './draft-store';
import { STORAGE_KEYS } from './keys';

const NOW = new Date('2026-11-30T10:00:00.000Z');
const draft = sampleDraft();

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('window', fakeWindow(storage));
});
afterEach(() => vi.unstubAllGlobals());

describe('draft store', () => {
  it('reads back what it saved, with the step and the time', () => {
    expect(saveDraft(draft, 'analysis', NOW)).toEqual({ ok: true, savedAt: NOW.toISOString() });
    expect(loadDraft()).toEqual({
      status: 'loaded',
      stored: { version: 1, savedAt: NOW.toISOString(), step: 'analysis', draft },
    });
  });

  it('uses a key with its version in the name', () => {
    saveDraft(draft, 'text', NOW);
    expect(STORAGE_KEYS.authorDraft).toMatch(/\.v1$/);
    expect(storage.getItem(STORAGE_KEYS.authorDraft)).not.toBeNull();
  });

  it('is empty when nothing is saved, and after the draft is removed', () => {
    expect(loadDraft()).toEqual({ status: 'empty' });
    saveDraft(draft, 'text', NOW);
    removeDraft();
    expect(loadDraft()).toEqual({ status: 'empty' });
  });

  it('reports broken JSON, a newer version and a wrong shape as damaged, with the raw text', () => {
    expect(parseStoredDraft('{"version":1,')).toMatchObject({ status: 'damaged', raw: '{"version":1,' });
    const newer = JSON.stringify({ version: 2, savedAt: NOW.toISOString(), step: 'text', draft });
    expect(parseStoredDraft(newer)).toMatchObject({ status: 'damaged', detail: expect.stringMatching(/newer/) });
    const wrong = JSON.stringify({
      version: 1,
      savedAt: NOW.toISOString(),
      step: 'text',
      draft: { ...draft, id: 'Not An Id' },
    });
    expect(parseStoredDraft(wrong)).toMatchObject({ status: 'damaged', detail: expect.stringMatching(/draft\.id/) });
  });

  it('says a full storage is full, and leaves what was stored alone', () => {
    saveDraft(draft, 'text', NOW);
    const before = storage.getItem(STORAGE_KEYS.authorDraft);
    storage.quota = 10;
    expect(saveDraft({ ...draft, text: `${draft.text} more` }, 'text', NOW)).toEqual({ ok: false, reason: 'quota' });
    expect(storage.getItem(STORAGE_KEYS.authorDraft)).toBe(before);
  });

  it('says storage is unavailable when the browser refuses it', () => {
    storage.disabled = true;
    expect(loadDraft()).toEqual({ status: 'unavailable', reason: 'unavailable' });
  });

  it('sets a damaged draft aside under a key of its own', () => {
    expect(setAsideDamagedDraft('{broken', NOW)).toEqual({ ok: true });
    expect(storage.getItem(STORAGE_KEYS.authorDraftDamaged(NOW.toISOString()))).toBe('{broken');
  });
});
