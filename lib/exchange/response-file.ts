/**
 * "Export my answers": turns what the study page saved into a ResponseFile, and names the file.
 * The teacher's review imports exactly this format (lib/schemas/exchange.ts).
 *
 * Policy: only answers to the lesson's questions, its exit ticket and its tasks (the claim chart,
 * lateral reading) on the student's path are exported, in lesson order. Notes on the
 * discussion prompts are the student's own and never leave the device (the page says so).
 */
import { fileNameSlug } from '@/lib/exchange/file-name-slug';
import { answerableQuestions } from '@/lib/lessons/analysis';
import { lessonTasks, CLAIM_CHART_ID, LATERAL_READING_ID } from '@/lib/lessons/lesson-tasks';
import type { PathChoice } from '@/lib/lessons/teaching-path';
import { isAnswered } from '@/lib/schemas/answer';
import {
  RESPONSE_FILE_TYPE,
  RESPONSE_FILE_VERSION,
  ResponseFileSchema,
  type ResponseFile,
} from '@/lib/schemas/exchange';
import type { Lesson } from '@/lib/schemas/lesson';
import type { SavedAnswers } from '@/lib/schemas/saved-answers';

/** `lesson` is the lesson on the student's path (lessonOnPath), so only that path's answers go out. */
export function buildResponseFile(
  lesson: Lesson,
  saved: SavedAnswers,
  studentName: string,
  now: Date,
  path?: PathChoice,
): ResponseFile {
  const file: ResponseFile = {
    type: RESPONSE_FILE_TYPE,
    version: RESPONSE_FILE_VERSION,
    lesson: { id: lesson.id, version: lesson.version, title: lesson.title },
    student: { id: saved.studentId, name: studentName.trim() },
    ...(path ? { path } : {}),
    startedAt: saved.startedAt,
    exportedAt: now.toISOString(),
    answers: answeredIds(lesson).flatMap((questionId) => {
      const answer = saved.answers[questionId];
      return answer && isAnswered(answer) ? [{ questionId, answer }] : [];
    }),
  };
  // Parsing what we are about to write means an export can never produce a file the review rejects.
  return ResponseFileSchema.parse(file);
}

function answeredIds(lesson: Lesson): string[] {
  const tasks = lessonTasks(lesson);
  return [
    ...answerableQuestions(lesson).map(({ question }) => question.id),
    ...(tasks.claimChart ? [CLAIM_CHART_ID] : []),
    ...(tasks.lateralReading ? [LATERAL_READING_ID] : []),
  ];
}

/** e.g. "amira-k-pakistan-online-sex-work-report-answers.json"; safe on every file system. */
export function responseFileName(lessonId: string, studentName: string): string {
  return `${fileNameSlug(studentName, 'student')}-${lessonId}-answers.json`;
}
