import { describe, expect, it } from 'vitest';
import {
  guidePath,
  lessonPath,
  lessonUsePath,
  openedPath,
  presenterPath,
  projectorPath,
  reviewPath,
  studyPath,
} from './lesson-paths';

describe('lesson paths', () => {
  it('builds each page of a lesson with the trailing slash of the static export', () => {
    expect(lessonPath('x')).toBe('/lessons/x/');
    expect(studyPath('x')).toBe('/lessons/x/study/');
    expect(projectorPath('x')).toBe('/lessons/x/present/');
    expect(presenterPath('x')).toBe('/lessons/x/present/presenter/');
    expect(reviewPath('x')).toBe('/lessons/x/review/');
    expect(guidePath('x')).toBe('/lessons/x/guide/');
    expect(lessonUsePath('x', 'review')).toBe(reviewPath('x'));
  });

  it('names a lesson opened from a file in the query of its client route, escaped', () => {
    expect(openedPath('my-lesson', 'study')).toBe('/opened/study/?lesson=my-lesson');
    expect(openedPath('a&b', 'presenter')).toBe('/opened/presenter/?lesson=a%26b');
  });
});
