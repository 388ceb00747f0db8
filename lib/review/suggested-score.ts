/**
 * Scores the lesson's key can suggest for choice and "mark in the text" answers, so the teacher
 * confirms mechanical decisions instead of making each one. A suggestion is never a score: it is
 * shown apart and becomes one only when the teacher accepts it (lib/schemas/score-origin.ts).
 *
 * The rule (one outcome per answer; blank answers and written answers get no suggestion):
 * - Single choice: Met when the one chosen option is the key's; otherwise Not yet.
 * - Multiple choice and marking: items are "required" (correct options, key sentences), "also
 *   accepted" (marking only: sentences the lesson accepts with a reason; they count as found but
 *   are never required and never wrong) or wrong (anything else, including ids the lesson no
 *   longer has).
 *   - Met: every required item found and nothing wrong.
 *   - Partly: found (required + also accepted) is at least PARTLY_MIN_FOUND_SHARE of the required
 *     count (and at least one), and wrong items are no more than found ones.
 *   - Not yet: anything else (nothing found, or more wrong than found).
 * Outcomes map to the lesson's rubric by points: Met is the top level, Not yet the bottom one,
 * Partly the level nearest the middle strictly between them (the lower one on a tie). A rubric of
 * two levels has no Partly, so a partial answer then gets no suggestion: the teacher decides.
 */
import { plural } from '@/lib/text/plural';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import type { Answer } from '@/lib/schemas/answer';
import type { ChoiceQuestion, RubricLevel } from '@/lib/schemas/lesson';
import { classQuestionCache } from './class-cache';
import type { LessonIndex } from './lesson-index';
import type { StudentSheet } from './student-sheet';

export const PARTLY_MIN_FOUND_SHARE = 0.5;

export type Outcome = 'met' | 'partly' | 'not-yet';

/** A sentence a marking question accepts without requiring it (the lesson's `alsoAccepted`). */
export type AlsoAccepted = { sentenceId: string; reason: string };

export type ScoringKey = {
  kind: 'single' | 'multiple' | 'mark';
  required: readonly string[];
  alsoAccepted: readonly AlsoAccepted[];
};

export type OutcomeLevels = Record<Outcome, RubricLevel | null>;

export type Suggestion = {
  outcome: Outcome;
  level: RubricLevel;
  /** For the teacher, e.g. "2 of 3 key sentences, 1 not in the key". */
  reason: string;
  found: number;
  required: number;
  /** The also-accepted sentences this answer marked, with the lesson's reason for each. */
  alsoAccepted: AlsoAccepted[];
  wrong: number;
};

export function choiceScoringKey(question: ChoiceQuestion): ScoringKey {
  return {
    kind: question.kind,
    required: question.options.filter((o) => o.correct).map((o) => o.id),
    alsoAccepted: [],
  };
}

/** `question.alsoAccepted` is optional so that lessons written before it still work. */
export function markScoringKey(
  question: { id: string; alsoAccepted?: readonly AlsoAccepted[] },
  keySentenceIds: readonly string[],
): ScoringKey {
  const required = new Set(keySentenceIds);
  // A sentence both in the key and accepted is required (the stricter reading wins); repeats count once.
  const seen = new Set(required);
  const alsoAccepted = (question.alsoAccepted ?? []).filter((a) => !seen.has(a.sentenceId) && seen.add(a.sentenceId));
  return { kind: 'mark', required: [...required], alsoAccepted };
}

/** The key of a question as the review knows it; null for written questions, which no key can score. */
export function scoringKey(index: LessonIndex, located: LocatedQuestion): ScoringKey | null {
  const { question } = located;
  if (isChoiceQuestion(question)) return choiceScoringKey(question);
  if (question.kind === 'mark') return markScoringKey(question, index.markKeys.get(question.id) ?? []);
  return null;
}

export function outcomeLevels(rubric: readonly RubricLevel[]): OutcomeLevels {
  const byPoints = [...rubric].sort((a, b) => a.points - b.points);
  const bottom = byPoints[0] ?? null;
  const top = byPoints.at(-1) ?? null;
  const middle = bottom && top ? (bottom.points + top.points) / 2 : 0;
  let partly: RubricLevel | null = null;
  for (const level of byPoints) {
    if (!bottom || !top || level.points <= bottom.points || level.points >= top.points) continue;
    if (!partly || Math.abs(level.points - middle) < Math.abs(partly.points - middle)) partly = level;
  }
  return { met: top, partly, 'not-yet': bottom === top ? null : bottom };
}

