/**
 * The review's state, in memory and in storage: the class (from saved data, then imports), the
 * teacher's feedback, the save status of each feedback field, and the actions that change them.
 * Framework-free, shaped like the study's AnswerSession: `subscribe`/`getSnapshot` for
 * `useSyncExternalStore`, `flush` for page exit, `dispose`.
 *
 * Policy: feedback is in memory at once and journaled at once, then written shortly
 * (lib/review/pending-feedback.ts); `flush()` writes everything pending (on pagehide, on
 * visibilitychange to hidden, on unmount). Each write merges inside one IndexedDB transaction
 * (newer export, later edit per field), then other review tabs are told and reload. "Saved" means
 * "kept in this tab only" when IndexedDB is unavailable and the store is in memory. A failed load
 * or a database upgraded by another tab asks for a reload rather than showing an empty class.
 * The scoring actions' rules are in lib/review/scoring-actions.ts.
 * Imports run one after another, each merging into the class the previous one left, so files
 * dropped while an import is running are queued rather than lost.
 */
import type { WriteOutcome } from '@/lib/autosave/autosaver';
import type { SaveStatus } from '@/lib/autosave/save-status';
import { openReviewStore, type OpenedStore, type ReviewStore } from '@/lib/storage/review-store';
import { NOT_SAVED } from './not-saved';
import { announceReviewChange, onReviewChangedElsewhere } from '@/lib/storage/review-channel';
import type { SavedReview } from '@/lib/storage/review-records';
import type { FeedbackEdit } from '@/lib/schemas/review-journal';
import { feedbackFor, withEdit } from './feedback';
import { answerFieldKey, overallFieldKey } from './field-keys';
import { PendingFeedback } from './pending-feedback';
import { ScoringActions, type AnswerValues } from './scoring-actions';
import { importSources } from './import-files';
import type { ImportSource } from '@/lib/exchange/import-types';
import type { StudentRecord } from '@/lib/schemas/review';
import type { LessonIndex } from './lesson-index';
import { buildSheet, type StudentSheet } from './student-sheet';
import { labelSheets } from './student-labels';
import { SnapshotSource } from './snapshot-source';
import {
  INITIAL_SNAPSHOT,
  LOAD_FAILED,
  UPGRADED_ELSEWHERE,
  type LastImport,
  type ReviewSnapshot,
} from './review-snapshot';

type Options = {
  openStore?: (onClosed: () => void) => Promise<OpenedStore>;
  debounceMs?: number;
  now?: () => Date;
};

export { answerFieldKey, LOAD_FAILED, NOT_SAVED, overallFieldKey, UPGRADED_ELSEWHERE };
export type { LastImport, ReviewSnapshot };

export class ReviewSession extends SnapshotSource<ReviewSnapshot> {
  // The class as of the last load, import or clear; imports merge into it.
  private roster: ReadonlyMap<string, StudentRecord> = new Map();
  private opening: Promise<ReviewStore> | null = null;
  private importQueue: Promise<void> = Promise.resolve();
  private stopListening: () => void = () => {};
  private readonly pending: PendingFeedback;
  private readonly openStore: (onClosed: () => void) => Promise<OpenedStore>;
  private readonly now: () => Date;
  private readonly scoring = new ScoringActions({
    current: () => ({ index: this.index, sheets: this.snapshot.sheets, feedback: this.snapshot.feedback }),
    apply: (questionId, values) => this.setValues(questionId, values),
  });

  // Scoring, by the rules of lib/review/scoring-actions.ts.
  setAnswerFeedback = this.scoring.setAnswerFeedback;
  scoreAnswer = this.scoring.scoreAnswer;
  acceptSuggestion = this.scoring.acceptSuggestion;
  acceptSuggestions = this.scoring.acceptSuggestions;
  pendingSuggestions = this.scoring.pendingSuggestions;
  setGroupFeedback = this.scoring.setGroupFeedback;

