import { describe, expect, it } from 'vitest';
import type { Answer } from '@/lib/schemas/answer';
import type { RubricLevel } from '@/lib/schemas/lesson';
import { indexLesson } from './lesson-index';
import {
  markScoringKey,
  outcomeLevels,
  pendingSuggestions,
  questionSuggestions,
  suggestScore,
  suggestionFor,
  type ScoringKey,
} from './suggested-score';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const updatedAt = '2025-03-10T09:59:00.000Z';
const choice = (...optionIds: string[]): Answer => ({ kind: 'choice', optionIds, checked: true, updatedAt });
const mark = (...sentenceIds: string[]): Answer => ({ kind: 'mark', sentenceIds, checked: false, updatedAt });
const level = (id: string, points: number): RubricLevel => ({ id, label: id, points, description: id });

const index = indexLesson(sampleLesson);
const levels = outcomeLevels(sampleLesson.rubric);
const located = (id: string) => index.questionById.get(id)!;
const suggest = (id: string, answer: Answer | undefined) => suggestionFor(index, located(id), answer);

describe('outcomeLevels', () => {
  it("maps Met, Partly and Not yet to the lesson's rubric by points", () => {
    expect(levels.met?.id).toBe('met');
    expect(levels.partly?.id).toBe('partly');
    expect(levels['not-yet']?.id).toBe('not-yet');
  });

  it('picks the level nearest the middle for Partly, the lower one on a tie, and none with two levels', () => {
    const four = outcomeLevels([level('d', 3), level('a', 0), level('b', 1), level('c', 2)]);
    expect([four.met?.id, four.partly?.id, four['not-yet']?.id]).toEqual(['d', 'b', 'a']);
    expect(outcomeLevels([level('no', 0), level('yes', 1)]).partly).toBeNull();
  });
});

describe('single choice', () => {
  it("suggests Met for the key's option and Not yet for another", () => {
    expect(suggest('q-main-source', choice('o-mayor'))).toMatchObject({
      outcome: 'met',
      level: { id: 'met' },
      reason: "Chose the key's answer",
    });
    expect(suggest('q-main-source', choice('o-resident'))).toMatchObject({
      outcome: 'not-yet',
      level: { id: 'not-yet' },
      reason: 'Chose another answer than the key',
    });
  });

  it('suggests Not yet when several options were chosen, even with the right one among them', () => {
    expect(suggest('q-main-source', choice('o-mayor', 'o-resident'))).toMatchObject({
      outcome: 'not-yet',
      reason: 'Chose 2 options; the key has one',
    });
  });
});

describe('multiple choice', () => {
  // Key: o-many and o-everyone; o-monday is wrong.
  it('suggests Met only for every right option and no wrong one', () => {
    expect(suggest('q-generalisations', choice('o-everyone', 'o-many'))).toMatchObject({
      outcome: 'met',
      reason: '2 of 2 right options',
    });
  });

  it('gives partial credit for half the right options with no more wrong than right', () => {
    expect(suggest('q-generalisations', choice('o-many'))).toMatchObject({
      outcome: 'partly',
      reason: '1 of 2 right options',
    });
    expect(suggest('q-generalisations', choice('o-many', 'o-monday'))).toMatchObject({
      outcome: 'partly',
      reason: '1 of 2 right options, 1 wrong',
    });
    expect(suggest('q-generalisations', choice('o-many', 'o-everyone', 'o-monday'))).toMatchObject({
      outcome: 'partly',
      found: 2,
      wrong: 1,
    });
  });

  it('suggests Not yet with no right option, or more wrong than right', () => {
    expect(suggest('q-generalisations', choice('o-monday'))).toMatchObject({
      outcome: 'not-yet',
      reason: '0 of 2 right options, 1 wrong',
    });
    expect(suggest('q-generalisations', choice('o-many', 'o-monday', 'o-removed'))).toMatchObject({
      outcome: 'not-yet',
      wrong: 2,
    });
  });
});

