/**
 * The editor's draft (/author), in localStorage under STORAGE_KEYS.authorDraft.
 *
 * What is saved: the one draft being written, the step the teacher was on and when it was saved.
 * When: by the draft session, after a pause in typing and at once when the page is hidden or closed.
 * Why localStorage: it is synchronous, so a save on `pagehide` completes before the page goes away.
 *
 * Every read is validated with zod. A stored draft that fails (broken JSON, a newer version, a
 * shape this version does not know) is never overwritten: it is copied aside under its own key
 * first, and the caller tells the teacher, who can download it.
 */
import { z } from 'zod';
import { LESSON_DRAFT_VERSION, LessonDraftSchema, type LessonDraft } from '@/lib/schemas/lesson-draft';
import { readItem, removeItem, writeItem, type StorageFailure, type WriteResult } from './browser-storage';
import { STORAGE_KEYS } from './keys';

export const STORED_DRAFT_VERSION = 1;

const StoredDraftSchema = z.strictObject({
  version: z.literal(STORED_DRAFT_VERSION),
  savedAt: z.iso.datetime(),
  /** The editor step the teacher was on, so "Resume" returns there. */
  step: z.string().max(40),
  draft: LessonDraftSchema,
});
export type StoredDraft = z.infer<typeof StoredDraftSchema>;

export type DraftLoad =
  | { status: 'empty' }
  | { status: 'loaded'; stored: StoredDraft }
  | { status: 'damaged'; raw: string; detail: string }
  | { status: 'unavailable'; reason: StorageFailure };

const versionOf = (json: unknown, field: string): unknown =>
  typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[field] : undefined;

/** Interprets what is stored under the draft key (pure: no storage access). */
export function parseStoredDraft(raw: string | null): DraftLoad {
  if (raw === null) return { status: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'damaged', raw, detail: 'the saved draft is not readable JSON' };
  }
  const version = versionOf(json, 'version');
  const draftVersion = versionOf(versionOf(json, 'draft'), 'version');
  if (
    (typeof version === 'number' && version > STORED_DRAFT_VERSION) ||
    (typeof draftVersion === 'number' && draftVersion > LESSON_DRAFT_VERSION)
  ) {
    return { status: 'damaged', raw, detail: 'the draft was saved by a newer version of this app' };
  }
  const parsed = StoredDraftSchema.safeParse(json);
  if (parsed.success) return { status: 'loaded', stored: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  return { status: 'damaged', raw, detail: `the saved draft does not match this version of the editor${where}` };
}

export function loadDraft(): DraftLoad {
  const read = readItem(STORAGE_KEYS.authorDraft);
  if (!read.ok) return { status: 'unavailable', reason: read.reason };
  return parseStoredDraft(read.value);
}

export type DraftWrite = { ok: true; savedAt: string } | { ok: false; reason: StorageFailure };

export function saveDraft(draft: LessonDraft, step: string, now: Date): DraftWrite {
  const savedAt = now.toISOString();
  const stored: StoredDraft = { version: STORED_DRAFT_VERSION, savedAt, step, draft };
  const written = writeItem(STORAGE_KEYS.authorDraft, JSON.stringify(stored));
  return written.ok ? { ok: true, savedAt } : written;
}

/** "Start a new draft": the saved one is removed (the teacher was asked first). */
export function removeDraft(): WriteResult {
  return removeItem(STORAGE_KEYS.authorDraft);
}

/** Copies a draft that could not be read to a key of its own, so saving the next draft cannot lose it. */
export function setAsideDamagedDraft(raw: string, now: Date): WriteResult {
  return writeItem(STORAGE_KEYS.authorDraftDamaged(now.toISOString()), raw);
}