type Count = Omit<Suggestion, 'outcome' | 'level' | 'reason'>;

function count(key: ScoringKey, selected: readonly string[]): Count {
  // One pass over the selection: this runs for every answer of the class on each overview.
  const chosen = new Set(selected);
  const alsoAccepted = key.alsoAccepted.filter((a) => chosen.has(a.sentenceId));
  let found = 0;
  for (const id of key.required) if (chosen.has(id)) found += 1;
  const wrong = chosen.size - found - alsoAccepted.length;
  return { found, required: key.required.length, alsoAccepted, wrong };
}

function outcomeOf(key: ScoringKey, c: Count): Outcome {
  if (key.kind === 'single') return c.found === 1 && c.wrong === 0 ? 'met' : 'not-yet';
  if (c.found === c.required && c.wrong === 0) return 'met';
  const found = c.found + c.alsoAccepted.length;
  const enough = found >= Math.max(1, Math.ceil(c.required * PARTLY_MIN_FOUND_SHARE));
  return enough && c.wrong <= found ? 'partly' : 'not-yet';
}

function reasonOf(key: ScoringKey, c: Count, chosen: number): string {
  if (key.kind === 'single') {
    if (chosen > 1) return `Chose ${chosen} options; the key has one`;
    return c.found === 1 ? "Chose the key's answer" : 'Chose another answer than the key';
  }
  if (key.kind === 'multiple') {
    const parts = [`${c.found} of ${plural(c.required, 'right option')}`];
    if (c.wrong) parts.push(`${c.wrong} wrong`);
    return parts.join(', ');
  }
  const parts = [`${c.found} of ${plural(c.required, 'key sentence')}`];
  if (c.alsoAccepted.length) parts.push(`${c.alsoAccepted.length} also accepted`);
  if (c.wrong) parts.push(`${c.wrong} not in the key`);
  return parts.join(', ');
}

function selection(key: ScoringKey, answer: Answer | undefined): readonly string[] | null {
  if (key.kind === 'mark') return answer?.kind === 'mark' ? answer.sentenceIds : null;
  return answer?.kind === 'choice' ? answer.optionIds : null;
}

/** The key's suggestion for one answer, or null (blank answer, answer of another kind, no such level). */
export function suggestScore(key: ScoringKey, answer: Answer | undefined, levels: OutcomeLevels): Suggestion | null {
  const selected = selection(key, answer);
  if (!selected || selected.length === 0) return null;
  const c = count(key, selected);
  const outcome = outcomeOf(key, c);
  const level = levels[outcome];
  if (!level) return null;
  return { outcome, level, reason: reasonOf(key, c, new Set(selected).size), ...c };
}

/** Convenience for the review: the suggestion for a student's answer to a located question. */
export function suggestionFor(
  index: LessonIndex,
  located: LocatedQuestion,
  answer: Answer | undefined,
): Suggestion | null {
  const key = scoringKey(index, located);
  return key ? suggestScore(key, answer, outcomeLevels(index.lesson.rubric)) : null;
}

type Students = readonly Pick<StudentSheet, 'key' | 'answers'>[];

const cache = classQuestionCache<ReadonlyMap<string, Suggestion>>();

/** Every suggestion for one question, by student key, in class order; worked out once per class (class-cache.ts). */
export function questionSuggestions(
  index: LessonIndex,
  located: LocatedQuestion,
  students: Students,
): ReadonlyMap<string, Suggestion> {
  return cache(students, located.question, () => suggestionsOf(index, located, students));
}

function suggestionsOf(index: LessonIndex, located: LocatedQuestion, students: Students): Map<string, Suggestion> {
  const suggestions = new Map<string, Suggestion>();
  const key = scoringKey(index, located);
  if (!key) return suggestions;
  const levels = outcomeLevels(index.lesson.rubric);
  for (const student of students) {
    const suggestion = suggestScore(key, student.answers.get(located.question.id), levels);
    if (suggestion) suggestions.set(student.key, suggestion);
  }
  return suggestions;
}

/**
 * What "Accept all N suggestions for this question" accepts: suggestions of answers the teacher
 * has not scored. A score the teacher gave is never replaced by a suggestion.
 */
export function pendingSuggestions(
  suggestions: ReadonlyMap<string, Suggestion>,
  isScored: (studentKey: string) => boolean,
): { studentKey: string; suggestion: Suggestion }[] {
  return [...suggestions]
    .filter(([studentKey]) => !isScored(studentKey))
    .map(([studentKey, suggestion]) => ({ studentKey, suggestion }));
}
