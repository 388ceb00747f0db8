/**
 * Saved answers for one lesson, in localStorage under STORAGE_KEYS.answers(lessonId).
 *
 * What is saved: the student's answers (each with its own updatedAt), their name once given, and
 * imported teacher feedback. When: by the study session, after a short pause in typing and at once
 * when the page is hidden or closed. Why localStorage: it is synchronous, so a save on `pagehide`
 * completes before the page goes away.
 *
 * Rules that keep answers safe:
 * - Every write merges with what is stored, answer by answer (see `newerAnswer`): the higher edit
 *   count `rev` wins, so a tab's own edit beats the version it read even after the clock was
 *   corrected; only at equal `rev` (two tabs editing the same version) does the later `updatedAt`
 *   win, and a tie keeps the edit being written. `revision` goes up each write.
 * - Stored data that is from a newer version or fails validation is never overwritten here; the
 *   caller must let the student download it and explicitly start fresh (`discardStoredAnswers`).
 * - After the first write that succeeds, the browser is asked to keep the storage (persistence.ts).
 */
import type { Answer } from '@/lib/schemas/answer';
import { emptySavedAnswers, type SavedAnswers } from '@/lib/schemas/saved-answers';
import {
  onStorageChangedElsewhere,
  readItem,
  removeItem,
  writeItem,
  type StorageFailure,
  type WriteResult,
} from './browser-storage';
import { STORAGE_KEYS } from './keys';
import { migrateSavedAnswers } from './migrations';
import { askToKeepStorage } from './persistence';

export type LoadResult =
  | { status: 'empty' }
  | { status: 'loaded'; data: SavedAnswers; migratedFrom: number | null }
  | { status: 'too-new'; raw: string; version: number }
  | { status: 'invalid'; raw: string; detail: string }
  | { status: 'unavailable'; reason: StorageFailure };

export type SaveResult = { ok: true; data: SavedAnswers } | { ok: false; reason: StorageFailure | 'blocked' };

/** Interprets what is stored under the answers key (pure: no storage access). */
export function parseStoredAnswers(raw: string | null, lessonVersion: number): LoadResult {
  if (raw === null) return { status: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'invalid', raw, detail: 'the saved data is not readable JSON' };
  }
  const migrated = migrateSavedAnswers(json, { lessonVersion });
  if (migrated.ok) return { status: 'loaded', data: migrated.data, migratedFrom: migrated.migratedFrom };
  if (migrated.problem === 'too-new') return { status: 'too-new', raw, version: migrated.version };
  return { status: 'invalid', raw, detail: migrated.detail };
}

export function loadAnswers(lessonId: string, lessonVersion: number): LoadResult {
  const read = readItem(STORAGE_KEYS.answers(lessonId));
  if (!read.ok) return { status: 'unavailable', reason: read.reason };
  return parseStoredAnswers(read.value, lessonVersion);
}

