/**
 * Reads and validates every lesson in `lessons/` (one folder per lesson, holding `lesson.json`).
 * Runs at build time only (server components and scripts): a lesson that fails validation throws
 * here, so `next build` fails and names the file and path of each error.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LessonSchema, type Lesson } from '@/lib/schemas/lesson';

export const LESSON_FILE_NAME = 'lesson.json';

export type LessonError = { file: string; path: string; message: string };
export type LessonReadResult = { lessons: Lesson[]; errors: LessonError[] };

export function lessonsDirectory(): string {
  return path.join(process.cwd(), 'lessons');
}

/** Validates one lesson file's text; `file` is only used in error messages. */
export function parseLessonFile(
  file: string,
  text: string,
  folderName?: string,
): { lesson?: Lesson; errors: LessonError[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { errors: [{ file, path: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const result = LessonSchema.safeParse(json);
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) => ({
        file,
        path: issue.path.length ? issue.path.map(String).join('.') : '(root)',
        message: issue.message,
      })),
    };
  }
  if (folderName !== undefined && result.data.id !== folderName) {
    return {
      errors: [{ file, path: 'id', message: `the id "${result.data.id}" must match the folder name "${folderName}"` }],
    };
  }
  return { lesson: result.data, errors: [] };
}

export function readLessons(dir: string = lessonsDirectory()): LessonReadResult {
  const lessons: Lesson[] = [];
  const errors: LessonError[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (name.startsWith('.') || !statSync(folder).isDirectory()) continue;
    const file = path.join(folder, LESSON_FILE_NAME);
    const shown = path.relative(process.cwd(), file);
    if (!existsSync(file)) {
      errors.push({ file: shown, path: '(file)', message: `missing ${LESSON_FILE_NAME}` });
      continue;
    }
    const parsed = parseLessonFile(shown, readFileSync(file, 'utf8'), name);
    errors.push(...parsed.errors);
    if (parsed.lesson) lessons.push(parsed.lesson);
  }
  const ids = new Set<string>();
  for (const lesson of lessons) {
    if (ids.has(lesson.id))
      errors.push({ file: lesson.id, path: 'id', message: `two lessons share the id "${lesson.id}"` });
    ids.add(lesson.id);
  }
  return { lessons, errors };
}

export function formatLessonErrors(errors: LessonError[]): string {
  return errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join('\n');
}

let cache: Lesson[] | undefined;

/** All lessons, validated; throws (failing the build) when any lesson file is wrong. */
export function getLessons(): Lesson[] {
  if (cache) return cache;
  const { lessons, errors } = readLessons();
  if (errors.length) throw new Error(`Invalid lesson files:\n${formatLessonErrors(errors)}`);
  cache = lessons;
  return lessons;
}

export function getLesson(id: string): Lesson | undefined {
  return getLessons().find((lesson) => lesson.id === id);
}
