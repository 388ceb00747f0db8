/**
 * One student's answers as the review reads them: matched to the lesson's questions by id, so a
 * lesson whose wording changed since the student exported still shows every answer. Answers to
 * questions the lesson no longer has (or whose kind changed) are kept and listed, never dropped.
 */
import { isTaskAnswer, type Answer, type TaskAnswer } from '@/lib/schemas/answer';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import type { Question } from '@/lib/schemas/lesson';
import type { StudentRecord } from '@/lib/schemas/review';
import type { LessonIndex } from './lesson-index';
import { compareInstants } from './instants';
import { studentIdOf } from './student-key';

export type UnmatchedAnswer = { questionId: string; answer: Answer; reason: 'unknown-question' | 'kind-changed' };

export type StudentSheet = {
  key: string;
  /** The name as the student gave it (what goes into their feedback file). */
  name: string;
  /** The name as the review lists it: with a distinguishing mark when classmates share it (student-labels.ts). */
  label: string;
  /** Null for a version 1 answer file, which had no id. */
  studentId: string | null;
  exportedAt: string;
  lessonVersion: number;
  /** Answers by question id; only answers that fit a question of this lesson. */
  answers: ReadonlyMap<string, Answer>;
  /** The claim chart and the lateral reading, by their answer id (lib/lessons/lesson-tasks.ts). */
  tasks: ReadonlyMap<string, TaskAnswer>;
  unmatched: UnmatchedAnswer[];
};

export function answerFitsQuestion(question: Question, answer: Answer): boolean {
  if (answer.kind === 'choice') return isChoiceQuestion(question);
  return answer.kind === question.kind;
}

export function buildSheet(index: LessonIndex, record: StudentRecord): StudentSheet {
  const newest = new Map<string, Answer>();
  // A file may list a question twice (e.g. edited by hand); the newer answer wins, as on the study page.
  for (const { questionId, answer } of record.file.answers) {
    const seen = newest.get(questionId);
    if (!seen || compareInstants(answer.updatedAt, seen.updatedAt) > 0) newest.set(questionId, answer);
  }
  const answers = new Map<string, Answer>();
  const tasks = new Map<string, TaskAnswer>();
  const unmatched: UnmatchedAnswer[] = [];
  for (const [questionId, answer] of newest) {
    const located = index.questionById.get(questionId);
    if (isTaskAnswer(answer) && !located) tasks.set(questionId, answer);
    else if (!located) unmatched.push({ questionId, answer, reason: 'unknown-question' });
    else if (!answerFitsQuestion(located.question, answer))
      unmatched.push({ questionId, answer, reason: 'kind-changed' });
    else answers.set(questionId, answer);
  }
  return {
    key: record.key,
    name: record.file.student.name,
    label: record.file.student.name,
    studentId: studentIdOf(record.file),
    exportedAt: record.file.exportedAt,
    lessonVersion: record.file.lesson.version,
    answers,
    tasks,
    unmatched,
  };
}

/** Notes for the teacher when the file was made for another version of the lesson. */
export function compatibilityNotes(index: LessonIndex, sheet: StudentSheet): string[] {
  const notes: string[] = [];
  const current = index.lesson.version;
  if (sheet.lessonVersion !== current) {
    notes.push(
      `Answered version ${sheet.lessonVersion} of the lesson (this is version ${current}); answers are matched by question id.`,
    );
  }
  const unknown = sheet.unmatched.filter((u) => u.reason === 'unknown-question');
  const changed = sheet.unmatched.filter((u) => u.reason === 'kind-changed');
  if (unknown.length) {
    const ids = unknown.map((u) => u.questionId).join(', ');
    notes.push(
      unknown.length === 1
        ? `1 answer is to a question this version no longer has (${ids}); it is listed on the student's sheet.`
        : `${unknown.length} answers are to questions this version no longer has (${ids}); they are listed on the student's sheet.`,
    );
  }
  if (changed.length) {
    const ids = changed.map((u) => u.questionId).join(', ');
    notes.push(
      changed.length === 1
        ? `1 answer no longer fits its question, whose kind changed (${ids}); it is listed on the student's sheet.`
        : `${changed.length} answers no longer fit their questions, whose kind changed (${ids}); they are listed on the student's sheet.`,
    );
  }
  return notes;
}
