import { describe, expect, it } from 'vitest';
import { KEY_POINTS_HINT, answersHint } from './reveal-hint';

describe('reveal hints', () => {
  it('say how to reveal', () => {
    expect(KEY_POINTS_HINT).toContain('press K');
    expect(answersHint({ first: 1, last: 2, total: 2, sections: ['Section 1: A'] })).toContain('press K');
  });

  it('tell the parts of one question apart by the answers and sections they list', () => {
    const first = answersHint({ first: 1, last: 4, total: 9, sections: ['Section 2: A', 'Section 4: B'] });
    const second = answersHint({ first: 5, last: 9, total: 9, sections: ['Section 5: C'] });
    expect(first).toContain('answers 1–4 of 9, from Section 2: A and Section 4: B.');
    expect(second).toContain('answers 5–9 of 9, from Section 5: C.');
  });

  it('words a single part and a single answer plainly', () => {
    expect(answersHint({ first: 1, last: 3, total: 3, sections: ['Section 1: A'] })).toContain(
      'lists all 3 answers, from',
    );
    expect(answersHint({ first: 1, last: 1, total: 1, sections: ['Section 1: A'] })).toContain(
      'lists the answer, from',
    );
    expect(answersHint({ first: 3, last: 3, total: 5, sections: ['Section 1: A'] })).toContain(
      'lists answer 3 of 5, from',
    );
  });
});
