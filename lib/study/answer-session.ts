/**
 * The study page's answers, in memory and in storage. Framework-free so it can be unit-tested.
 *
 * Policy: every change is in memory at once and written by the shared autosave engine after
 * `debounceMs` without further changes; `flush()` writes immediately and synchronously (called on
 * pagehide, on visibilitychange to hidden, and on unmount). The status says "saved" only after a
 * write succeeded. When storage is unavailable or
 * full the session keeps working in memory and says so; when the stored data is too new or broken
 * it is "blocked": nothing is written until the student chooses to start fresh.
 */
import { createAutosaver, type Autosaver, type WriteOutcome } from '@/lib/autosave/autosaver';
import type { SaveStatus } from '@/lib/autosave/save-status';
import type { Answer } from '@/lib/schemas/answer';
import type { AnyFeedbackFile } from '@/lib/schemas/exchange';
import type { SavedAnswers } from '@/lib/schemas/saved-answers';
import {
  discardStoredAnswers,
  freshAnswers,
  loadAnswers,
  saveAnswers,
  watchAnswers,
  mergeSavedAnswers,
  type LoadResult,
  type OtherTabChange,
} from '@/lib/storage/answer-store';

/** Why stored answers could not be used: shown to the student with a way out. */
export type StoredProblem =
  { kind: 'too-new'; raw: string; version: number } | { kind: 'invalid'; raw: string; detail: string };

export type SessionSnapshot = {
  data: SavedAnswers;
  status: SaveStatus;
  problem: StoredProblem | null;
  migratedFrom: number | null;
  /** Set when something else emptied the browser's storage and this tab saved its answers again. */
  restoredAfterWipe: boolean;
};

type Options = {
  debounceMs?: number;
  now?: () => Date;
  /**
   * A stand-in for the static page and its hydration, before the browser's storage may be read:
   * no answers, nothing read, nothing ever written.
   */
  placeholder?: boolean;
};

/** The engine's key for this page's one saved thing. */
const ANSWERS = 'answers';

/** An answer as a question component produces it; the session stamps the time. */
export type AnswerDraft = Answer extends infer A ? (A extends Answer ? Omit<A, 'updatedAt' | 'rev'> : never) : never;

export class AnswerSession {
  private snapshot: SessionSnapshot;
  private listeners = new Set<() => void>();
  private stopWatching: () => void = () => {};
  private readonly saver: Autosaver<SavedAnswers>;
  private readonly now: () => Date;
  private readonly placeholder: boolean;

  constructor(
    private readonly lessonId: string,
    private readonly lessonVersion: number,
    options: Options = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.placeholder = options.placeholder ?? false;
    this.saver = createAutosaver({
      write: (_key, data) => this.write(data),
      // While stored data is in the way, nothing is written, whatever the engine last did.
      onStatus: (_key, status) => this.setStatus(this.snapshot.problem ? { state: 'blocked' } : status),
      delayMs: options.debounceMs ?? 400,
      now: this.now,
    });
    this.snapshot = this.fromLoad(this.placeholder ? { status: 'empty' } : loadAnswers(lessonId, lessonVersion));
  }

