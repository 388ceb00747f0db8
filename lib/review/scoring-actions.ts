/**
 * The review's scoring actions (ReviewSession offers them): each works out the new feedback values
 * of the answers it touches, leaving out those where nothing changes, and hands them to the session,
 * which shows, journals and saves them. A level the teacher gives is theirs
 * (lib/review/score-origin.ts); accepting the key's suggestion records it as accepted, and never
 * replaces a score already given.
 */
import type { ClassFeedback, FeedbackValue } from '@/lib/schemas/review';
import { applyEdit, EMPTY_FEEDBACK, feedbackFor, type TeacherEdit } from './feedback';
import type { LessonIndex } from './lesson-index';
import { withAcceptedSuggestion } from './score-origin';
import type { StudentSheet } from './student-sheet';
import { pendingSuggestions, questionSuggestions, type Suggestion } from './suggested-score';

/** New feedback values of one question's answers, by student key. */
export type AnswerValues = [studentKey: string, value: FeedbackValue][];

export type Class = { index: LessonIndex; sheets: readonly StudentSheet[]; feedback: ClassFeedback };

const unchanged = (a: FeedbackValue, b: FeedbackValue) =>
  a.levelId === b.levelId && a.comment === b.comment && a.origin === b.origin;

/** The suggestions still waiting on a question (unscored answers with one), by student key. */
export function waitingSuggestions(
  { index, sheets, feedback }: Class,
  questionId: string,
): { studentKey: string; suggestion: Suggestion }[] {
  const located = index.questionById.get(questionId);
  if (!located) return [];
  const suggestions = questionSuggestions(index, located, sheets);
  return pendingSuggestions(suggestions, (key) => feedbackFor(feedback, key, questionId).levelId !== null);
}

/** The waiting suggestions of the students `include` picks, accepted. */
export function acceptedValues(
  klass: Class,
  questionId: string,
  include: (studentKey: string) => boolean,
): AnswerValues {
  return waitingSuggestions(klass, questionId)
    .filter(({ studentKey }) => include(studentKey))
    .map(({ studentKey, suggestion }) => [
      studentKey,
      withAcceptedSuggestion(feedbackFor(klass.feedback, studentKey, questionId), suggestion.level.id),
    ]);
}

/** What the teacher changed of a level or a comment, applied to each of the students. */
export function teacherValues(
  feedback: ClassFeedback,
  studentKeys: readonly string[],
  questionId: string,
  edit: Partial<TeacherEdit>,
): AnswerValues {
  return studentKeys.flatMap((key): AnswerValues => {
    const current = feedbackFor(feedback, key, questionId);
    const next = applyEdit(current, { levelId: current.levelId, comment: current.comment, ...edit });
    return unchanged(next, current) ? [] : [[key, next]];
  });
}

type Session = {
  /** The class and its feedback as shown now. */
  current: () => Class;
  /** Shows and saves new values of one question's answers. */
  apply: (questionId: string, values: AnswerValues) => void;
};

export class ScoringActions {
  constructor(private readonly session: Session) {}

  // A form may report the same values again when it re-renders; only a real change is kept and saved
  // (a first edit of a field is always kept, so the field has a save status from then on).
  setAnswerFeedback = (studentKey: string, questionId: string, edit: TeacherEdit): void => {
    const stored = this.session.current().feedback.get(studentKey)?.answers.has(questionId);
    if (stored) this.setGroupFeedback([studentKey], questionId, edit);
    else this.session.apply(questionId, [[studentKey, applyEdit(EMPTY_FEEDBACK, edit)]]);
  };

  /** Keyboard scoring: the teacher gives a level (by rank, see levelsByRank) and keeps the comment. */
  scoreAnswer = (studentKey: string, questionId: string, levelId: string | null): void => {
    this.setGroupFeedback([studentKey], questionId, { levelId });
  };

  /**
   * A score or comment given to a group of identical answers: applied to each student, who can
   * still be changed alone. Only what the group's form changed is applied (`levelId` or `comment`).
   */
  setGroupFeedback = (studentKeys: readonly string[], questionId: string, edit: Partial<TeacherEdit>): void => {
    this.session.apply(questionId, teacherValues(this.session.current().feedback, studentKeys, questionId, edit));
  };

  /** Accepts the key's suggestion for one answer; an answer the teacher scored is left as it is. */
  acceptSuggestion = (studentKey: string, questionId: string): void => {
    this.acceptSuggestions(questionId, [studentKey]);
  };

  /** "Accept all N suggestions for this question" (or those of a group): one action, scores given stay. */
  acceptSuggestions = (questionId: string, studentKeys?: readonly string[]): number => {
    const only = studentKeys && new Set(studentKeys);
    const values = acceptedValues(this.session.current(), questionId, (key) => !only || only.has(key));
    this.session.apply(questionId, values);
    return values.length;
  };

  /** The suggestions still waiting on a question (unscored answers with one), by student key. */
  pendingSuggestions = (questionId: string): { studentKey: string; suggestion: Suggestion }[] =>
    waitingSuggestions(this.session.current(), questionId);
}
