import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleClass } from '@/lib/testing/sample-class';
import { sampleLesson } from '@/lib/testing/sample-lesson';
import { sheetsOf } from '@/lib/testing/student-sheets';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { answerGroups } from './answer-groups';
import { classQuestionCache } from './class-cache';
import { prepareClass } from './class-figures';
import { answerCounts, choiceDistribution, markHeatMap, questionStats } from './class-stats';
import { indexLesson } from './lesson-index';
import { needsALookOrder } from './needs-a-look';
import type { StudentSheet } from './student-sheet';
import { questionSuggestions } from './suggested-score';

const index = indexLesson(sampleLesson);
const classOf = (count: number, seed: number) => sheetsOf(index, sampleClass(sampleLesson, count, { seed }));

/** Every figure the class cache keeps for one question. */
function figures(sheets: readonly StudentSheet[], located: LocatedQuestion) {
  const { question } = located;
  return {
    counts: answerCounts(index, located, sheets),
    suggestions: questionSuggestions(index, located, sheets),
    groups: answerGroups(index, located, sheets),
    distribution: isChoiceQuestion(question) ? choiceDistribution(located, sheets) : null,
    heat: question.kind === 'mark' ? markHeatMap(index, located, sheets) : null,
    look: question.kind === 'text' ? needsALookOrder(question, sheets, () => false) : null,
  };
}

/** Counts every read of a student's answers, to see whether a figure was worked out again. */
function countingReads(sheets: readonly StudentSheet[]) {
  let reads = 0;
  const counted = sheets.map((sheet) => {
    const answers = new Map(sheet.answers);
    const get = answers.get.bind(answers);
    answers.get = (id) => {
      reads += 1;
      return get(id);
    };
    return { ...sheet, answers };
  });
  return { sheets: counted, reads: () => reads };
}

describe('classQuestionCache', () => {
  it('computes once per class and question, and again for a new class', () => {
    const cache = classQuestionCache<number>();
    const compute = vi.fn(() => compute.mock.calls.length);
    const first = [{}];
    const q1 = {};
    const q2 = {};
    expect(cache(first, q1, compute)).toBe(1);
    expect(cache(first, q1, compute)).toBe(1);
    expect(cache(first, q2, compute)).toBe(2);
    expect(cache([...first], q1, compute)).toBe(3);
    expect(compute).toHaveBeenCalledTimes(3);
  });
});

describe('class figures', () => {
  const sheets = classOf(40, 3);

  it('are the same as worked out directly, and kept for the same class', () => {
    for (const located of index.questions) {
      const cached = figures(sheets, located);
      // A copy of the array is another class to the cache: worked out again from scratch.
      expect(figures([...sheets], located), located.question.id).toEqual(cached);
      expect(figures(sheets, located).groups).toBe(cached.groups);
      expect(figures(sheets, located).suggestions).toBe(cached.suggestions);
    }
  });

  it('are worked out again when the class changes', () => {
    const located = index.questions.find((q) => q.question.kind === 'mark')!;
    const before = answerGroups(index, located, sheets)!;
    const next = [...sheets, ...classOf(5, 4)];
    const after = answerGroups(index, located, next)!;
    const count = (g: typeof before) => g.groups.reduce((n, group) => n + group.count, 0) + g.unanswered.length;
    expect(count(before)).toBe(40);
    expect(count(after)).toBe(45);
    expect(questionStats(index, next, new Map(), located).students).toBe(45);
  });

  it('keep the scores out: a score changes the statistics without a new pass over the answers', () => {
    const counted = countingReads(classOf(10, 5));
    const located = index.questions[0]!;
    const unscored = questionStats(index, counted.sheets, new Map(), located);
    const reads = counted.reads();
    const key = counted.sheets[0]!.key;
    const feedback = new Map([
      [
        key,
        {
          answers: new Map([[located.question.id, { levelId: 'met', comment: '', origin: 'teacher' as const }]]),
          overallComment: '',
        },
      ],
    ]);
    const scored = questionStats(index, counted.sheets, feedback, located);
    expect(counted.reads()).toBe(reads);
    expect(scored.scored).toBe(unscored.scored + 1);
    expect([scored.answered, scored.correct]).toEqual([unscored.answered, unscored.correct]);
  });
});

describe('prepareClass', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prepares one question per task, after which every figure is a lookup', () => {
    vi.useFakeTimers();
    const counted = countingReads(classOf(12, 6));
    prepareClass(index, counted.sheets);
    expect(counted.reads()).toBe(0);
    vi.advanceTimersToNextTimer();
    const afterFirst = counted.reads();
    expect(afterFirst).toBeGreaterThan(0);
    vi.runAllTimers();
    const prepared = counted.reads();
    for (const located of index.questions) figures(counted.sheets, located);
    expect(counted.reads()).toBe(prepared);
  });

  it('stops when the class changes', () => {
    vi.useFakeTimers();
    const counted = countingReads(classOf(12, 7));
    const stop = prepareClass(index, counted.sheets);
    vi.advanceTimersToNextTimer();
    stop();
    const reads = counted.reads();
    vi.runAllTimers();
    expect(counted.reads()).toBe(reads);
    expect(vi.getTimerCount()).toBe(0);
  });
});
