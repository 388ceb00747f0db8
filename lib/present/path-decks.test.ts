import { describe, expect, it } from 'vitest';
import { lessonQuestions } from '@/lib/lessons/analysis';
import { loadRealLesson } from '@/lib/testing/real-lesson';
import { pathDecks } from './path-decks';

describe('pathDecks', () => {
  const lesson = loadRealLesson();
  const decks = pathDecks(lesson);

  it('leaves the extension questions out of the core deck, and it is much shorter', () => {
    const extension = lessonQuestions(lesson)
      .filter(({ question }) => question.path === 'extension')
      .map(({ question }) => question.id);
    expect(extension.length).toBeGreaterThan(0);
    const coreIds = decks.core.map((s) => s.id);
    for (const id of extension) expect(coreIds.some((s) => s === id || s.startsWith(`${id}.`))).toBe(false);
    expect(decks.core.length).toBeLessThan(decks.extended.length * 0.6);
  });

  it('keeps the whole report on both paths', () => {
    const reportSlides = (path: 'core' | 'extended') => decks[path].filter((s) => s.kind === 'report').length;
    expect(reportSlides('core')).toBe(reportSlides('extended'));
  });
});
