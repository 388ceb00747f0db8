/**
 * The shareable lesson file, `<lesson-id>.lesson.json`: what a teacher downloads from the editor and
 * what a student or another teacher opens on the home page. It carries a `type` marker and a format
 * `version` (of the file, not of the lesson's content, which is `lesson.version`).
 */
import { z } from 'zod';
import { LessonSchema } from './lesson';

export const LESSON_FILE_TYPE = 'media-literacy-lesson/lesson';
export const LESSON_FILE_VERSION = 1;
export const LESSON_FILE_SUFFIX = '.lesson.json';
/** Checked before the file is read. The first lesson is under 100 kB. */
export const MAX_LESSON_FILE_BYTES = 5 * 1024 * 1024;
/** No single text in a lesson comes near this; a longer one is a broken or hostile file. */
export const MAX_LESSON_STRING_LENGTH = 50_000;
export const MAX_LESSON_DEPTH = 32;

export const LessonFileSchema = z.strictObject({
  type: z.literal(LESSON_FILE_TYPE),
  version: z.literal(LESSON_FILE_VERSION),
  lesson: LessonSchema,
});
export type LessonFile = z.infer<typeof LessonFileSchema>;
