/**
 * Every browser-storage key the app uses, in one place.
 * Do not change a key without adding a migration: students' saved answers live under these names.
 */
export const STORAGE_KEYS = {
  answers: (lessonId: string) => `media-literacy.answers.${lessonId}`,
  openedLessons: 'media-literacy.opened-lessons',
  /** Written by "Clear my answers" just before it removes them, so other tabs can tell it from a wipe. */
  answersCleared: (lessonId: string) => `media-literacy.answers-cleared.${lessonId}`,
  /** The review's feedback edits not yet confirmed written to IndexedDB (lib/storage/review-journal.ts). */
  reviewJournal: (lessonId: string) => `media-literacy.review-journal.${lessonId}`,
  /** The lesson being written in the editor (/author); the version is in the name as well as in the data. */
  authorDraft: 'media-literacy.author-draft.v1',
  /** A saved draft that could not be read, kept aside (with when it was found) instead of being overwritten. */
  authorDraftDamaged: (foundAt: string) => `media-literacy.author-draft-damaged.${foundAt}`,
} as const;
