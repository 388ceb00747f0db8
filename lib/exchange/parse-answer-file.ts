/**
 * Second step of an import: one file's bytes -> a validated ResponseFile for this lesson, or a
 * rejection that says in plain words what the file is instead. The checks run from the most
 * general to the most specific (empty, JSON, which kind of file, which version, which lesson,
 * then every field), so the teacher is told the most useful reason.
 *
 * JSON.parse keeps a "__proto__" key as an own property (it never sets a prototype), and the
 * strict schema then rejects it as an unexpected field; only the schema's output is kept.
 */
import { z } from 'zod';
import {
  AnyResponseFileSchema,
  FEEDBACK_FILE_TYPE,
  RESPONSE_FILE_TYPE,
  RESPONSE_FILE_VERSION,
  ResponseFileSchema,
  type AnyResponseFile,
} from '@/lib/schemas/exchange';
import type { Lesson } from '@/lib/schemas/lesson';
import { formatDateTime } from '@/lib/review/format';
import { MAX_CLOCK_AHEAD_MS } from '@/lib/review/limits';
import { describeIssues } from './describe-issues';
import type { RejectedResult, RejectionKind } from './import-types';
import type { RawFile } from './read-sources';

export type ParsedAnswerFile = { fileName: string; file: AnyResponseFile };

/** Just enough of a file to tell what it is, before the full check. */
const ProbeSchema = z.object({
  type: z.unknown().optional(),
  version: z.unknown().optional(),
  lesson: z.unknown().optional(),
});
const LessonProbeSchema = z.object({ id: z.string(), title: z.unknown() });

const decoder = new TextDecoder('utf-8');

/** `now` is the import's time: an export dated more than a day after it is refused. */
export function parseAnswerFile(
  raw: RawFile,
  lesson: Lesson,
  now: Date = new Date(),
): ParsedAnswerFile | RejectedResult {
  const { fileName } = raw;
  const reject = (kind: RejectionKind, message: string): RejectedResult => ({ kind, fileName, message });

  // TextDecoder drops a leading byte-order mark, which some editors add.
  const text = decoder.decode(raw.bytes);
  if (text.trim() === '') return reject('empty', 'Not imported: the file is empty.');

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Text that starts like JSON but does not parse is most likely an answer file cut short (an
    // interrupted download or copy), which calls for a different fix than a wrong file.
    if (/^\s*[{[]/.test(text)) {
      return reject(
        'not-json',
        'Not imported: the file is damaged or incomplete (it breaks off or was edited). Ask the student to export their answers again.',
      );
    }
    return reject(
      'not-json',
      'Not imported: this is not an answer file (its contents are not JSON). Answer files come from "Export my answers" and end in .json.',
    );
  }

  const probe = ProbeSchema.safeParse(json);
  if (!probe.success)
    return reject('not-answer-file', "Not imported: this is a JSON file, but not a student's answer file.");
  const { type, version } = probe.data;
  if (type === FEEDBACK_FILE_TYPE)
    return reject('not-answer-file', "Not imported: this is a teacher feedback file, not a student's answers.");
  if (type !== RESPONSE_FILE_TYPE)
    return reject('not-answer-file', "Not imported: this is a JSON file, but not a student's answer file.");
  // A version that is not a number is left to the full check below, which names the field.
  if (typeof version === 'number' && version !== 1 && version !== RESPONSE_FILE_VERSION) {
    return reject(
      'unsupported-version',
      version > RESPONSE_FILE_VERSION
        ? `Not imported: the file was made by a newer version of this app (file format ${version}); this review reads format ${RESPONSE_FILE_VERSION}. Update the app, then import it again.`
        : `Not imported: the file's format version (${version}) is not one this review can read.`,
    );
  }
  const fileLesson = LessonProbeSchema.safeParse(probe.data.lesson).data;
  if (fileLesson && fileLesson.id !== lesson.id) {
    const title =
      typeof fileLesson.title === 'string' && fileLesson.title.trim()
        ? fileLesson.title.trim().slice(0, 300)
        : fileLesson.id;
    return reject(
      'other-lesson',
      `Not imported: these are answers to another lesson, "${title}". Import them in that lesson's review.`,
    );
  }

  // Without a version the union cannot pick a format: check against the current one, which names the field.
  const schema = version === undefined ? ResponseFileSchema : AnyResponseFileSchema;
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return reject(
      'invalid',
      `Not imported: the file is damaged or was edited by hand: ${describeIssues(parsed.error.issues)}.`,
    );
  }
  // A date far ahead would win every "newer export" comparison, so one wrong clock (or a forged
  // file) could hide a student's real submissions; a day covers any time zone and a drifting clock.
  if (Date.parse(parsed.data.exportedAt) - now.getTime() > MAX_CLOCK_AHEAD_MS) {
    return reject(
      'future-date',
      `Not imported: the file says it was exported on ${formatDateTime(parsed.data.exportedAt)}, which is in the future. The student's computer clock is probably wrong: ask them to correct it and export again.`,
    );
  }
  return { fileName, file: parsed.data };
}

export function isParsedAnswerFile(result: ParsedAnswerFile | RejectedResult): result is ParsedAnswerFile {
  return 'file' in result;
}