  /** Starts following other tabs' writes; returns the stop function. */
  watchOtherTabs(): () => void {
    this.stopWatching = watchAnswers(this.lessonId, this.lessonVersion, (change) => this.receive(change));
    return () => this.stopWatching();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** The page has one saved thing, so every key has the same status. */
  statusOf = (): SaveStatus => this.snapshot.status;

  /** Stamps the edit: the time, and one more than the edit count of the version this tab has. */
  setAnswer(questionId: string, answer: AnswerDraft): void {
    const rev = (this.snapshot.data.answers[questionId]?.rev ?? 0) + 1;
    const stamped: Answer = { ...answer, updatedAt: this.now().toISOString(), rev };
    const data = { ...this.snapshot.data, answers: { ...this.snapshot.data.answers, [questionId]: stamped } };
    this.change(data);
  }

  setStudentName(name: string): void {
    this.change({ ...this.snapshot.data, studentName: name.trim() });
    this.flush();
  }

  /** After "Export my answers": the name used and the time, which feedback is later checked against. */
  recordExport(name: string, at: Date): void {
    this.change({ ...this.snapshot.data, studentName: name.trim(), lastExportedAt: at.toISOString() });
    this.flush();
  }

  setFeedback(feedback: AnyFeedbackFile): void {
    this.change({ ...this.snapshot.data, feedback });
    this.flush();
  }

  /** Writes pending changes now. Safe to call at any time; synchronous. */
  flush = (): void => {
    void this.saver.flush();
  };

  /** "Clear my answers": removes them from memory and storage. */
  clear(): boolean {
    this.saver.discard();
    const removed = discardStoredAnswers(this.lessonId, this.now());
    this.snapshot = {
      data: freshAnswers(this.lessonId, this.lessonVersion, this.now()),
      status: removed.ok ? { state: 'idle' } : { state: 'failed', reason: removed.reason },
      problem: null,
      migratedFrom: null,
      restoredAfterWipe: false,
    };
    this.emit();
    return removed.ok;
  }

  /** After a stored-data problem: the student chose to start fresh (their old data was offered for download). */
  startFresh(): boolean {
    const keep = this.snapshot.data;
    const cleared = this.clear();
    if (Object.keys(keep.answers).length > 0)
      this.change({ ...this.snapshot.data, answers: keep.answers, studentName: keep.studentName });
    return cleared;
  }

  dispose(): void {
    this.flush();
    this.stopWatching();
    this.listeners.clear();
  }

  private fromLoad(result: LoadResult): SessionSnapshot {
    return { ...this.fromLoadResult(result), restoredAfterWipe: false };
  }

  private fromLoadResult(result: LoadResult): Omit<SessionSnapshot, 'restoredAfterWipe'> {
    const fresh = freshAnswers(this.lessonId, this.lessonVersion, this.now());
    switch (result.status) {
      case 'loaded':
        return { data: result.data, status: { state: 'idle' }, problem: null, migratedFrom: result.migratedFrom };
      case 'empty':
        return { data: fresh, status: { state: 'idle' }, problem: null, migratedFrom: null };
      case 'unavailable':
        return { data: fresh, status: { state: 'failed', reason: result.reason }, problem: null, migratedFrom: null };
      case 'too-new':
        return {
          data: fresh,
          status: { state: 'blocked' },
          problem: { kind: 'too-new', raw: result.raw, version: result.version },
          migratedFrom: null,
        };
      case 'invalid':
        return {
          data: fresh,
          status: { state: 'blocked' },
          problem: { kind: 'invalid', raw: result.raw, detail: result.detail },
          migratedFrom: null,
        };
    }
  }

  /**
   * Another tab wrote: take its newer answers, keep ours where ours are newer; data this version
   * cannot use becomes the same problem as on load. The student cleared in another tab: clear here
   * too. Something else wiped storage: what this tab holds is saved again, not dropped.
   */
  private receive(change: OtherTabChange): void {
    if (change.kind === 'cleared') {
      this.saver.discard();
      this.update({ data: freshAnswers(this.lessonId, this.lessonVersion, this.now()), status: { state: 'idle' } });
    } else if (change.kind === 'wiped') {
      if (this.snapshot.problem) return;
      this.update({ restoredAfterWipe: true });
      this.change(this.snapshot.data);
      this.flush();
    } else if (change.result.status === 'loaded') {
      const merged = mergeSavedAnswers(change.result.data, this.snapshot.data);
      this.update({ data: { ...merged, revision: change.result.data.revision }, problem: null });
    } else if (change.result.status === 'too-new' || change.result.status === 'invalid') {
      const { problem, status } = this.fromLoadResult(change.result);
      this.update({ problem, status });
    }
  }

  private change(data: SavedAnswers): void {
    this.snapshot = { ...this.snapshot, data };
    this.saver.schedule(ANSWERS, data);
  }

  /** The engine's writer: merges with what another tab stored, and keeps what was written. */
  private write(data: SavedAnswers): WriteOutcome {
    if (this.snapshot.problem || this.placeholder) return { ok: false, reason: 'blocked' };
    const result = saveAnswers(data, this.now());
    if (!result.ok) return result;
    this.snapshot = { ...this.snapshot, data: result.data };
    return { ok: true, at: result.data.updatedAt };
  }

  /**
   * Keeps the status object while its content is the same ("pending" on every keystroke), so what
   * shows the status does not re-render as the student types (listeners still hear of the new answer).
   */
  private setStatus(status: SaveStatus): void {
    const same = JSON.stringify(status) === JSON.stringify(this.snapshot.status);
    this.update({ status: same ? this.snapshot.status : status });
  }

  private update(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
