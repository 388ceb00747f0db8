import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { DraftSession, emptyDraft } from './draft-session';
import { newDraft } from './new-draft';

const NOW = new Date('2026-11-30T10:00:00.000Z');
const REPORT = 'A court banned the app. “We will appeal,” said Ms. Okafor.';

let storage: MemoryStorage;
beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  vi.stubGlobal('window', fakeWindow(storage));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const open = () => new DraftSession({ debounceMs: 400, now: () => NOW });

describe('DraftSession', () => {
  it('starts with an empty draft on the first step when nothing is saved', () => {
    const session = open();
    expect(session.getSnapshot()).toMatchObject({ step: 'text', resumable: null, damaged: null });
    expect(session.getSnapshot().draft).toEqual(emptyDraft());
  });

  it('keeps a change in memory at once and says "saved" only after the write, after a pause', async () => {
    const session = open();
    const draft = newDraft('wire-story', REPORT);
    session.setDraft(draft);
    expect(session.getSnapshot().draft).toBe(draft);
    expect(session.statusOf()).toEqual({ state: 'pending' });
    expect(storage.getItem(STORAGE_KEYS.authorDraft)).toBeNull();
    await vi.advanceTimersByTimeAsync(400);
    expect(session.statusOf()).toEqual({ state: 'saved', at: NOW.toISOString(), memoryOnly: undefined });
    expect(storage.getItem(STORAGE_KEYS.authorDraft)).toContain('wire-story');
  });

  it('writes at once on flush (pagehide), and a reload offers the draft to resume at its step', () => {
    const session = open();
    session.setDraft(newDraft('wire-story', REPORT, { title: 'Court bans app' }));
    session.setStep('analysis');
    session.flush();
    const reloaded = open();
    expect(reloaded.getSnapshot().resumable).toEqual({
      savedAt: NOW.toISOString(),
      title: 'Court bans app',
      step: 'analysis',
    });
    reloaded.resume();
    expect(reloaded.getSnapshot()).toMatchObject({ step: 'analysis', resumable: null });
    expect(reloaded.getSnapshot().draft.text).toBe(REPORT);
  });

  it('reports a damaged draft, keeps it aside, and saves new work without losing it', () => {
    storage.setItem(STORAGE_KEYS.authorDraft, '{"version":1,"draft":');
    const session = open();
    expect(session.getSnapshot().damaged).toMatchObject({ keptAside: true, raw: '{"version":1,"draft":' });
    expect(storage.getItem(STORAGE_KEYS.authorDraftDamaged(NOW.toISOString()))).toBe('{"version":1,"draft":');
    session.setDraft(newDraft('wire-story', REPORT));
    session.flush();
    expect(session.statusOf().state).toBe('saved');
    expect(storage.getItem(STORAGE_KEYS.authorDraftDamaged(NOW.toISOString()))).toBe('{"version":1,"draft":');
  });

  it('never writes over a damaged draft it could not set aside', () => {
    storage.setItem(STORAGE_KEYS.authorDraft, 'not json');
    storage.quota = 'not json'.length + STORAGE_KEYS.authorDraft.length;
    const session = open();
    expect(session.getSnapshot().damaged).toMatchObject({ keptAside: false });
    storage.quota = Infinity;
    session.setDraft(newDraft('wire-story', REPORT));
    session.flush();
    expect(session.statusOf()).toEqual({ state: 'blocked' });
    expect(storage.getItem(STORAGE_KEYS.authorDraft)).toBe('not json');
  });

  it('keeps the draft in memory when storage is full, says so, and saves it once there is room', () => {
    const session = open();
    storage.quota = 10;
    const draft = newDraft('wire-story', REPORT);
    session.setDraft(draft);
    session.flush();
    expect(session.statusOf()).toEqual({ state: 'failed', reason: 'quota' });
    expect(session.getSnapshot().draft).toBe(draft);
    storage.quota = Infinity;
    session.flush();
    expect(session.statusOf().state).toBe('saved');
    expect(open().getSnapshot().resumable).not.toBeNull();
  });

  it('"Start a new draft" removes the saved draft and starts empty', () => {
    const session = open();
    session.setDraft(newDraft('wire-story', REPORT));
    session.setStep('sections');
    session.flush();
    session.startNew();
    expect(session.getSnapshot()).toMatchObject({ step: 'text', resumable: null });
    expect(session.getSnapshot().draft).toEqual(emptyDraft());
    expect(storage.getItem(STORAGE_KEYS.authorDraft)).toBeNull();
  });
});
