/**
 * The teacher's feedback edits not yet confirmed written to the review's store. Each edit goes
 * into the synchronous journal (lib/storage/review-journal.ts) the moment it is made, so a reload
 * or a closed tab loses nothing, and to the store through the shared autosave engine shortly
 * after; it leaves the journal once the store has it. A field says "saved" only after its write
 * succeeded. The journal of an earlier page load is replayed on open.
 */
import { createAutosaver, type Autosaver, type WriteOutcome } from '@/lib/autosave/autosaver';
import type { SaveStatus } from '@/lib/autosave/save-status';
import type { ClassFeedback, FeedbackValue } from '@/lib/schemas/review';
import type { AnswerEdit, FeedbackEdit } from '@/lib/schemas/review-journal';
import { clearJournal, forgetEdit, journalEdits, readJournal } from '@/lib/storage/review-journal';
import { answerEdit, withEdit } from './feedback';
import { answerFieldKey, fieldKeyOf } from './field-keys';

type Options = {
  lessonId: string;
  /** Writes one edit to the store. */
  write: (edit: FeedbackEdit) => Promise<WriteOutcome>;
  onStatus: () => void;
  delayMs?: number;
  now: () => Date;
};

export class PendingFeedback {
  private edits = new Map<string, FeedbackEdit>();
  private statuses = new Map<string, SaveStatus>();
  private readonly saver: Autosaver<FeedbackEdit>;

  constructor(private readonly options: Options) {
    this.saver = createAutosaver({
      write: (fieldKey, edit) => this.write(fieldKey, edit),
      onStatus: (fieldKey, status) => {
        this.statuses.set(fieldKey, status);
        options.onStatus();
      },
      delayMs: options.delayMs,
      now: options.now,
    });
  }

  statusOf = (fieldKey: string): SaveStatus | undefined => this.statuses.get(fieldKey);

  hasAny = (): boolean => this.edits.size > 0;

  /** The edit that turns an answer's `current` feedback into `value`, joined to its edit not yet written. */
  answerEdit(current: FeedbackValue, value: FeedbackValue, target: Omit<AnswerEdit, 'kind'>): AnswerEdit {
    const earlier = this.edits.get(answerFieldKey(target.studentKey, target.questionId));
    return answerEdit(current, value, target, earlier);
  }

  /** Journals the edits at once; the engine writes them to the store shortly. */
  add(edits: readonly FeedbackEdit[]): void {
    const byField = Object.fromEntries(edits.map((edit) => [fieldKeyOf(edit), edit]));
    for (const [fieldKey, edit] of Object.entries(byField)) this.edits.set(fieldKey, edit);
    journalEdits(this.options.lessonId, byField);
    for (const [fieldKey, edit] of Object.entries(byField)) this.saver.schedule(fieldKey, edit);
  }

  /** Takes up the edits an earlier page load journaled and did not see written. */
  replayJournal(): void {
    for (const [fieldKey, edit] of Object.entries(readJournal(this.options.lessonId))) {
      this.edits.set(fieldKey, edit);
      this.saver.schedule(fieldKey, edit);
    }
  }

  /** Stored feedback with these edits on top. */
  onTop(feedback: ClassFeedback): ClassFeedback {
    let result = feedback;
    for (const edit of this.edits.values()) result = withEdit(result, edit);
    return result;
  }

  flush = (): Promise<void> => this.saver.flush();

  /** Forgets every edit, written or not (the review is being cleared). */
  discard(): void {
    this.saver.discard();
    this.edits.clear();
    clearJournal(this.options.lessonId);
  }

  private async write(fieldKey: string, edit: FeedbackEdit): Promise<WriteOutcome> {
    const outcome = await this.options.write(edit);
    if (!outcome.ok) return outcome;
    if (this.edits.get(fieldKey) === edit) this.edits.delete(fieldKey);
    forgetEdit(this.options.lessonId, fieldKey, edit);
    return outcome;
  }
}
