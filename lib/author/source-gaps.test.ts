import { expect, it } from 'vitest';
import { describeSource, sourceGaps } from './source-gaps';

it('records every empty source field as a teaching point', () => {
  const gaps = sourceGaps({ authorId: 'author', title: 'Market cleared', outlet: '  ', link: undefined });
  expect(gaps.map((g) => g.field)).toEqual(['outlet', 'author', 'date', 'link']);
  expect(gaps.find((g) => g.field === 'link')?.teachingPoint).toMatch(/cannot go back to the original/);
});

it('describes the source from its fields and gaps, unless the teacher wrote a description', () => {
  expect(describeSource({ authorId: 'author', title: 'Market cleared', outlet: 'Wire' })).toBe(
    'A report “Market cleared”, in Wire. No author is named, so we cannot check who wrote it or what they know about the subject. No date is given, so we cannot tell whether the facts are still current. No link is given, so a reader cannot go back to the original and check it.',
  );
  expect(describeSource({ authorId: 'author' })).toMatch(
    /^A report whose source is not given\. The report has no title/,
  );
  expect(describeSource({ authorId: 'author', description: ' As written. ' })).toBe('As written.');
});
