/**
 * The review's state, in memory and in storage: the class (from saved data, then imports), the
 * teacher's feedback, the save status of each feedback field, and the actions that change them.
 * Framework-free, shaped like the study's AnswerSession: `subscribe`/`getSnapshot` for
 * `useSyncExternalStore`, `flush` for page exit, `dispose`.
 *
 * Policy: feedback is in memory at once and written by the shared autosave engine shortly after
 * typing stops, one key per field; `flush()` writes everything pending (on pagehide, on
 * visibilitychange to hidden, on unmount). A field says "saved" only after its write succeeded,
 * and "kept in this tab only" when IndexedDB is unavailable and the store is in memory.
 * Imports run one after another, each merging into the class the previous one left, so files
 * dropped while an import is running are queued rather than lost.
 */
import { createAutosaver, type Autosaver, type WriteOutcome } from '@/lib/autosave/autosaver';
import type { SaveStatus } from '@/lib/autosave/save-status';
import { openReviewStore, type OpenedStore, type ReviewStore } from '@/lib/storage/review-store';
import {
  applyEdit,
  EMPTY_FEEDBACK,
  feedbackFor,
  withAnswerFeedback,
  withOverallComment,
  type FeedbackEdit,
} from './feedback';
import { withAcceptedSuggestion } from './score-origin';
import { pendingSuggestions, questionSuggestions, type Suggestion } from './suggested-score';
import type { ClassFeedback, FeedbackValue } from '@/lib/schemas/review';
import { importSources } from './import-files';
import type { ImportResult, ImportSource } from '@/lib/exchange/import-types';
import type { StudentRecord } from '@/lib/schemas/review';
import type { LessonIndex } from './lesson-index';
import { compareNames } from './names';
import { buildSheet, type StudentSheet } from './student-sheet';

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
};

type FeedbackChange =
  | { kind: 'answer'; studentKey: string; questionId: string; value: FeedbackValue }
  | { kind: 'overall'; studentKey: string; comment: string };

type Options = { openStore?: () => Promise<OpenedStore>; debounceMs?: number; now?: () => Date };

export const answerFieldKey = (studentKey: string, questionId: string) =>
  JSON.stringify(['answer', studentKey, questionId]);
export const overallFieldKey = (studentKey: string) => JSON.stringify(['overall', studentKey]);

export const NOT_SAVED =
  'Not saved: the browser refused to store it (its storage may be full). Your text is still here; export the marks to keep a copy.';

const EMPTY_SAVED = { students: [], feedback: new Map(), unreadable: 0 };

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
  };
  private listeners = new Set<() => void>();
  private statuses = new Map<string, SaveStatus>();
  // The class as of the last load, import or clear; imports merge into it.
  private roster: ReadonlyMap<string, StudentRecord> = new Map();
  private opening: Promise<ReviewStore> | null = null;
  private importQueue: Promise<void> = Promise.resolve();
  private readonly saver: Autosaver<FeedbackChange>;
  private readonly openStore: () => Promise<OpenedStore>;
  private readonly now: () => Date;

  constructor(
    private readonly index: LessonIndex,
    options: Options = {},
  ) {
    this.openStore = options.openStore ?? openReviewStore;
    this.now = options.now ?? (() => new Date());
    this.saver = createAutosaver({
      write: (_key, change) => this.write(change),
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

  /** Opens the store and loads the saved review; safe to call more than once. */
  open(): Promise<ReviewStore> {
    this.opening ??= (async () => {
      const opened = await this.openStore();
      const saved = await opened.store.load(this.index.lesson.id).catch(() => EMPTY_SAVED);
      this.roster = new Map(saved.students.map((s) => [s.key, s]));
      this.update({
        ready: true,
        persistent: opened.store.persistent,
        sheets: this.sheetsOf(this.roster),
        feedback: saved.feedback,
        unreadable: saved.unreadable,
        storageProblem: opened.problem,
      });
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
        await store
          .saveStudents(this.index.lesson.id, outcome.changed)
          .catch(() => this.update({ importSaveError: NOT_SAVED }));
      } finally {
        this.update({ importing: null });
      }
    });
    return this.importQueue;
  }

  // A form may report the same values again when it re-renders; only a real change is kept and saved.
  setAnswerFeedback = (studentKey: string, questionId: string, edit: FeedbackEdit): void => {
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
  setGroupFeedback = (studentKeys: readonly string[], questionId: string, edit: Partial<FeedbackEdit>): void => {
    const values = studentKeys.flatMap((key): [string, FeedbackValue][] => {
      const current = feedbackFor(this.snapshot.feedback, key, questionId);
      const next = applyEdit(current, { levelId: current.levelId, comment: current.comment, ...edit });
      return next.levelId === current.levelId && next.comment === current.comment ? [] : [[key, next]];
    });
    this.setValues(questionId, values);
  };

  setOverallComment = (studentKey: string, comment: string): void => {
    if ((this.snapshot.feedback.get(studentKey)?.overallComment ?? '') === comment) return;
    this.update({ feedback: withOverallComment(this.snapshot.feedback, studentKey, comment) });
    this.saver.schedule(overallFieldKey(studentKey), { kind: 'overall', studentKey, comment });
  };

  /** "Clear the review": forgets pending feedback and removes this lesson's class and feedback. */
  async clearAll(): Promise<void> {
    this.saver.discard();
    const store = await this.open();
    await store.clear(this.index.lesson.id);
    this.roster = new Map();
    this.update({ sheets: [], feedback: new Map(), lastImport: null, unreadable: 0 });
  }

  /** Writes all pending feedback now. */
  flush = (): Promise<void> => this.saver.flush();

  dispose(): void {
    void this.flush();
    this.listeners.clear();
  }

  private async write(change: FeedbackChange): Promise<WriteOutcome> {
    const store = await this.open();
    const lessonId = this.index.lesson.id;
    await (change.kind === 'answer'
      ? store.saveFeedback(lessonId, change.studentKey, change.questionId, change.value)
      : store.saveOverallComment(lessonId, change.studentKey, change.comment));
    return { ok: true, memoryOnly: !store.persistent };
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
    let feedback = this.snapshot.feedback;
    for (const [studentKey, value] of values) feedback = withAnswerFeedback(feedback, studentKey, questionId, value);
    this.update({ feedback });
    for (const [studentKey, value] of values)
      this.saver.schedule(answerFieldKey(studentKey, questionId), { kind: 'answer', studentKey, questionId, value });
  }

  private sheetsOf(roster: ReadonlyMap<string, StudentRecord>): StudentSheet[] {
    return [...roster.values()]
      .map((record) => buildSheet(this.index, record))
      .sort((a, b) => compareNames(a.name, b.name));
  }

  private update(patch: Partial<ReviewSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
