/**
 * The study page's "Import teacher feedback": reads a FeedbackFile a teacher exported from the
 * review page and says, in plain words, why a file cannot be used.
 */
import {
  AnyFeedbackFileSchema,
  FEEDBACK_FILE_TYPE,
  FEEDBACK_FILE_VERSION,
  RESPONSE_FILE_TYPE,
  type AnyFeedbackFile,
} from '@/lib/schemas/exchange';
import type { Lesson } from '@/lib/schemas/lesson';
import { normaliseStudentName } from './student-name';

export const MAX_FEEDBACK_FILE_BYTES = 2_000_000;

export type FeedbackImport =
  { ok: true; feedback: AnyFeedbackFile; note: string | null } | { ok: false; message: string };

/** Who is on this study page: from the saved answers. */
export type StudyStudent = { studentId: string; studentName: string; lastExportedAt: string | null };

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/**
 * Checks the size before reading, then the JSON, the type marker, the version, the lesson and the
 * student: feedback addressed to someone else is refused, so a mixed-up file never shows a
 * classmate's comments as one's own.
 */
export async function readFeedbackFile(file: File, lesson: Lesson, student: StudyStudent): Promise<FeedbackImport> {
  if (file.size === 0) return { ok: false, message: `"${file.name}" is empty.` };
  if (file.size > MAX_FEEDBACK_FILE_BYTES)
    return { ok: false, message: `"${file.name}" is too large to be a feedback file.` };
  return parseFeedbackText(file.name, await file.text(), lesson, student);
}

export function parseFeedbackText(
  fileName: string,
  text: string,
  lesson: Lesson,
  { studentId, studentName, lastExportedAt }: StudyStudent,
): FeedbackImport {
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
  if (version !== 1 && version !== FEEDBACK_FILE_VERSION)
    return {
      ok: false,
      message: `"${fileName}" was made by a different version of this app (format ${String(version)}), which this page cannot read.`,
    };
  const parsed = AnyFeedbackFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `"${fileName}" is damaged or incomplete, so it cannot be used.` };
  const feedback = parsed.data;
  if (feedback.lesson.id !== lesson.id)
    return { ok: false, message: `"${fileName}" is feedback for another lesson ("${feedback.lesson.title}").` };
  const fileId = feedback.version === 1 ? null : feedback.student.id;
  // Two students can share a name, so a file that names a student id must name this page's, once
  // this page has exported (a page that never exported, e.g. another computer, has no answers to match).
  const exportedHere = lastExportedAt !== null;
  if (fileId !== null && fileId !== studentId && exportedHere) {
    return {
      ok: false,
      message: `"${fileName}" is feedback for another student (${feedback.student.name}, who exported from another browser or after clearing their answers), not for the answers saved on this page. Ask your teacher for your own feedback file.`,
    };
  }
  if (
    fileId === null &&
    studentName &&
    normaliseStudentName(studentName) !== normaliseStudentName(feedback.student.name)
  ) {
    return {
      ok: false,
      message: `"${fileName}" is feedback for ${feedback.student.name}, but the name on this page is ${studentName}. Ask your teacher for your own feedback file.`,
    };
  }
  const notes: string[] = [];
  if (fileId !== null && fileId !== studentId)
    notes.push(
      `Answers have not been exported from this browser, so this feedback for ${feedback.student.name} could not be checked against them.`,
    );
  if (fileId === null)
    notes.push(
      'This feedback file does not name a student id (it answers an older answer file), so it was matched by name only.',
    );
  if (feedback.version !== 1 && lastExportedAt && Date.parse(feedback.answersExportedAt) < Date.parse(lastExportedAt))
    notes.push(
      `This feedback answers the answers you exported on ${when(feedback.answersExportedAt)}; you exported again on ${when(lastExportedAt)}, so your later changes have no feedback yet.`,
    );
  if (feedback.lesson.version !== lesson.version)
    notes.push(
      `This feedback was written for version ${feedback.lesson.version} of the lesson; it is matched to questions by their ids.`,
    );
  return { ok: true, feedback, note: notes.length ? notes.join(' ') : null };
}
