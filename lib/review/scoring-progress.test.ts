import { describe, expect, it } from 'vitest';
import type { Answer } from '@/lib/schemas/answer';
import { indexLesson } from './lesson-index';
import { classProgress, progressText, questionProgress, studentsIn } from './scoring-progress';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const updatedAt = '2025-03-10T09:59:00.000Z';
const index = indexLesson(sampleLesson);
const located = (id: string) => index.questionById.get(id)!;
const choice = (...optionIds: string[]): Answer => ({ kind: 'choice', optionIds, checked: true, updatedAt });
const text = (t: string): Answer => ({ kind: 'text', text: t, updatedAt });

const students = [
  {
    key: 'a',
    answers: new Map([
      ['q-main-source', choice('o-mayor')],
      ['q-who-speaks', text('The mayor.')],
    ]),
  },
  {
    key: 'b',
    answers: new Map([
      ['q-main-source', choice('o-resident')],
      ['q-who-speaks', text('A resident.')],
    ]),
  },
  {
    key: 'c',
    answers: new Map([
      ['q-main-source', choice()],
      ['q-who-speaks', text(' ')],
    ]),
  },
  { key: 'd', answers: new Map([['q-who-speaks', text('Nobody.')]]) },
];
const scored = new Set(['a/q-main-source', 'b/q-who-speaks', 'c/q-who-speaks']);
const isScored = (studentKey: string, questionId: string) => scored.has(`${studentKey}/${questionId}`);

describe('questionProgress', () => {
  it('puts each answer in one state: scored, suggested by the key, or needing a look', () => {
    const choiceProgress = questionProgress(index, located('q-main-source'), students, isScored);
    expect(choiceProgress).toMatchObject({ answered: 2, scored: 1, suggested: 1, needsALook: 0 });
    expect([...choiceProgress.states]).toEqual([
      ['a', 'scored'],
      ['b', 'suggested'],
      ['c', 'unanswered'],
      ['d', 'unanswered'],
    ]);
    const textProgress = questionProgress(index, located('q-who-speaks'), students, isScored);
    // c was scored, but its answer is blank: nothing to count.
    expect(textProgress).toMatchObject({ answered: 3, scored: 1, suggested: 0, needsALook: 2 });
    expect(studentsIn(textProgress, 'needs-a-look')).toEqual(['a', 'd']);
  });

  it('adds up for the class and reads as a progress line', () => {
    const total = classProgress(index.questions.map((q) => questionProgress(index, q, students, isScored)));
    expect(total).toEqual({ answered: 5, scored: 2, suggested: 1, needsALook: 2 });
    expect(progressText(total)).toBe('Scored 2 of 5 · 1 suggested · 2 need a look');
    expect(progressText({ answered: 30, scored: 12, suggested: 0, needsALook: 18 })).toBe(
      'Scored 12 of 30 · 18 need a look',
    );
    expect(progressText({ answered: 3, scored: 3, suggested: 0, needsALook: 0 })).toBe('Scored 3 of 3');
    expect(progressText({ answered: 0, scored: 0, suggested: 0, needsALook: 0 })).toBe('No answers to score');
  });
});
