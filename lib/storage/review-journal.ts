/**
 * The review's journal of unsaved feedback edits, in localStorage under
 * STORAGE_KEYS.reviewJournal(lessonId).
 *
 * Why: the review's store is IndexedDB, whose writes are asynchronous; one started as the tab
 * closes or reloads may never commit. localStorage writes are synchronous, so each edit is put
 * here the moment it is made, removed once IndexedDB has confirmed it, and replayed into
 * IndexedDB by the next load of the review. A journal that cannot be read is left untouched.
 */
import { ReviewJournalSchema, REVIEW_JOURNAL_VERSION, type FeedbackEdit } from '@/lib/schemas/review-journal';
import { readItem, removeItem, writeItem, type WriteResult } from './browser-storage';
import { STORAGE_KEYS } from './keys';

type Edits = Record<string, FeedbackEdit>;

function read(lessonId: string): Edits | null {
  const raw = readItem(STORAGE_KEYS.reviewJournal(lessonId));
  if (!raw.ok) return null;
  if (raw.value === null) return {};
  try {
    const parsed = ReviewJournalSchema.safeParse(JSON.parse(raw.value));
    return parsed.success ? parsed.data.edits : null;
  } catch {
    return null;
  }
}

function write(lessonId: string, edits: Edits): WriteResult {
  const key = STORAGE_KEYS.reviewJournal(lessonId);
  if (Object.keys(edits).length === 0) return removeItem(key);
  return writeItem(key, JSON.stringify({ version: REVIEW_JOURNAL_VERSION, edits }));
}

/** The edits not yet confirmed written, by field key (empty when there are none or they cannot be read). */
export function readJournal(lessonId: string): Edits {
  return read(lessonId) ?? {};
}

/**
 * Records edits at once (synchronously), by field key; each replaces the earlier unsaved edit of its
 * field. One read and one write for the lot: "Accept all" on a large class journals hundreds at once.
 */
export function journalEdits(lessonId: string, added: Edits): WriteResult {
  const edits = read(lessonId);
  if (edits === null) return { ok: false, reason: 'error' };
  return write(lessonId, { ...edits, ...added });
}

/** Forgets a field's edit once written, unless a later edit of that field has replaced it meanwhile. */
export function forgetEdit(lessonId: string, fieldKey: string, written: FeedbackEdit): void {
  const edits = read(lessonId);
  const current = edits?.[fieldKey];
  if (!edits || !current || JSON.stringify(current) !== JSON.stringify(written)) return;
  delete edits[fieldKey];
  write(lessonId, edits);
}

export function clearJournal(lessonId: string): void {
  removeItem(STORAGE_KEYS.reviewJournal(lessonId));
}
