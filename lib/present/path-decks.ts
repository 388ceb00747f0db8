import { lessonOnPath, type PathChoice } from '@/lib/lessons/teaching-path';
import type { Lesson } from '@/lib/schemas/lesson';
import { buildSlides } from './build-slides';
import type { Slide } from './slide-types';

/** The deck on each teaching path: the core deck leaves out the extension prompts and questions. */
export function pathDecks(lesson: Lesson): Record<PathChoice, Slide[]> {
  return {
    core: buildSlides(lessonOnPath(lesson, 'core'), 'core'),
    extended: buildSlides(lessonOnPath(lesson, 'extended'), 'extended'),
  };
}