/** Which of two versions of one answer to keep: `local` is the one being written, and wins ties. */
export function newerAnswer(stored: Answer | undefined, local: Answer): Answer {
  if (!stored) return local;
  const storedRev = stored.rev ?? 0;
  const localRev = local.rev ?? 0;
  if (storedRev !== localRev) return storedRev > localRev ? stored : local;
  return Date.parse(stored.updatedAt) > Date.parse(local.updatedAt) ? stored : local;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** Merges two copies of one lesson's answers: per answer the newer wins; nothing is dropped. */
export function mergeSavedAnswers(stored: SavedAnswers, local: SavedAnswers): SavedAnswers {
  const answers: Record<string, Answer> = { ...stored.answers };
  for (const [id, answer] of Object.entries(local.answers)) answers[id] = newerAnswer(stored.answers[id], answer);
  const feedback =
    stored.feedback && local.feedback
      ? Date.parse(local.feedback.createdAt) >= Date.parse(stored.feedback.createdAt)
        ? local.feedback
        : stored.feedback
      : (local.feedback ?? stored.feedback);
  return {
    ...local,
    revision: Math.max(stored.revision, local.revision),
    startedAt: Date.parse(stored.startedAt) < Date.parse(local.startedAt) ? stored.startedAt : local.startedAt,
    updatedAt: Date.parse(stored.updatedAt) > Date.parse(local.updatedAt) ? stored.updatedAt : local.updatedAt,
    studentName: local.studentName || stored.studentName,
    // The first id written wins, so two tabs that each started fresh end up as one student.
    studentId: stored.studentId,
    lastExportedAt: latest(stored.lastExportedAt, local.lastExportedAt),
    answers,
    feedback,
  };
}

/**
 * What this page last wrote. While storage still holds exactly that text, the next write merges
 * with it as it is: parsing and validating it again on every pause in typing cost a slow laptop a
 * frame. Anything else in storage (another tab's write, a wipe) is read and validated as before.
 */
let lastWritten: { key: string; raw: string; data: SavedAnswers } | null = null;

function readStored(key: string, raw: string | null, lessonVersion: number): LoadResult {
  if (lastWritten && lastWritten.key === key && lastWritten.raw === raw)
    return { status: 'loaded', data: lastWritten.data, migratedFrom: null };
  return parseStoredAnswers(raw, lessonVersion);
}

/** Writes `local`, merged with whatever another tab stored meanwhile; returns what was written. */
export function saveAnswers(local: SavedAnswers, now: Date): SaveResult {
  const key = STORAGE_KEYS.answers(local.lessonId);
  const read = readItem(key);
  if (!read.ok) return { ok: false, reason: read.reason };
  const stored = readStored(key, read.value, local.lessonVersion);
  if (stored.status === 'too-new' || stored.status === 'invalid') return { ok: false, reason: 'blocked' };
  const base = stored.status === 'loaded' ? mergeSavedAnswers(stored.data, local) : local;
  const next: SavedAnswers = {
    ...base,
    lessonVersion: local.lessonVersion,
    revision: base.revision + 1,
    updatedAt: now.toISOString(),
  };
  const raw = JSON.stringify(next);
  const written = writeItem(key, raw);
  // Answers exist again, so a later removal without a fresh marker is a wipe, not a clear.
  if (written.ok) {
    lastWritten = { key, raw, data: next };
    removeItem(STORAGE_KEYS.answersCleared(local.lessonId));
    askToKeepStorage();
  }
  return written.ok ? { ok: true, data: next } : { ok: false, reason: written.reason };
}

/**
 * Deletes this lesson's saved answers ("Clear my answers", or "start fresh" after a problem). The
 * marker written first is what tells other tabs this was the student's choice, not a wipe.
 */
export function discardStoredAnswers(lessonId: string, now: Date = new Date()): WriteResult {
  const marked = writeItem(STORAGE_KEYS.answersCleared(lessonId), now.toISOString());
  if (!marked.ok) return marked;
  return removeItem(STORAGE_KEYS.answers(lessonId));
}

/** The raw stored text, for "download the saved data" when it cannot be read. */
export function readRawAnswers(lessonId: string): string | null {
  const read = readItem(STORAGE_KEYS.answers(lessonId));
  return read.ok ? read.value : null;
}

/**
 * What another tab did to this lesson's answers: wrote them (parsed, possibly too new or broken),
 * cleared them on the student's request, or something else wiped them (another app on this site
 * calling `localStorage.clear()`, or removing the key without the app's marker).
 */
export type OtherTabChange = { kind: 'written'; result: LoadResult } | { kind: 'cleared' } | { kind: 'wiped' };

export function watchAnswers(
  lessonId: string,
  lessonVersion: number,
  callback: (change: OtherTabChange) => void,
): () => void {
  const answersKey = STORAGE_KEYS.answers(lessonId);
  const clearedKey = STORAGE_KEYS.answersCleared(lessonId);
  return onStorageChangedElsewhere((key, value) => {
    if (key === null) callback({ kind: 'wiped' });
    else if (key === clearedKey && value !== null) callback({ kind: 'cleared' });
    else if (key === answersKey && value !== null)
      callback({ kind: 'written', result: parseStoredAnswers(value, lessonVersion) });
    else if (key === answersKey) {
      // The marker's own event reports a requested clear; a removal without it is a wipe.
      const marker = readItem(clearedKey);
      if (marker.ok && marker.value === null) callback({ kind: 'wiped' });
    }
  });
}

export function freshAnswers(lessonId: string, lessonVersion: number, now: Date): SavedAnswers {
  return emptySavedAnswers(lessonId, lessonVersion, now.toISOString());
}