describe('mark in the text', () => {
  // Key: s-a, s-b, s-c required; s-d also accepted; anything else is wrong.
  const key: ScoringKey = markScoringKey(
    { id: 'q', alsoAccepted: [{ sentenceId: 's-d', reason: 'Milder, but arguable.' }] },
    ['s-a', 's-b', 's-c'],
  );
  const run = (...ids: string[]) => suggestScore(key, mark(...ids), levels);

  it('suggests Met for every key sentence, with or without also-accepted ones', () => {
    expect(run('s-c', 's-a', 's-b')).toMatchObject({ outcome: 'met', reason: '3 of 3 key sentences' });
    expect(run('s-a', 's-b', 's-c', 's-d')).toMatchObject({
      outcome: 'met',
      reason: '3 of 3 key sentences, 1 also accepted',
      alsoAccepted: [{ sentenceId: 's-d', reason: 'Milder, but arguable.' }],
    });
  });

  it('counts also-accepted sentences as found, never as wrong', () => {
    expect(run('s-a', 's-d')).toMatchObject({ outcome: 'partly', found: 1, wrong: 0 });
    expect(run('s-a')).toMatchObject({ outcome: 'not-yet', reason: '1 of 3 key sentences' });
  });

  it('suggests Partly or Not yet by how many wrong sentences come with the found ones', () => {
    expect(run('s-a', 's-b', 'x-1')).toMatchObject({
      outcome: 'partly',
      reason: '2 of 3 key sentences, 1 not in the key',
    });
    expect(run('s-a', 's-b', 'x-1', 'x-2', 'x-3')).toMatchObject({ outcome: 'not-yet', wrong: 3 });
    expect(run('x-1')).toMatchObject({ outcome: 'not-yet', reason: '0 of 3 key sentences, 1 not in the key' });
  });

  it("reads the lesson's key, and treats a sentence both required and accepted as required", () => {
    expect(suggest('q-mark-quotes', mark('s-bridge-2', 's-bridge-4'))).toMatchObject({ outcome: 'met' });
    expect(suggest('q-mark-quotes', mark('s-bridge-2', 's-bridge-1'))).toMatchObject({
      outcome: 'partly',
      reason: '1 of 2 key sentences, 1 not in the key',
    });
    const both = markScoringKey({ id: 'q', alsoAccepted: [{ sentenceId: 's-a', reason: 'r' }] }, ['s-a']);
    expect(both.alsoAccepted).toEqual([]);
    const twice = markScoringKey(
      {
        id: 'q',
        alsoAccepted: [
          { sentenceId: 's-b', reason: 'r' },
          { sentenceId: 's-b', reason: 'again' },
        ],
      },
      ['s-a'],
    );
    expect(suggestScore(twice, mark('s-a', 's-b'), levels)).toMatchObject({ outcome: 'met', wrong: 0 });
    expect(twice.alsoAccepted).toHaveLength(1);
  });
});

describe('no suggestion', () => {
  it('for unanswered, blank, written and mismatched answers', () => {
    expect(suggest('q-main-source', undefined)).toBeNull();
    expect(suggest('q-main-source', choice())).toBeNull();
    expect(suggest('q-mark-quotes', mark())).toBeNull();
    expect(suggest('q-who-speaks', { kind: 'text', text: 'The mayor.', updatedAt })).toBeNull();
    expect(suggest('q-mark-quotes', choice('o-mayor'))).toBeNull();
  });

  it('for a partial answer when the rubric has no middle level', () => {
    const twoLevels = outcomeLevels([level('no', 0), level('yes', 1)]);
    const key = markScoringKey({ id: 'q' }, ['s-a', 's-b']);
    expect(suggestScore(key, mark('s-a'), twoLevels)).toBeNull();
    expect(suggestScore(key, mark('s-a', 's-b'), twoLevels)).toMatchObject({ level: { id: 'yes' } });
  });
});

describe('questionSuggestions and pendingSuggestions', () => {
  const students = [
    { key: 'a', answers: new Map([['q-main-source', choice('o-mayor')]]) },
    { key: 'b', answers: new Map([['q-main-source', choice('o-resident')]]) },
    { key: 'c', answers: new Map<string, Answer>() },
  ];

  it('suggests for each answered student and leaves scored answers out of "accept all"', () => {
    const suggestions = questionSuggestions(index, located('q-main-source'), students);
    expect([...suggestions.keys()]).toEqual(['a', 'b']);
    const pending = pendingSuggestions(suggestions, (key) => key === 'a');
    expect(pending.map((p) => [p.studentKey, p.suggestion.outcome])).toEqual([['b', 'not-yet']]);
  });

  it('suggests nothing for a written question', () => {
    expect(questionSuggestions(index, located('q-who-speaks'), students).size).toBe(0);
  });
});
