import { describe, expect, it } from 'vitest';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import type { Answer } from '@/lib/schemas/answer';
import { answerGroups, groupAnswers, groupItems, groupScore, REMOVED_ITEM } from './answer-groups';
import { indexLesson } from './lesson-index';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const updatedAt = '2025-03-10T09:59:00.000Z';
const choice = (...optionIds: string[]): Answer => ({ kind: 'choice', optionIds, checked: true, updatedAt });
const mark = (...sentenceIds: string[]): Answer => ({ kind: 'mark', sentenceIds, checked: false, updatedAt });
const student = (key: string, questionId: string, answer?: Answer) => ({
  key,
  answers: new Map(answer ? [[questionId, answer]] : []),
});

const index = indexLesson(sampleLesson);
const located = (id: string) => index.questionById.get(id)!;

describe('groupAnswers', () => {
  const q = 'q-generalisations';
  const order = ['o-many', 'o-monday', 'o-everyone'];

  it('puts answers with the same selection together, whatever the order and repeats', () => {
    const { groups } = groupAnswers(
      q,
      'choice',
      [
        student('a', q, choice('o-everyone', 'o-many')),
        student('b', q, choice('o-many', 'o-everyone', 'o-many')),
        student('c', q, choice('o-many')),
      ],
      order,
    );
    expect(groups).toEqual([
      { id: 'o-many+o-everyone', itemIds: ['o-many', 'o-everyone'], count: 2, studentKeys: ['a', 'b'] },
      { id: 'o-many', itemIds: ['o-many'], count: 1, studentKeys: ['c'] },
    ]);
  });

  it("orders by count, then by the question's order, and lists blank answers apart", () => {
    const result = groupAnswers(
      q,
      'choice',
      [
        student('a', q, choice('o-everyone')),
        student('b', q, choice('o-monday')),
        student('c', q, choice('o-many', 'o-monday')),
        student('d', q, choice('o-monday')),
        student('e', q, choice()),
        student('f', q),
        student('g', q, choice('o-many')),
      ],
      order,
    );
    expect(result.groups.map((g) => [g.id, g.count])).toEqual([
      ['o-monday', 2],
      ['o-many', 1],
      ['o-many+o-monday', 1],
      ['o-everyone', 1],
    ]);
    expect(result.unanswered).toEqual(['e', 'f']);
  });

  it('keeps ids the lesson no longer has, after the known ones', () => {
    const { groups } = groupAnswers(q, 'choice', [student('a', q, choice('o-gone', 'o-many'))], order);
    expect(groups[0]?.itemIds).toEqual(['o-many', 'o-gone']);
  });

  it('ignores an answer of the other kind', () => {
    const result = groupAnswers(q, 'choice', [student('a', q, mark('s-bridge-1'))], order);
    expect(result).toEqual({ groups: [], unanswered: ['a'] });
  });
});

describe('answerGroups', () => {
  it('groups markings in reading order of the sentences', () => {
    const q = 'q-mark-quotes';
    const result = answerGroups(index, located(q), [
      student('a', q, mark('s-bridge-4', 's-bridge-2')),
      student('b', q, mark('s-bridge-2', 's-bridge-4')),
      student('c', q, mark('s-bridge-1')),
    ]);
    expect(result?.groups.map((g) => [g.itemIds, g.studentKeys])).toEqual([
      [
        ['s-bridge-2', 's-bridge-4'],
        ['a', 'b'],
      ],
      [['s-bridge-1'], ['c']],
    ]);
  });

  it('groups choices in the order of the options, and nothing for a written question', () => {
    const q = 'q-main-source';
    const result = answerGroups(index, located(q), [student('a', q, choice('o-resident'))]);
    expect(result?.groups.map((g) => g.id)).toEqual(['o-resident']);
    expect(answerGroups(index, located('q-who-speaks'), [])).toBeNull();
  });
});

describe('groupItems', () => {
  it('gives each item its words and how the key sees it', () => {
    expect(groupItems(index, located('q-generalisations'), ['o-many', 'o-monday', 'o-gone'])).toEqual([
      { id: 'o-many', text: 'Many people were upset.', verdict: 'in-key' },
      { id: 'o-monday', text: 'The bridge closed on Monday.', verdict: 'not-in-key' },
      { id: 'o-gone', text: REMOVED_ITEM, verdict: 'removed' },
    ]);
    expect(groupItems(index, located('q-mark-quotes'), ['s-bridge-1', 's-bridge-2']).map((i) => i.verdict)).toEqual([
      'not-in-key',
      'in-key',
    ]);
  });

  it("marks the lesson's also-accepted sentences with the lesson's reason", () => {
    const base = located('q-mark-quotes');
    const question = { ...base.question, alsoAccepted: [{ sentenceId: 's-bridge-3', reason: 'Close to a quote.' }] };
    const withAccepted: LocatedQuestion = { ...base, question };
    expect(groupItems(index, withAccepted, ['s-bridge-3'])).toEqual([
      {
        id: 's-bridge-3',
        text: 'A resident said the detour adds an hour.',
        verdict: 'also-accepted',
        note: 'Close to a quote.',
      },
    ]);
  });
});

describe('groupScore', () => {
  const levels: Record<string, string | null> = { a: 'met', b: 'met', c: null, d: 'partly' };
  const levelOf = (key: string) => levels[key] ?? null;

  it('gives the level every student of the group shares', () => {
    expect(groupScore(['a', 'b'], levelOf)).toEqual({ sharedLevelId: 'met', unscored: false });
  });

  it('gives no shared level when they differ, and says when one has no score', () => {
    expect(groupScore(['a', 'd'], levelOf)).toEqual({ sharedLevelId: null, unscored: false });
    expect(groupScore(['a', 'c'], levelOf)).toEqual({ sharedLevelId: null, unscored: true });
    expect(groupScore(['c'], levelOf)).toEqual({ sharedLevelId: null, unscored: true });
  });
});
