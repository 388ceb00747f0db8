/**
 * The editor's draft (/author), in memory and in storage. Framework-free so it can be unit-tested;
 * the React side is components/author/useDraftSession.ts.
 *
 * Policy: every change is in memory at once and written by the shared autosave engine after
 * `debounceMs` without further changes; `flush()` writes at once and synchronously (called on
 * pagehide, on visibilitychange to hidden, and on unmount). The status says "saved" only after a
 * write succeeded. When storage is off or full the draft stays in memory, the status says so, and
 * the next change or flush tries again. A saved draft found on load is offered to resume, never
 * opened or replaced without the teacher's choice. A saved draft that cannot be read is set aside
 * under its own key and reported; if it cannot be set aside, nothing is written over it.
 */
import { createAutosaver, type Autosaver, type WriteOutcome } from '@/lib/autosave/autosaver';
import type { SaveStatus } from '@/lib/autosave/save-status';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import { loadDraft, removeDraft, saveDraft, setAsideDamagedDraft } from '@/lib/storage/draft-store';
import { newDraft } from './new-draft';

/** The id a new lesson starts with; the teacher changes it in the first step. */
export const NEW_LESSON_ID = 'my-lesson';
export const FIRST_STEP = 'text';

/** A saved draft that could not be read: what was wrong, and whether it is safe in its own key. */
export type DamagedDraft = { detail: string; raw: string; keptAside: boolean };

/** A draft found in storage on load, offered to resume. */
export type Resumable = { savedAt: string; title: string; step: string };

export type DraftSnapshot = {
  draft: LessonDraft;
  step: string;
  status: SaveStatus;
  /** Set until the teacher resumes the saved draft or starts a new one. */
  resumable: Resumable | null;
  damaged: DamagedDraft | null;
};

type Options = { debounceMs?: number; now?: () => Date };

/** The engine's key for the page's one saved thing. */
const DRAFT = 'draft';

export const emptyDraft = (): LessonDraft => newDraft(NEW_LESSON_ID, '');

export class DraftSession {
  private snapshot: DraftSnapshot;
  private listeners = new Set<() => void>();
  private readonly saver: Autosaver<LessonDraft>;
  private readonly now: () => Date;

  constructor(options: Options = {}) {
    this.now = options.now ?? (() => new Date());
    this.saver = createAutosaver({
      write: (_key, draft) => this.write(draft),
      onStatus: (_key, status) => this.update({ status }),
      delayMs: options.debounceMs ?? 400,
      now: this.now,
    });
    this.snapshot = this.fromStorage();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftSnapshot => this.snapshot;

  /** The page has one saved thing, so every key has the same status. */
  statusOf = (): SaveStatus => this.snapshot.status;

  /** Replaces the draft with the next version of it (steps build it from the current one). */
  setDraft = (draft: LessonDraft): void => {
    this.snapshot = { ...this.snapshot, draft, resumable: null };
    this.emit();
    this.saver.schedule(DRAFT, draft);
  };

  /** Moves to another step; remembered with the draft so "Resume" comes back to it. */
  setStep = (step: string): void => {
    this.update({ step });
    if (this.snapshot.resumable === null) this.saver.schedule(DRAFT, this.snapshot.draft);
  };

  /** Opens the draft found in storage, at the step it was saved on. */
  resume = (): void => {
    const { resumable } = this.snapshot;
    if (resumable) this.update({ resumable: null, step: resumable.step });
  };

  /**
   * "Start a new draft" (the teacher was asked first, and offered a download of a damaged draft
   * that could not be set aside): the saved draft is removed.
   */
  startNew = (): boolean => {
    this.saver.discard();
    const removed = removeDraft();
    this.snapshot = {
      draft: emptyDraft(),
      step: FIRST_STEP,
      status: removed.ok ? { state: 'idle' } : { state: 'failed', reason: removed.reason },
      resumable: null,
      damaged: null,
    };
    this.emit();
    return removed.ok;
  };

  /** The teacher has read the message about a damaged draft (it stays aside in storage). */
  dismissDamaged = (): void => {
    if (this.snapshot.damaged?.keptAside) this.update({ damaged: null });
  };

  /** Writes pending changes now. Safe to call at any time; synchronous. */
  flush = (): void => {
    void this.saver.flush();
  };

  dispose(): void {
    this.flush();
    this.listeners.clear();
  }

  private fromStorage(): DraftSnapshot {
    const fresh = { draft: emptyDraft(), step: FIRST_STEP, resumable: null, damaged: null };
    const load = loadDraft();
    switch (load.status) {
      case 'empty':
        return { ...fresh, status: { state: 'idle' } };
      case 'unavailable':
        return { ...fresh, status: { state: 'failed', reason: load.reason } };
      case 'loaded': {
        const { draft, step, savedAt } = load.stored;
        const title = draft.source.title?.trim() || draft.lesson.title;
        return { draft, step, status: { state: 'idle' }, resumable: { savedAt, title, step }, damaged: null };
      }
      case 'damaged': {
        const keptAside = setAsideDamagedDraft(load.raw, this.now()).ok;
        const damaged = { detail: load.detail, raw: load.raw, keptAside };
        return { ...fresh, status: keptAside ? { state: 'idle' } : { state: 'blocked' }, damaged };
      }
    }
  }

  /** The engine's writer. A damaged draft that could not be set aside is never written over. */
  private write(draft: LessonDraft): WriteOutcome {
    if (this.snapshot.damaged && !this.snapshot.damaged.keptAside) return { ok: false, reason: 'blocked' };
    const result = saveDraft(draft, this.snapshot.step, this.now());
    return result.ok ? { ok: true, at: result.savedAt } : result;
  }

  private update(patch: Partial<DraftSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
