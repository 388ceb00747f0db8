/**
 * The file a student gets back: the teacher's score and comment on each answer and an overall
 * comment (FeedbackFileSchema), which the study page imports and shows next to each answer.
 * Only questions the teacher scored or commented on are listed, in lesson order. The rubric
 * level's label travels with the score, so the student sees it even if the rubric changes later;
 * its origin (the teacher's, or the key's suggestion accepted) travels with it too.
 * The file names the student's id and the answers export it answers, so the study page can refuse
 * a classmate's feedback and say when the student has exported again since.
 */
import { strToU8, zipSync } from 'fflate';
import {
  FEEDBACK_FILE_TYPE,
  FEEDBACK_FILE_VERSION,
  FeedbackFileSchema,
  type FeedbackFile,
} from '@/lib/schemas/exchange';
import { feedbackFor, hasFeedback, studentFeedback } from '@/lib/review/feedback';
import type { ClassFeedback } from '@/lib/schemas/review';
import type { LessonIndex } from '@/lib/review/lesson-index';
import { fileNameSlug } from '@/lib/exchange/file-name-slug';
import type { StudentSheet } from '@/lib/review/student-sheet';

export function buildFeedbackFile(
  index: LessonIndex,
  sheet: StudentSheet,
  feedback: ClassFeedback,
  now: Date,
): FeedbackFile {
  const { lesson } = index;
  const entries = index.questions.flatMap(({ question }) => {
    const value = feedbackFor(feedback, sheet.key, question.id);
    if (!hasFeedback(value)) return [];
    const level = value.levelId ? index.rubricById.get(value.levelId) : undefined;
    return [
      {
        questionId: question.id,
        levelId: level?.id ?? null,
        levelLabel: level?.label ?? null,
        comment: value.comment,
        ...(level && value.origin && { origin: value.origin }),
      },
    ];
  });
  // Parsing what we are about to write means the review can never produce a file the study page rejects.
  return FeedbackFileSchema.parse({
    type: FEEDBACK_FILE_TYPE,
    version: FEEDBACK_FILE_VERSION,
    lesson: { id: lesson.id, version: lesson.version, title: lesson.title },
    student: { id: sheet.studentId, name: sheet.name },
    answersExportedAt: sheet.exportedAt,
    createdAt: now.toISOString(),
    overallComment: studentFeedback(feedback, sheet.key).overallComment,
    feedback: entries,
  });
}

/** e.g. "amira-k-pakistan-online-sex-work-report-feedback.json". */
export function feedbackFileName(lessonId: string, studentName: string): string {
  return `${fileNameSlug(studentName, 'student')}-${lessonId}-feedback.json`;
}

export function feedbackFileJson(file: FeedbackFile): string {
  return JSON.stringify(file, null, 2);
}

/** Every student's feedback file in one .zip; names that slug alike get a number, so none is overwritten. */
export function buildFeedbackZip(
  index: LessonIndex,
  sheets: readonly StudentSheet[],
  feedback: ClassFeedback,
  now: Date,
): Uint8Array {
  const entries: Record<string, Uint8Array> = Object.create(null);
  for (const sheet of sheets) {
    const base = feedbackFileName(index.lesson.id, sheet.label);
    let name = base;
    for (let n = 2; name in entries; n += 1) name = base.replace(/\.json$/, `-${n}.json`);
    entries[name] = strToU8(feedbackFileJson(buildFeedbackFile(index, sheet, feedback, now)));
  }
  return zipSync(entries, { mtime: now });
}

export function feedbackZipName(lessonId: string): string {
  return `${lessonId}-feedback.zip`;
}
