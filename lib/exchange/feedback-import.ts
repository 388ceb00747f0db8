/**
 * The study page's "Import teacher feedback": reads a FeedbackFile a teacher exported from the
 * review page and says, in plain words, why a file cannot be used.
 */
import {
  FEEDBACK_FILE_TYPE,
  FEEDBACK_FILE_VERSION,
  FeedbackFileSchema,
  RESPONSE_FILE_TYPE,
  type FeedbackFile,
} from '@/lib/schemas/exchange';
import type { Lesson } from '@/lib/schemas/lesson';
import { normaliseStudentName } from './student-name';

export const MAX_FEEDBACK_FILE_BYTES = 2_000_000;

export type FeedbackImport = { ok: true; feedback: FeedbackFile; note: string | null } | { ok: false; message: string };

/**
 * Checks the size before reading, then the JSON, the type marker, the version, the lesson and the
 * student: feedback addressed to someone else is refused, so a mixed-up file never shows a
 * classmate's comments as one's own.
 */
export async function readFeedbackFile(file: File, lesson: Lesson, studentName: string): Promise<FeedbackImport> {
  if (file.size === 0) return { ok: false, message: `"${file.name}" is empty.` };
  if (file.size > MAX_FEEDBACK_FILE_BYTES)
    return { ok: false, message: `"${file.name}" is too large to be a feedback file.` };
  return parseFeedbackText(file.name, await file.text(), lesson, studentName);
}

export function parseFeedbackText(fileName: string, text: string, lesson: Lesson, studentName: string): FeedbackImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `"${fileName}" is not a feedback file (it is not readable JSON).` };
  }
  const marker = typeof json === 'object' && json !== null && 'type' in json ? json.type : undefined;
  if (marker === RESPONSE_FILE_TYPE)
    return {
      ok: false,
      message: `"${fileName}" is an answer file, not teacher feedback. Ask your teacher for your feedback file.`,
    };
  if (marker !== FEEDBACK_FILE_TYPE)
    return { ok: false, message: `"${fileName}" is not a feedback file from this app.` };
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  if (version !== FEEDBACK_FILE_VERSION)
    return {
      ok: false,
      message: `"${fileName}" was made by a different version of this app (format ${String(version)}), which this page cannot read.`,
    };
  const parsed = FeedbackFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `"${fileName}" is damaged or incomplete, so it cannot be used.` };
  const feedback = parsed.data;
  if (feedback.lesson.id !== lesson.id)
    return { ok: false, message: `"${fileName}" is feedback for another lesson ("${feedback.lesson.title}").` };
  if (studentName && normaliseStudentName(studentName) !== normaliseStudentName(feedback.student.name)) {
    return {
      ok: false,
      message: `"${fileName}" is feedback for ${feedback.student.name}, but the name on this page is ${studentName}. Ask your teacher for your own feedback file.`,
    };
  }
  const note =
    feedback.lesson.version !== lesson.version
      ? `This feedback was written for version ${feedback.lesson.version} of the lesson; it is matched to questions by their ids.`
      : null;
  return { ok: true, feedback, note };
}
