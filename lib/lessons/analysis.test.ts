import { describe, expect, it } from 'vitest';
import { getLesson } from './load';
import { compareMarks, findQuestion, markAlsoAccepted, markKey } from './analysis';

describe('compareMarks with "also accepted" sentences', () => {
  it('counts an also-accepted sentence as accepted, neither required nor an error', () => {
    expect(compareMarks(['a', 'b'], ['a', 'c', 'd'], ['c'])).toEqual({
      correct: ['a'],
      missed: ['b'],
      extra: ['d'],
      accepted: ['c'],
    });
  });

  it('keeps the old behaviour when nothing is also accepted', () => {
    expect(compareMarks(['a'], ['a', 'c'])).toEqual({ correct: ['a'], missed: [], extra: ['c'], accepted: [] });
  });

  it('accepts the lawyer on the real "no way to reach the source" question, with the key unchanged', () => {
    const lesson = getLesson('pakistan-online-sex-work-report')!;
    const located = findQuestion(lesson, 'q-link-mark-no-way-to-reach')!;
    if (located.question.kind !== 'mark') throw new Error('expected a mark question');
    const key = markKey(lesson, located.question, located.sectionId);
    expect(key).toEqual(['s-framing-1', 's-resource-link-1']);
    const result = compareMarks(key, [...key, 's-legal-1'], markAlsoAccepted(located.question));
    expect(result).toEqual({ correct: key, missed: [], extra: [], accepted: ['s-legal-1'] });
  });
});
