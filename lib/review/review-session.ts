/**
 * The review's state, in memory and in storage: the class (from saved data, then imports), the
 * teacher's feedback, the save status of each feedback field, and the actions that change them.
 * Framework-free, shaped like the study's AnswerSession: `subscribe`/`getSnapshot` for
 * `useSyncExternalStore`, `flush` for page exit, `dispose`.
 *
 * Policy: feedback is in memory at once, and in the synchronous journal (lib/storage/review-journal.ts)
 * at once, so a reload or a closed tab right after typing loses nothing: the next load replays the
 * journal into IndexedDB. The shared autosave engine writes each field shortly after typing stops;
 * `flush()` writes everything pending (on pagehide, on visibilitychange to hidden, on unmount).
 * Each write merges inside one IndexedDB transaction (newer export, later edit per field), then
 * other review tabs are told and reload. A field says "saved" only after its write succeeded, and
 * "kept in this tab only" when IndexedDB is unavailable and the store is in memory. A failed load
 * or a database upgraded by another tab asks for a reload rather than showing an empty class.
 * Imports run one after another, each merging into the class the previous one left, so files
 * dropped while an import is running are queued rather than lost.
 */
import { createAutosaver, type Autosaver, type WriteOutcome } from '@/lib/autosave/autosaver';
import type { SaveStatus } from '@/lib/autosave/save-status';
import { openReviewStore, type OpenedStore, type ReviewStore } from '@/lib/storage/review-store';
import { NOT_SAVED } from './not-saved';
import { announceReviewChange, onReviewChangedElsewhere } from '@/lib/storage/review-channel';
import { clearJournal, forgetEdit, journalEdit, readJournal } from '@/lib/storage/review-journal';
import type { SavedReview } from '@/lib/storage/review-records';
import type { FeedbackEdit } from '@/lib/schemas/review-journal';
import { answerEdit, applyEdit, EMPTY_FEEDBACK, feedbackFor, withEdit, type TeacherEdit } from './feedback';
import { withAcceptedSuggestion } from './score-origin';
import { pendingSuggestions, questionSuggestions, type Suggestion } from './suggested-score';
import type { ClassFeedback, FeedbackValue } from '@/lib/schemas/review';
import { importSources } from './import-files';
import type { ImportResult, ImportSource } from '@/lib/exchange/import-types';
import type { StudentRecord } from '@/lib/schemas/review';
import type { LessonIndex } from './lesson-index';
import { buildSheet, type StudentSheet } from './student-sheet';
import { labelSheets } from './student-labels';

export type LastImport = { results: ImportResult[]; fileCount: number };

export type ReviewSnapshot = {
  ready: boolean;
  /** False when the browser cannot store the review: "saved" then only means "kept in this tab". */
  persistent: boolean;
  sheets: StudentSheet[];
  feedback: ClassFeedback;
  storageProblem: string | null;
  /** Saved records that failed validation and were left untouched. */
  unreadable: number;
  /** How many files are being imported, or null. */
  importing: number | null;
  lastImport: LastImport | null;
  importSaveError: string | null;
  /** The saved review cannot be used as it is in this tab: shown with a reload button, not an empty class. */
  reloadNeeded: string | null;
};

type Options = {
  openStore?: (onClosed: () => void) => Promise<OpenedStore>;
  debounceMs?: number;
  now?: () => Date;
};

export const answerFieldKey = (studentKey: string, questionId: string) =>
  JSON.stringify(['answer', studentKey, questionId]);
export const overallFieldKey = (studentKey: string) => JSON.stringify(['overall', studentKey]);

export { NOT_SAVED };

export const LOAD_FAILED =
  'The saved review could not be opened. Nothing has been changed or lost: reload the page to try again.';
export const UPGRADED_ELSEWHERE =
  'The review was opened in a newer version of this app in another tab, so this tab has stopped saving. Reload the page to continue; your unsaved feedback is kept and saved after the reload.';

export class ReviewSession {
  private snapshot: ReviewSnapshot = {
    ready: false,
    persistent: true,
    sheets: [],
    feedback: new Map(),
    storageProblem: null,
    unreadable: 0,
    importing: null,
    lastImport: null,
    importSaveError: null,
    reloadNeeded: null,
  };
  private listeners = new Set<() => void>();
  private statuses = new Map<string, SaveStatus>();
  // The class as of the last load, import or clear; imports merge into it.
  private roster: ReadonlyMap<string, StudentRecord> = new Map();
  private opening: Promise<ReviewStore> | null = null;
  private importQueue: Promise<void> = Promise.resolve();
  // Edits not yet confirmed written, by field key; mirrored in the journal.
  private unsaved = new Map<string, FeedbackEdit>();
  private stopListening: () => void = () => {};
  private readonly saver: Autosaver<FeedbackEdit>;
  private readonly openStore: (onClosed: () => void) => Promise<OpenedStore>;
  private readonly now: () => Date;

