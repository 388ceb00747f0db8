/**
 * Rules for a lesson that is taught, on top of the schema (which small test lessons also meet):
 * fair choice options, the teaching material present and consistent with the analysis, and a core
 * path that fits the lesson's time. Run by `npm run lessons:check` on every lesson in lessons/.
 */
import { ModeSchema, TagSchema, type ChoiceQuestion, type Lesson, type Question } from '@/lib/schemas/lesson';
import { lessonSentences } from './analysis';

export type RuleError = { path: string; message: string };

/** The correct option may be the longest in at most this share of single-choice questions. */
export const MAX_LONGEST_CORRECT_SHARE = 1 / 3;
/** Nowhere may the correct option be longer than this many times the longest other option. */
export const MAX_CORRECT_LENGTH_RATIO = 1.25;

type Located<T> = { question: T; path: string };

export function allQuestions(lesson: Lesson): Located<Question>[] {
  return [
    ...lesson.sections.flatMap((s, si) =>
      s.questions.map((question, qi) => ({ question, path: `sections.${si}.questions.${qi}` })),
    ),
    ...lesson.wrapUp.questions.map((question, qi) => ({ question, path: `wrapUp.questions.${qi}` })),
    ...(lesson.exitTicket?.items ?? []).map((question, qi) => ({ question, path: `exitTicket.items.${qi}` })),
  ];
}

/**
 * A student should not be able to pick the answer by its length: the correct option is the longest
 * (ties count) in at most a third of the single-choice questions, and never over 1.25x the next-longest.
 */
export function choiceLengthErrors(questions: Located<Question>[]): RuleError[] {
  const singles = questions.filter((q): q is Located<ChoiceQuestion> => q.question.kind === 'single');
  const errors: RuleError[] = [];
  let longest = 0;
  for (const { question, path } of singles) {
    const correct = question.options.find((o) => o.correct);
    const others = question.options.filter((o) => !o.correct).map((o) => o.text.length);
    if (!correct || others.length === 0) continue;
    const nextLongest = Math.max(...others);
    if (correct.text.length >= nextLongest) longest += 1;
    const ratio = correct.text.length / nextLongest;
    if (ratio > MAX_CORRECT_LENGTH_RATIO) {
      errors.push({
        path: `${path}.options`,
        message: `the correct option is ${ratio.toFixed(2)}x the next-longest (at most ${MAX_CORRECT_LENGTH_RATIO}x)`,
      });
    }
  }
  if (singles.length > 0 && longest / singles.length > MAX_LONGEST_CORRECT_SHARE) {
    errors.push({
      path: '(questions)',
      message: `the correct option is the longest in ${longest} of ${singles.length} single-choice questions (at most a third)`,
    });
  }
  return errors;
}

/** Every wrong option of a single-choice question names the misconception it stands for. */
export function misconceptionErrors(questions: Located<Question>[]): RuleError[] {
  return questions.flatMap(({ question, path }) =>
    question.kind === 'single'
      ? question.options.flatMap((o, oi) =>
          !o.correct && !o.misconception
            ? [{ path: `${path}.options.${oi}`, message: 'a wrong option needs the misconception it stands for' }]
            : [],
        )
      : [],
  );
}

/** The teaching material is present, defines every kind and tag, and charts every legal claim. */
export function materialErrors(lesson: Lesson): RuleError[] {
  const errors: RuleError[] = [];
  const missing = (['taxonomy', 'glossary', 'claims', 'lateralReading', 'exitTicket', 'teacherGuide'] as const).filter(
    (field) => !lesson[field],
  );
  missing.forEach((field) => errors.push({ path: field, message: `a taught lesson needs "${field}"` }));
  if (lesson.taxonomy) {
    const kinds = new Set(lesson.taxonomy.kinds.map((k) => k.id));
    const tags = new Set(lesson.taxonomy.tags.map((t) => t.id));
    ModeSchema.options.forEach((id) => {
      if (!kinds.has(id)) errors.push({ path: 'taxonomy.kinds', message: `the kind "${id}" is not defined` });
    });
    TagSchema.options.forEach((id) => {
      if (!tags.has(id)) errors.push({ path: 'taxonomy.tags', message: `the tag "${id}" is not defined` });
    });
  }
  if (lesson.claims) {
    const charted = new Set(lesson.claims.filter((c) => c.category === 'legal').flatMap((c) => c.sentences));
    lessonSentences(lesson)
      .filter((s) => s.tags.includes('legal-claim') && !charted.has(s.id))
      .forEach((s) => errors.push({ path: 'claims', message: `the legal claim in "${s.id}" is not in the chart` }));
  }
  return errors;
}

/** The core path fits the lesson's time, the extended path two lessons. */
export function timingErrors(lesson: Lesson): RuleError[] {
  const timing = lesson.teacherGuide?.timing;
  if (!timing) return [];
  const total = (steps: { minutes: number }[]) => steps.reduce((n, s) => n + s.minutes, 0);
  const errors: RuleError[] = [];
  if (total(timing.core) > lesson.durationMinutes)
    errors.push({
      path: 'teacherGuide.timing.core',
      message: `the core path takes ${total(timing.core)} minutes (the lesson has ${lesson.durationMinutes})`,
    });
  if (total(timing.extended) > 2 * lesson.durationMinutes)
    errors.push({
      path: 'teacherGuide.timing.extended',
      message: `the extended path takes ${total(timing.extended)} minutes (two lessons have ${2 * lesson.durationMinutes})`,
    });
  return errors;
}

export function lessonRuleErrors(lesson: Lesson): RuleError[] {
  const questions = allQuestions(lesson);
  return [
    ...choiceLengthErrors(questions),
    ...misconceptionErrors(questions),
    ...materialErrors(lesson),
    ...timingErrors(lesson),
  ];
}
