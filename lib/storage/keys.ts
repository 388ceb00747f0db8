/**
 * Every browser-storage key the app uses, in one place.
 * Do not change a key without adding a migration: students' saved answers live under these names.
 */
export const STORAGE_KEYS = {
  answers: (lessonId: string) => `media-literacy.answers.${lessonId}`,
  openedLessons: 'media-literacy.opened-lessons',
} as const;
