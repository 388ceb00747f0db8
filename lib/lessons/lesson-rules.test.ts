import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LessonSchema, type Lesson, type Question } from '@/lib/schemas/lesson';
import { choiceLengthErrors, lessonRuleErrors, misconceptionErrors } from './lesson-rules';
import { lessonOnPath, pathCounts } from './teaching-path';

const lessonPath = path.join(process.cwd(), 'lessons', 'pakistan-online-sex-work-report', 'lesson.json');
const realLesson = (): Lesson => LessonSchema.parse(JSON.parse(readFileSync(lessonPath, 'utf8')));

/** A single-choice question whose options have these lengths; the first is the correct one. */
function single(id: string, correct: number, ...others: number[]): { question: Question; path: string } {
  const options = [correct, ...others].map((n, i) => ({
    id: `o-${i}`,
    text: 'x'.repeat(n),
    correct: i === 0,
    misconception: i === 0 ? undefined : 'A misconception.',
  }));
  const question: Question = {
    id,
    path: 'core',
    kind: 'single',
    prompt: 'Which?',
    options,
    explanation: 'Because.',
    keyPoints: [{ text: 'A point.', sentences: [] }],
  };
  return { question, path: id };
}

describe('the choice-length rule', () => {
  it('accepts a correct option that is the longest in a third of the questions, within 1.25x', () => {
    expect(choiceLengthErrors([single('a', 60, 50, 40), single('b', 40, 50, 45), single('c', 45, 50, 40)])).toEqual([]);
  });

  it('fails when the correct option is the longest in more than a third of the questions', () => {
    const errors = choiceLengthErrors([single('a', 60, 50), single('b', 55, 50), single('c', 40, 50)]);
    expect(errors).toEqual([
      {
        path: '(questions)',
        message: 'the correct option is the longest in 2 of 3 single-choice questions (at most a third)',
      },
    ]);
  });

  it('counts a tie with the longest wrong option as longest', () => {
    const errors = choiceLengthErrors([single('a', 50, 50), single('b', 40, 50)]);
    expect(errors.map((e) => e.path)).toEqual(['(questions)']);
  });

  it('fails anywhere the correct option is over 1.25x the next-longest, naming the question', () => {
    const errors = choiceLengthErrors([single('a', 126, 100), single('b', 10, 50), single('c', 10, 50)]);
    expect(errors).toEqual([
      { path: 'a.options', message: 'the correct option is 1.26x the next-longest (at most 1.25x)' },
    ]);
    expect(choiceLengthErrors([single('a', 125, 100), single('b', 10, 50), single('c', 10, 50)])).toEqual([]);
  });

  it('needs a misconception on every wrong option', () => {
    const q = single('a', 40, 50);
    if (q.question.kind !== 'single') throw new Error('expected a single-choice question');
    q.question.options[1]!.misconception = undefined;
    expect(misconceptionErrors([q])).toEqual([
      { path: 'a.options.1', message: 'a wrong option needs the misconception it stands for' },
    ]);
  });
});

describe('the real lesson', () => {
  it('meets every rule for a taught lesson', () => {
    expect(lessonRuleErrors(realLesson())).toEqual([]);
  });

  it('fails when a kind or tag is not defined, a legal claim is not charted, or the core path is too long', () => {
    const lesson = realLesson();
    lesson.taxonomy!.tags = lesson.taxonomy!.tags.filter((t) => t.id !== 'unsourced');
    lesson.claims = lesson.claims!.filter((c) => c.id !== 'c-officially-banned');
    lesson.teacherGuide!.timing.core.push({ activity: 'More', minutes: 30 });
    expect(lessonRuleErrors(lesson).map((e) => e.message)).toEqual([
      'the tag "unsourced" is not defined',
      'the legal claim in "s-ban-and-risks-1" is not in the chart',
      'the core path takes 90 minutes (the lesson has 60)',
    ]);
  });

  it('has a core path of about ten questions that keeps the whole report', () => {
    const lesson = realLesson();
    const counts = pathCounts(lesson);
    expect(counts.core.questions).toBeGreaterThanOrEqual(9);
    expect(counts.core.questions).toBeLessThanOrEqual(10);
    expect(counts.extended.questions).toBe(lesson.sections.reduce((n, s) => n + s.questions.length, 0) + 2);
    const core = lessonOnPath(lesson, 'core');
    expect(core.sections.flatMap((s) => s.paragraphs)).toEqual(lesson.sections.flatMap((s) => s.paragraphs));
    expect(core.sections.flatMap((s) => s.questions).every((q) => q.path === 'core')).toBe(true);
  });
});