  constructor(
    private readonly index: LessonIndex,
    options: Options = {},
  ) {
    this.openStore = options.openStore ?? openReviewStore;
    this.now = options.now ?? (() => new Date());
    this.saver = createAutosaver({
      write: (key, edit) => this.write(key, edit),
      onStatus: (key, status) => {
        this.statuses.set(key, status);
        this.emit();
      },
      delayMs: options.debounceMs,
      now: this.now,
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ReviewSnapshot => this.snapshot;

  /** The save status of one feedback field (see answerFieldKey, overallFieldKey); undefined before its first change. */
  statusOf = (fieldKey: string): SaveStatus | undefined => this.statuses.get(fieldKey);

  /** True while some feedback is not yet confirmed written (leaving the page should ask). */
  hasUnsaved = (): boolean => this.unsaved.size > 0;

  /** Opens the store, loads the saved review and replays the journal; safe to call more than once. */
  open(): Promise<ReviewStore> {
    this.opening ??= (async () => {
      const opened = await this.openStore(() => this.update({ reloadNeeded: UPGRADED_ELSEWHERE }));
      const saved = await this.loadFrom(opened.store);
      for (const [fieldKey, edit] of Object.entries(readJournal(this.lessonId))) {
        this.unsaved.set(fieldKey, edit);
        this.saver.schedule(fieldKey, edit);
      }
      this.show(saved, { ready: true, persistent: opened.store.persistent, storageProblem: opened.problem });
      this.stopListening = onReviewChangedElsewhere(this.lessonId, () => void this.refresh(opened.store));
      void this.saver.flush();
      return opened.store;
    })();
    return this.opening;
  }

  importFiles(sources: readonly ImportSource[]): Promise<void> {
    if (!this.snapshot.ready || sources.length === 0) return this.importQueue;
    this.importQueue = this.importQueue.then(async () => {
      const store = await this.open();
      this.update({ importing: sources.length });
      try {
        const outcome = await importSources(this.index, this.roster, sources, this.now());
        this.roster = outcome.roster;
        this.update({
          sheets: this.sheetsOf(outcome.roster),
          lastImport: { results: outcome.results, fileCount: sources.length },
          importSaveError: null,
        });
        const saved = await store.saveStudents(this.lessonId, outcome.changed).then(
          () => true,
          () => false,
        );
        if (!saved) this.update({ importSaveError: NOT_SAVED });
        else if (outcome.changed.length > 0) {
          announceReviewChange(this.lessonId);
          // The store keeps the later export even when this tab's copy was stale: show what it kept.
          await this.refresh(store);
        }
      } finally {
        this.update({ importing: null });
      }
    });
    return this.importQueue;
  }

  // A form may report the same values again when it re-renders; only a real change is kept and saved.
  setAnswerFeedback = (studentKey: string, questionId: string, edit: TeacherEdit): void => {
    const current = this.snapshot.feedback.get(studentKey)?.answers.get(questionId);
    if (current?.levelId === edit.levelId && current.comment === edit.comment) return;
    this.setValues(questionId, [[studentKey, applyEdit(current ?? EMPTY_FEEDBACK, edit)]]);
  };

  /** Keyboard scoring: the teacher gives a level (by rank, see levelsByRank) and keeps the comment. */
  scoreAnswer = (studentKey: string, questionId: string, levelId: string | null): void => {
    const current = feedbackFor(this.snapshot.feedback, studentKey, questionId);
    this.setAnswerFeedback(studentKey, questionId, { levelId, comment: current.comment });
  };

  /** Accepts the key's suggestion for one answer; an answer the teacher scored is left as it is. */
  acceptSuggestion = (studentKey: string, questionId: string): void => {
    this.acceptFor(questionId, (key) => key === studentKey);
  };

  /** "Accept all N suggestions for this question": one action, scores already given stay. */
  acceptSuggestions = (questionId: string, studentKeys?: readonly string[]): number => {
    const only = studentKeys && new Set(studentKeys);
    return this.acceptFor(questionId, (key) => !only || only.has(key));
  };

  /** The suggestions still waiting on a question (unscored answers with one), by student key. */
  pendingSuggestions = (questionId: string): { studentKey: string; suggestion: Suggestion }[] => {
    const located = this.index.questionById.get(questionId);
    if (!located) return [];
    const suggestions = questionSuggestions(this.index, located, this.snapshot.sheets);
    return pendingSuggestions(
      suggestions,
      (key) => feedbackFor(this.snapshot.feedback, key, questionId).levelId !== null,
    );
  };

  /**
   * A score or comment given to a group of identical answers: applied to each student, who can
   * still be changed alone. Only what the group's form changed is applied (`levelId` or `comment`).
   */
  setGroupFeedback = (studentKeys: readonly string[], questionId: string, edit: Partial<TeacherEdit>): void => {
    const values = studentKeys.flatMap((key): [string, FeedbackValue][] => {
      const current = feedbackFor(this.snapshot.feedback, key, questionId);
      const next = applyEdit(current, { levelId: current.levelId, comment: current.comment, ...edit });
      return next.levelId === current.levelId && next.comment === current.comment ? [] : [[key, next]];
    });
    this.setValues(questionId, values);
  };

  setOverallComment = (studentKey: string, comment: string): void => {
    if ((this.snapshot.feedback.get(studentKey)?.overallComment ?? '') === comment) return;
    const at = this.now().toISOString();
    this.record([[overallFieldKey(studentKey), { kind: 'overall', studentKey, comment, at }]]);
  };

  /** "Clear the review": forgets pending feedback and removes this lesson's class and feedback. */
  async clearAll(): Promise<void> {
    this.saver.discard();
    this.unsaved.clear();
    clearJournal(this.lessonId);
    const store = await this.open();
    await store.clear(this.lessonId);
    announceReviewChange(this.lessonId);
    this.roster = new Map();
    this.update({ sheets: [], feedback: new Map(), lastImport: null, unreadable: 0 });
  }

  /** Writes all pending feedback now. */
  flush = (): Promise<void> => this.saver.flush();

  dispose(): void {
    void this.flush();
    this.stopListening();
    this.listeners.clear();
  }

  private get lessonId(): string {
    return this.index.lesson.id;
  }

  /** Shows edits (one snapshot update) and puts each in the journal at once; the engine writes them shortly. */
  private record(edits: readonly [string, FeedbackEdit][]): void {
    let feedback = this.snapshot.feedback;
    for (const [fieldKey, edit] of edits) {
      this.unsaved.set(fieldKey, edit);
      journalEdit(this.lessonId, fieldKey, edit);
      feedback = withEdit(feedback, edit);
    }
    this.update({ feedback });
    for (const [fieldKey, edit] of edits) this.saver.schedule(fieldKey, edit);
  }

  private async write(fieldKey: string, edit: FeedbackEdit): Promise<WriteOutcome> {
    const store = await this.open();
    if (this.snapshot.reloadNeeded) return { ok: false, reason: 'blocked' };
    await (edit.kind === 'answer'
      ? store.saveFeedback(this.lessonId, edit.studentKey, edit.questionId, edit, edit.at)
      : store.saveOverallComment(this.lessonId, edit.studentKey, edit.comment, edit.at));
    if (this.unsaved.get(fieldKey) === edit) this.unsaved.delete(fieldKey);
    forgetEdit(this.lessonId, fieldKey, edit);
    announceReviewChange(this.lessonId);
    return { ok: true, memoryOnly: !store.persistent };
  }

  /** Loads the stored review; a failure asks for a reload instead of showing an empty class. */
  private async loadFrom(store: ReviewStore): Promise<SavedReview> {
    try {
      return await store.load(this.lessonId);
    } catch (error) {
      this.update({ reloadNeeded: LOAD_FAILED });
      throw error;
    }
  }

  /** Another tab changed the stored review (or this tab's import was merged there): show what is stored. */
  private async refresh(store: ReviewStore): Promise<void> {
    const saved = await store.load(this.lessonId).catch(() => null);
    if (saved) this.show(saved, {});
  }

  /** The stored review, with this tab's edits not yet written on top. */
  private show(saved: SavedReview, patch: Partial<ReviewSnapshot>): void {
    this.roster = new Map(saved.students.map((s) => [s.key, s]));
    let feedback = saved.feedback;
    for (const edit of this.unsaved.values()) feedback = withEdit(feedback, edit);
    this.update({ ...patch, sheets: this.sheetsOf(this.roster), feedback, unreadable: saved.unreadable });
  }

  private acceptFor(questionId: string, include: (studentKey: string) => boolean): number {
    const accepted = this.pendingSuggestions(questionId)
      .filter(({ studentKey }) => include(studentKey))
      .map(({ studentKey, suggestion }): [string, FeedbackValue] => [
        studentKey,
        withAcceptedSuggestion(feedbackFor(this.snapshot.feedback, studentKey, questionId), suggestion.level.id),
      ]);
    this.setValues(questionId, accepted);
    return accepted.length;
  }

  /** One snapshot update for any number of answers (a group, "Accept all"), each saved on its own key. */
  private setValues(questionId: string, values: readonly [string, FeedbackValue][]): void {
    if (values.length === 0) return;
    const at = this.now().toISOString();
    const edits = values.map(([studentKey, value]): [string, FeedbackEdit] => {
      const fieldKey = answerFieldKey(studentKey, questionId);
      const current = feedbackFor(this.snapshot.feedback, studentKey, questionId);
      return [fieldKey, answerEdit(current, value, { studentKey, questionId, at }, this.unsaved.get(fieldKey))];
    });
    this.record(edits);
  }

  private sheetsOf(roster: ReadonlyMap<string, StudentRecord>): StudentSheet[] {
    return labelSheets([...roster.values()].map((record) => buildSheet(this.index, record)));
  }

  private update(patch: Partial<ReviewSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
