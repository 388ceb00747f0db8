import { describe, expect, it } from 'vitest';
import type { Answer } from '@/lib/schemas/answer';
import { contentWords, mentionsKeyPoint, needsALookOrder, wordCount } from './needs-a-look';

const updatedAt = '2025-03-10T09:59:00.000Z';
const text = (t: string): Answer => ({ kind: 'text', text: t, updatedAt });

const question = {
  id: 'q-check',
  keyPoints: [
    { text: 'Search for who funds and oversees the broadcaster, using independent sources.', sentences: [] },
    { text: 'Check the date of the ban.', sentences: [] },
  ],
};
const student = (key: string, answer?: Answer) => ({ key, answers: new Map(answer ? [[question.id, answer]] : []) });

describe('contentWords and wordCount', () => {
  it('keeps lower-cased content words, drops function words and a plural "s"', () => {
    expect([...contentWords('The Sources of the funds, and the ban!')]).toEqual(['source', 'fund', 'ban']);
    expect(wordCount("It's a well-known  fact.")).toBe(4);
    expect(wordCount('   ')).toBe(0);
  });
});

describe('mentionsKeyPoint', () => {
  it('needs two shared words and a quarter of the key point, or every word of a short key point', () => {
    const key = contentWords(question.keyPoints[0]!.text);
    expect(mentionsKeyPoint(contentWords('I would search independent sites'), key)).toBe(true);
    expect(mentionsKeyPoint(contentWords('I would search'), key)).toBe(false);
    expect(mentionsKeyPoint(contentWords('The ban'), contentWords('The ban.'))).toBe(true);
  });
});

describe('needsALookOrder', () => {
  const students = [
    student(
      'full',
      text('I would search for who funds the broadcaster in independent sources and check the date of the ban.'),
    ),
    student('scored-short', text('No idea.')),
    student('none', text('I think the woman in the story was very brave and I feel sorry for her situation.')),
    student('one', text('I would check the date when this ban started, because laws change.')),
    student('short', text('It is bad.')),
    student('blank', text('  ')),
    student('missing'),
  ];
  const order = needsALookOrder(question, students, (key) => key === 'scored-short');

  it('lists unscored answers first, the fewest key points and then the shortest first, blanks left out', () => {
    expect(order.map((i) => i.studentKey)).toEqual(['short', 'none', 'one', 'full', 'scored-short']);
  });

  it('gives the reasons in words', () => {
    const reasons = Object.fromEntries(order.map((i) => [i.studentKey, i.reasons]));
    expect(reasons).toEqual({
      short: ['short answer (3 words)', 'mentions none of the key points'],
      none: ['mentions none of the key points'],
      one: ['mentions 1 of 2 key points'],
      full: ['mentions all 2 key points'],
      'scored-short': ['short answer (2 words)', 'mentions none of the key points'],
    });
  });

  it('words the reason for a question with one key point', () => {
    const one = { id: question.id, keyPoints: [question.keyPoints[1]!] };
    const items = needsALookOrder(
      one,
      [student('a', text('Check the date of the ban first.')), student('b', text('Hmm.'))],
      () => false,
    );
    expect(items.map((i) => i.reasons.at(-1))).toEqual(['does not mention the key point', 'mentions the key point']);
  });
});
