/**
 * Writes and reads the shareable lesson file. Reading gives one clear message for each way a file
 * can be wrong, checked in this order: too large (before reading), not JSON, not a lesson file,
 * a format version this app does not read, hostile content, a shipped lesson's id, invalid lesson.
 */
import { plural } from '@/lib/text/plural';
import { FEEDBACK_FILE_TYPE, RESPONSE_FILE_TYPE } from '@/lib/schemas/exchange';
import type { Lesson } from '@/lib/schemas/lesson';
import {
  LESSON_FILE_SUFFIX,
  LESSON_FILE_TYPE,
  LESSON_FILE_VERSION,
  type LessonFile,
  LessonFileSchema,
  MAX_LESSON_FILE_BYTES,
} from '@/lib/schemas/lesson-file';
import { findHostile } from './hostile-json';

export type LessonFileProblem =
  'too-large' | 'not-json' | 'not-a-lesson-file' | 'unsupported-version' | 'hostile' | 'shipped-id' | 'invalid';

export type LessonFileResult =
  { ok: true; lesson: Lesson } | { ok: false; problem: LessonFileProblem; message: string };

/** What a browser `File` offers; a plain object in tests. */
export interface ReadableFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export function lessonFileName(lesson: Pick<Lesson, 'id'>): string {
  return `${lesson.id}${LESSON_FILE_SUFFIX}`;
}

export function writeLessonFile(lesson: Lesson): string {
  const file: LessonFile = { type: LESSON_FILE_TYPE, version: LESSON_FILE_VERSION, lesson };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (problem: LessonFileProblem, message: string): LessonFileResult => ({ ok: false, problem, message });
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Reads a file the user chose; its size is checked before a byte of it is read. */
export async function readLessonFile(file: ReadableFile, shippedIds: Iterable<string>): Promise<LessonFileResult> {
  if (file.size > MAX_LESSON_FILE_BYTES) {
    return fail(
      'too-large',
      `“${file.name}” is ${megabytes(file.size)}; a lesson file is at most ${megabytes(MAX_LESSON_FILE_BYTES)}.`,
    );
  }
  return parseLessonFile(await file.text(), shippedIds);
}

function notALessonFile(type: unknown): LessonFileResult {
  if (type === RESPONSE_FILE_TYPE)
    return fail('not-a-lesson-file', 'This is a student’s answer file, not a lesson: open it in Review.');
  if (type === FEEDBACK_FILE_TYPE)
    return fail('not-a-lesson-file', 'This is a teacher’s feedback file, not a lesson: open it on the study page.');
  return fail('not-a-lesson-file', 'This is not a lesson file: it has no lesson file marker.');
}

function versionProblem(version: unknown): LessonFileResult | undefined {
  if (version === LESSON_FILE_VERSION) return undefined;
  if (typeof version === 'number' && version > LESSON_FILE_VERSION) {
    return fail(
      'unsupported-version',
      `This lesson file was made by a newer version of the app (format ${version}); this one reads format ${LESSON_FILE_VERSION}. Update the app, or ask for a file in format ${LESSON_FILE_VERSION}.`,
    );
  }
  return fail(
    'unsupported-version',
    `This lesson file has an unknown format version; this app reads format ${LESSON_FILE_VERSION}.`,
  );
}

/** The lesson in a lesson file's text, or the one message that says what is wrong with it. */
export function parseLessonFile(text: string, shippedIds: Iterable<string>): LessonFileResult {
  if (text.length > MAX_LESSON_FILE_BYTES)
    return fail('too-large', `A lesson file is at most ${megabytes(MAX_LESSON_FILE_BYTES)}.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-json', 'This is not a lesson file: it is not JSON text.');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return notALessonFile(undefined);
  const { type, version, lesson } = raw as Record<string, unknown>;
  if (type !== LESSON_FILE_TYPE) return notALessonFile(type);
  const wrongVersion = versionProblem(version);
  if (wrongVersion) return wrongVersion;
  const hostile = findHostile(raw);
  if (hostile) return fail('hostile', `This lesson file cannot be opened safely. ${hostile.message}`);
  const id = typeof lesson === 'object' && lesson !== null ? (lesson as Record<string, unknown>).id : undefined;
  if (typeof id === 'string' && new Set(shippedIds).has(id)) {
    return fail(
      'shipped-id',
      `A lesson with the id “${id}” is already part of this site. Change the lesson’s id in the editor to open it as a new lesson.`,
    );
  }
  const result = LessonFileSchema.safeParse(raw);
  if (result.success) return { ok: true, lesson: result.data.lesson };
  const [first, ...rest] = result.error.issues;
  const more = rest.length > 0 ? ` (and ${plural(rest.length, 'more problem', 'more problems')})` : '';
  return fail(
    'invalid',
    `This lesson is not valid: at ${first?.path.join('.') || 'the top level'}: ${first?.message}${more}.`,
  );
}