  constructor(
    private readonly index: LessonIndex,
    options: Options = {},
  ) {
    super(INITIAL_SNAPSHOT);
    this.openStore = options.openStore ?? openReviewStore;
    this.now = options.now ?? (() => new Date());
    this.pending = new PendingFeedback({
      lessonId: this.lessonId,
      write: (edit) => this.write(edit),
      onStatus: () => this.emit(),
      delayMs: options.debounceMs,
      now: this.now,
    });
  }

  /** The save status of one feedback field (see answerFieldKey, overallFieldKey); undefined before its first change. */
  statusOf = (fieldKey: string): SaveStatus | undefined => this.pending.statusOf(fieldKey);

  /** True while some feedback is not yet confirmed written (leaving the page should ask). */
  hasUnsaved = (): boolean => this.pending.hasAny();

  /** Opens the store, loads the saved review and replays the journal; safe to call more than once. */
  open(): Promise<ReviewStore> {
    this.opening ??= (async () => {
      const opened = await this.openStore(() => this.update({ reloadNeeded: UPGRADED_ELSEWHERE }));
      const saved = await this.loadFrom(opened.store);
      this.pending.replayJournal();
      this.show(saved, { ready: true, persistent: opened.store.persistent, storageProblem: opened.problem });
      this.stopListening = onReviewChangedElsewhere(this.lessonId, () => void this.refresh(opened.store));
      void this.pending.flush();
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

  setOverallComment = (studentKey: string, comment: string): void => {
    if ((this.snapshot.feedback.get(studentKey)?.overallComment ?? '') === comment) return;
    const at = this.now().toISOString();
    this.record([{ kind: 'overall', studentKey, comment, at }]);
  };

  /** "Clear the review": forgets pending feedback and removes this lesson's class and feedback. */
  async clearAll(): Promise<void> {
    this.pending.discard();
    const store = await this.open();
    await store.clear(this.lessonId);
    announceReviewChange(this.lessonId);
    this.roster = new Map();
    this.update({ sheets: [], feedback: new Map(), lastImport: null, unreadable: 0 });
  }

  /** Writes all pending feedback now. */
  flush = (): Promise<void> => this.pending.flush();

  dispose(): void {
    void this.flush();
    this.stopListening();
    this.unsubscribeAll();
  }

  private get lessonId(): string {
    return this.index.lesson.id;
  }

  /** Shows edits in one snapshot update; they are journaled at once and written shortly. */
  private record(edits: readonly FeedbackEdit[]): void {
    if (edits.length === 0) return;
    this.pending.add(edits);
    this.update({ feedback: edits.reduce(withEdit, this.snapshot.feedback) });
  }

  /** New values of one question's answers (one student, a group, "Accept all"), each saved on its own key. */
  private setValues(questionId: string, values: AnswerValues): void {
    const at = this.now().toISOString();
    const { feedback } = this.snapshot;
    this.record(
      values.map(([studentKey, value]) =>
        this.pending.answerEdit(feedbackFor(feedback, studentKey, questionId), value, { studentKey, questionId, at }),
      ),
    );
  }

  private async write(edit: FeedbackEdit): Promise<WriteOutcome> {
    const store = await this.open();
    if (this.snapshot.reloadNeeded) return { ok: false, reason: 'blocked' };
    await (edit.kind === 'answer'
      ? store.saveFeedback(this.lessonId, edit.studentKey, edit.questionId, edit, edit.at)
      : store.saveOverallComment(this.lessonId, edit.studentKey, edit.comment, edit.at));
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
    const feedback = this.pending.onTop(saved.feedback);
    this.update({ ...patch, sheets: this.sheetsOf(this.roster), feedback, unreadable: saved.unreadable });
  }

  private sheetsOf(roster: ReadonlyMap<string, StudentRecord>): StudentSheet[] {
    return labelSheets([...roster.values()].map((record) => buildSheet(this.index, record)));
  }
}
