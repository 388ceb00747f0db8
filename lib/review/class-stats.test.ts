import { describe, expect, it } from 'vitest';
import type { ResponseFile } from '@/lib/schemas/exchange';
import { choiceDistribution, classStats, markHeatMap } from './class-stats';
import { withAnswerFeedback } from './feedback';
import type { ClassFeedback } from '@/lib/schemas/review';
import { indexLesson } from './lesson-index';
import { sheetsOf } from '@/lib/testing/student-sheets';
import { sampleResponseFile } from '@/lib/testing/sample-class';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const index = indexLesson(sampleLesson);
const updatedAt = '2025-03-10T09:59:00.000Z';
const located = (id: string) => index.questionById.get(id)!;

function student(name: string, answers: ResponseFile['answers']): ResponseFile {
  return { ...sampleResponseFile(sampleLesson, name), answers };
}

const sheets = sheetsOf(index, [
  student('A', [
    { questionId: 'q-main-source', answer: { kind: 'choice', optionIds: ['o-mayor'], checked: true, updatedAt } },
    {
      questionId: 'q-mark-quotes',
      answer: { kind: 'mark', sentenceIds: ['s-bridge-2', 's-bridge-4'], checked: true, updatedAt },
    },
    {
      questionId: 'q-generalisations',
      answer: { kind: 'choice', optionIds: ['o-many', 'o-everyone'], checked: true, updatedAt },
    },
    { questionId: 'q-who-speaks', answer: { kind: 'text', text: 'The mayor.', updatedAt } },
  ]),
  student('B', [
    { questionId: 'q-main-source', answer: { kind: 'choice', optionIds: ['o-resident'], checked: true, updatedAt } },
    {
      questionId: 'q-mark-quotes',
      answer: { kind: 'mark', sentenceIds: ['s-bridge-2', 's-bridge-1'], checked: false, updatedAt },
    },
    { questionId: 'q-generalisations', answer: { kind: 'choice', optionIds: ['o-many'], checked: true, updatedAt } },
    { questionId: 'q-who-speaks', answer: { kind: 'text', text: '   ', updatedAt } },
  ]),
  student('C', [
    {
      questionId: 'q-main-source',
      answer: { kind: 'choice', optionIds: ['o-mayor', 'o-gone'], checked: true, updatedAt },
    },
  ]),
  student('D', []),
]);

const keyOf = (name: string) => sheets.find((s) => s.name === name)!.key;
let feedback: ClassFeedback = new Map();
feedback = withAnswerFeedback(feedback, keyOf('A'), 'q-who-speaks', {
  levelId: 'partly',
  origin: 'teacher',
  comment: '',
});
feedback = withAnswerFeedback(feedback, keyOf('B'), 'q-who-speaks', {
  levelId: 'not-yet',
  origin: 'teacher',
  comment: 'Try again.',
});
feedback = withAnswerFeedback(feedback, keyOf('C'), 'q-who-speaks', {
  levelId: null,
  origin: null,
  comment: 'No answer?',
});
feedback = withAnswerFeedback(feedback, keyOf('A'), 'q-main-source', {
  levelId: 'met',
  origin: 'teacher',
  comment: '',
});

describe('classStats', () => {
  const stats = new Map(classStats(index, sheets, feedback).map((s) => [s.located.question.id, s]));

  it('counts completion, ignoring empty answers', () => {
    expect(stats.get('q-who-speaks')).toMatchObject({ students: 4, answered: 1, completion: 0.25 });
    expect(stats.get('q-main-source')).toMatchObject({ answered: 3, completion: 0.75 });
  });

  it('averages the points of scored answers only', () => {
    expect(stats.get('q-who-speaks')).toMatchObject({ scored: 2, averagePoints: 0.5, averageShare: 0.25 });
    expect(stats.get('q-main-source')).toMatchObject({ scored: 1, averagePoints: 2, averageShare: 1 });
    expect(stats.get('q-reflection')).toMatchObject({ scored: 0, averagePoints: null, averageShare: null });
  });

  it('counts exactly right choices and markings; none for written answers', () => {
    expect(stats.get('q-main-source')).toMatchObject({ correct: 1, correctShare: 1 / 3 });
    expect(stats.get('q-generalisations')).toMatchObject({ correct: 1, correctShare: 0.5 });
    expect(stats.get('q-mark-quotes')).toMatchObject({ correct: 1, correctShare: 0.5 });
    expect(stats.get('q-who-speaks')).toMatchObject({ correct: null, correctShare: null });
  });

  it('flags questions the class found hard, with reasons in words', () => {
    expect(stats.get('q-who-speaks')?.hardReasons).toEqual(['only 25% answered', 'average score 0.5 of 2']);
    expect(stats.get('q-main-source')?.hardReasons).toEqual(['only 33% exactly right']);
    expect(stats.get('q-generalisations')?.hardReasons).toEqual(['only 50% answered']);
  });
});

describe('choiceDistribution', () => {
  it('counts each option once per student and counts options no longer in the lesson apart', () => {
    const distribution = choiceDistribution(located('q-main-source'), sheets);
    expect(distribution.options.map((o) => [o.option.id, o.count])).toEqual([
      ['o-mayor', 2],
      ['o-resident', 1],
    ]);
    expect(distribution).toMatchObject({ removedOptions: 1, answered: 3 });
  });
});

describe('markHeatMap', () => {
  it('counts marks per sentence of the section, by paragraph, with the key', () => {
    const heat = markHeatMap(index, located('q-mark-quotes'), sheets);
    expect(heat).toMatchObject({ answered: 2, keySize: 2 });
    expect(heat.paragraphs.map((p) => p.sentences.map((s) => [s.sentence.id, s.count, s.inKey]))).toEqual([
      [
        ['s-bridge-1', 1, false],
        ['s-bridge-2', 2, true],
      ],
      [
        ['s-bridge-3', 0, false],
        ['s-bridge-4', 1, true],
      ],
    ]);
  });
});
