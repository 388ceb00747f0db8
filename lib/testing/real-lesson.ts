/**
 * The real lesson from lessons/, for tests that check something holds for the text teachers use
 * (the sample lesson is for everything else). Read with the app's own schema, so a test never
 * hard-codes the lesson's wording.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LessonSchema, type Lesson } from '@/lib/schemas/lesson';

export const REAL_LESSON_ID = 'pakistan-online-sex-work-report';

/** The lesson file as plain JSON, for tests that change it before validating it. */
export function readRealLessonJson(id = REAL_LESSON_ID): ReturnType<typeof JSON.parse> {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'lessons', id, 'lesson.json'), 'utf8'));
}

export function loadRealLesson(id = REAL_LESSON_ID): Lesson {
  return LessonSchema.parse(readRealLessonJson(id));
}
