/**
 * Where the teacher stands: per question and for the class, how many answers are answered,
 * waiting as a suggestion, scored, or needing a look; and the line "Scored 12 of 30".
 *
 * Each answer is in exactly one state, so answered = scored + suggested + needs a look:
 * - unanswered: blank or missing; nothing to score, so it counts nowhere (not in "of 30");
 * - scored: the teacher gave a level (by hand or by accepting a suggestion);
 * - suggested: not scored, and the key suggests a level (choice and marking answers);
 * - needs a look: not scored and no suggestion: every unscored written answer, and the rare
 *   choice or marking answer the key cannot judge (e.g. a rubric with no middle level).
 */
import { pluralWord } from '@/lib/text/plural';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { isAnswered } from '@/lib/schemas/answer';
import type { LessonIndex } from './lesson-index';
import type { StudentSheet } from './student-sheet';
import { questionSuggestions } from './suggested-score';

export type AnswerState = 'unanswered' | 'scored' | 'suggested' | 'needs-a-look';

export type ProgressCounts = { answered: number; scored: number; suggested: number; needsALook: number };

export type QuestionProgress = ProgressCounts & {
  questionId: string;
  /** Every student's state, in class order: the filter behind a click on an overview cell. */
  states: ReadonlyMap<string, AnswerState>;
};

/** Whether the teacher has given student `studentKey` a level on question `questionId`. */
export type IsScored = (studentKey: string, questionId: string) => boolean;

type Students = readonly Pick<StudentSheet, 'key' | 'answers'>[];

export function answerState(answered: boolean, scored: boolean, suggested: boolean): AnswerState {
  if (!answered) return 'unanswered';
  if (scored) return 'scored';
  return suggested ? 'suggested' : 'needs-a-look';
}

export function questionProgress(
  index: LessonIndex,
  located: LocatedQuestion,
  students: Students,
  isScored: IsScored,
): QuestionProgress {
  const questionId = located.question.id;
  const suggestions = questionSuggestions(index, located, students);
  const states = new Map<string, AnswerState>();
  const counts: ProgressCounts = { answered: 0, scored: 0, suggested: 0, needsALook: 0 };
  for (const student of students) {
    const state = answerState(
      isAnswered(student.answers.get(questionId)),
      isScored(student.key, questionId),
      suggestions.has(student.key),
    );
    states.set(student.key, state);
    if (state === 'unanswered') continue;
    counts.answered += 1;
    if (state === 'scored') counts.scored += 1;
    else if (state === 'suggested') counts.suggested += 1;
    else counts.needsALook += 1;
  }
  return { questionId, states, ...counts };
}

export function classProgress(questions: readonly ProgressCounts[]): ProgressCounts {
  const total: ProgressCounts = { answered: 0, scored: 0, suggested: 0, needsALook: 0 };
  for (const q of questions) {
    total.answered += q.answered;
    total.scored += q.scored;
    total.suggested += q.suggested;
    total.needsALook += q.needsALook;
  }
  return total;
}

/** The students of a question in one state, in class order. */
export function studentsIn(progress: QuestionProgress, state: AnswerState): string[] {
  return [...progress.states].filter(([, s]) => s === state).map(([key]) => key);
}

/** "Scored 12 of 30", plus what is left when something is: "Scored 12 of 30 · 8 suggested · 10 need a look". */
export function progressText(counts: ProgressCounts): string {
  if (counts.answered === 0) return 'No answers to score';
  const parts = [`Scored ${counts.scored} of ${counts.answered}`];
  if (counts.suggested) parts.push(`${counts.suggested} suggested`);
  if (counts.needsALook) parts.push(`${counts.needsALook} ${pluralWord(counts.needsALook, 'needs', 'need')} a look`);
  return parts.join(' · ');
}
