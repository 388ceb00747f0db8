import { describe, expect, it } from 'vitest';
import type { ClassFeedback } from '@/lib/schemas/review';
import { withAnswerFeedback } from './feedback';
import { REUSABLE_COMMENTS_SHOWN, reusableComments } from './reusable-comments';

function classWith(comments: [string, string, string][]): ClassFeedback {
  let feedback: ClassFeedback = new Map();
  for (const [student, questionId, comment] of comments)
    feedback = withAnswerFeedback(feedback, student, questionId, { levelId: null, comment, origin: null });
  return feedback;
}

describe('reusableComments', () => {
  it('lists the comments on one question, most used first, each once and trimmed', () => {
    const feedback = classWith([
      ['a', 'q1', 'Quote the text.'],
      ['b', 'q1', 'Who speaks here?'],
      ['c', 'q1', ' Who speaks here? '],
      ['d', 'q1', '   '],
      ['e', 'q2', 'Another question.'],
    ]);
    expect(reusableComments(feedback, 'q1')).toEqual(['Who speaks here?', 'Quote the text.']);
    expect(reusableComments(feedback, 'q3')).toEqual([]);
  });

  it(`offers at most ${REUSABLE_COMMENTS_SHOWN}`, () => {
    const feedback = classWith(Array.from({ length: 9 }, (_, i): [string, string, string] => [`s${i}`, 'q', `c${i}`]));
    expect(reusableComments(feedback, 'q')).toHaveLength(REUSABLE_COMMENTS_SHOWN);
  });
});
