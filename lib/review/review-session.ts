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
import { NOT_SAVED } from './not-saved';
import { withAnswerFeedback, withOverallComment } from './feedback';
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
};

type FeedbackChange =
  | { kind: 'answer'; studentKey: string; questionId: string; value: FeedbackValue }
  | { kind: 'overall'; studentKey: string; comment: string };

type Options = { openStore?: () => Promise<OpenedStore>; debounceMs?: number; now?: () => Date };

export const answerFieldKey = (studentKey: string, questionId: string) =>
  JSON.stringify(['answer', studentKey, questionId]);
export const overallFieldKey = (studentKey: string) => JSON.stringify(['overall', studentKey]);

export { NOT_SAVED };

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
  setAnswerFeedback = (studentKey: string, questionId: string, value: FeedbackValue): void => {
    const current = this.snapshot.feedback.get(studentKey)?.answers.get(questionId);
    if (current?.levelId === value.levelId && current.comment === value.comment) return;
    this.update({ feedback: withAnswerFeedback(this.snapshot.feedback, studentKey, questionId, value) });
    this.saver.schedule(answerFieldKey(studentKey, questionId), { kind: 'answer', studentKey, questionId, value });
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
