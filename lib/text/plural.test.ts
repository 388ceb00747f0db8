import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'student')).toBe('1 student');
    expect(plural(0, 'student')).toBe('0 students');
    expect(plural(2, 'student')).toBe('2 students');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'choice', 'choices')).toBe('1 choice');
    expect(pluralWord(3, 'is', 'are')).toBe('are');
    expect(pluralWord(1, 'was', 'were')).toBe('was');
  });

  it('groups large counts and treats fractions as plural', () => {
    expect(plural(1200, 'file')).toBe('1,200 files');
    expect(pluralWord(1.5, 'point')).toBe('points');
  });
});
