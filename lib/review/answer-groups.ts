/**
 * Identical answers to a choice or "mark in the text" question, grouped: the teacher reads each
 * distinct answer once, sees how many gave it and who, and can score or comment on the group
 * (the review applies that to each student, who can still be changed alone).
 *
 * Two answers are identical when they select the same set of ids: order and repeats do not
 * matter. Groups are ordered by count, largest first; ties follow the question's own order
 * (options as listed, sentences in reading order), so the list does not jump between renders.
 * Blank answers form no group; their students are listed apart as `unanswered`.
 */
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import { markSentences, type LocatedQuestion } from '@/lib/lessons/analysis';
import type { Answer } from '@/lib/schemas/answer';
import { classQuestionCache } from './class-cache';
import type { LessonIndex } from './lesson-index';
import type { StudentSheet } from './student-sheet';
import { scoringKey } from './suggested-score';

export type AnswerGroup = {
  /** Stable across renders and imports: the selected ids in question order, joined by "+". */
  id: string;
  /** The selected option or sentence ids, in the question's order; ids the lesson no longer has come last. */
  itemIds: string[];
  count: number;
  /** In class order. */
  studentKeys: string[];
};

export type AnswerGroups = { groups: AnswerGroup[]; unanswered: string[] };

export const REMOVED_ITEM = 'An option or sentence that is no longer in the lesson';

type Students = readonly Pick<StudentSheet, 'key' | 'answers'>[];

function selectionOf(answer: Answer | undefined, kind: 'choice' | 'mark'): readonly string[] {
  if (answer?.kind === 'choice' && kind === 'choice') return answer.optionIds;
  if (answer?.kind === 'mark' && kind === 'mark') return answer.sentenceIds;
  return [];
}

/** Lexicographic on the items' positions in the question, a shorter prefix first. */
function compareItems(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/**
 * Groups the students' answers to one question. `itemOrder` is the question's order of option or
 * sentence ids, used to sort items within a group and to break ties between groups.
 */
export function groupAnswers(
  questionId: string,
  kind: 'choice' | 'mark',
  students: Students,
  itemOrder: readonly string[],
): AnswerGroups {
  const position = new Map(itemOrder.map((id, i) => [id, i]));
  const rank = (id: string) => position.get(id) ?? itemOrder.length;
  const byId = new Map<string, AnswerGroup & { ranks: number[] }>();
  const unanswered: string[] = [];
  for (const student of students) {
    const selected = selectionOf(student.answers.get(questionId), kind);
    if (selected.length === 0) {
      unanswered.push(student.key);
      continue;
    }
    const itemIds = [...new Set(selected)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const id = itemIds.join('+');
    const group = byId.get(id);
    if (group) {
      group.count += 1;
      group.studentKeys.push(student.key);
    } else {
      byId.set(id, { id, itemIds, count: 1, studentKeys: [student.key], ranks: itemIds.map(rank) });
    }
  }
  const groups = [...byId.values()]
    .sort((a, b) => b.count - a.count || compareItems(a.ranks, b.ranks))
    .map(({ id, itemIds, count, studentKeys }) => ({ id, itemIds, count, studentKeys }));
  return { groups, unanswered };
}

const cache = classQuestionCache<AnswerGroups | null>();

/**
 * The groups of a located question; null for a written question, whose free text is read one by one.
 * Worked out once per class (lib/review/class-cache.ts).
 */
export function answerGroups(index: LessonIndex, located: LocatedQuestion, students: Students): AnswerGroups | null {
  return cache(students, located.question, () => groupsOf(index, located, students));
}

function groupsOf(index: LessonIndex, located: LocatedQuestion, students: Students): AnswerGroups | null {
  const { question, sectionId } = located;
  if (isChoiceQuestion(question)) {
    const order = question.options.map((o) => o.id);
    return groupAnswers(question.id, 'choice', students, order);
  }
  if (question.kind === 'mark') {
    const order = markSentences(index.lesson, question, sectionId).map((s) => s.id);
    return groupAnswers(question.id, 'mark', students, order);
  }
  return null;
}

export type ItemVerdict = 'in-key' | 'also-accepted' | 'not-in-key' | 'removed';
export type GroupItem = { id: string; text: string; verdict: ItemVerdict; /** Why it is accepted. */ note?: string };

/** The words of a group's items, each with how the key sees it, for the group's row. */
export function groupItems(index: LessonIndex, located: LocatedQuestion, itemIds: readonly string[]): GroupItem[] {
  const { question } = located;
  const key = scoringKey(index, located);
  const required = new Set(key?.required);
  const accepted = new Map(key?.alsoAccepted.map((a) => [a.sentenceId, a.reason]));
  const textOf = (id: string) =>
    isChoiceQuestion(question) ? question.options.find((o) => o.id === id)?.text : index.sentenceById.get(id)?.text;
  return itemIds.map((id): GroupItem => {
    const text = textOf(id);
    if (text === undefined) return { id, text: REMOVED_ITEM, verdict: 'removed' };
    if (required.has(id)) return { id, text, verdict: 'in-key' };
    const note = accepted.get(id);
    return note === undefined ? { id, text, verdict: 'not-in-key' } : { id, text, verdict: 'also-accepted', note };
  });
}

/** Where a group's scores stand: the level all its students share (the group's buttons), and whether any has none. */
export type GroupScore = { sharedLevelId: string | null; unscored: boolean };

export function groupScore(studentKeys: readonly string[], levelOf: (studentKey: string) => string | null): GroupScore {
  const levels = new Set(studentKeys.map(levelOf));
  const [only] = levels;
  return { sharedLevelId: levels.size === 1 ? (only ?? null) : null, unscored: levels.has(null) };
}
