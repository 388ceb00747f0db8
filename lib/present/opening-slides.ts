/**
 * The slides before the first section: the title (with the time the chosen path takes), the
 * objectives when they do not fit the title slide, the content note and the discussion norms.
 * Also the plain list slide, which later parts of the deck reuse.
 */
import type { PathChoice } from '@/lib/lessons/teaching-path';
import type { Lesson } from '@/lib/schemas/lesson';
import { SLIDE_BODY_BUDGET } from './layout';
import { packPages } from './pack';
import { headingHeight, listHeight, titleHeight, wideParagraphsHeight } from './slide-heights';
import { EMPTY_NOTES, partId, partLabel } from './slide-parts';
import type { Slide } from './slide-types';

/**
 * How long the path takes, from the guide's timing plan when the lesson has one (the core plan
 * sums to the lesson's duration; the extended one is two lessons).
 */
export function pathTiming(lesson: Lesson, path: PathChoice): string {
  const plan = lesson.teacherGuide?.timing[path];
  const minutes = plan ? plan.reduce((sum, step) => sum + step.minutes, 0) : lesson.durationMinutes;
  return path === 'core' ? `About ${minutes} minutes` : `Two lessons, about ${minutes} minutes in all`;
}

export function listSlides(id: string, kicker: string, title: string, items: string[]): Slide[] {
  const pages = packPages(items, (page) => headingHeight(title) + listHeight(page), SLIDE_BODY_BUDGET);
  return pages.map((page, i) => ({
    kind: 'list',
    id: partId(id, i + 1),
    section: null,
    kicker: `${kicker}${partLabel(i + 1, pages.length)}`,
    title,
    revealable: false,
    notes: EMPTY_NOTES,
    items: page,
    part: i + 1,
    parts: pages.length,
  }));
}

export function openingSlides(lesson: Lesson, path: PathChoice): Slide[] {
  const facts = [`Ages ${lesson.ageRange}`, pathTiming(lesson, path), `${lesson.sections.length} sections`];
  const objectivesFit = titleHeight(lesson.title, lesson.subtitle) + listHeight(lesson.objectives) <= SLIDE_BODY_BUDGET;
  const slides: Slide[] = [
    {
      kind: 'title',
      id: 'title',
      section: null,
      kicker: 'Media literacy lesson',
      title: lesson.title,
      revealable: false,
      notes: { ...EMPTY_NOTES, teacher: [lesson.source.description] },
      subtitle: lesson.subtitle,
      facts,
      objectives: objectivesFit ? lesson.objectives : [],
    },
  ];
  if (!objectivesFit) slides.push(...listSlides('objectives', 'Lesson goals', 'By the end you can', lesson.objectives));

  const note = lesson.contentNote;
  const notePages = packPages(
    note.paragraphs,
    (page) => headingHeight(note.heading) + wideParagraphsHeight(page),
    SLIDE_BODY_BUDGET,
  );
  notePages.forEach((paragraphs, i) =>
    slides.push({
      kind: 'content-note',
      id: partId('content-note', i + 1),
      section: null,
      kicker: `Content note${partLabel(i + 1, notePages.length)}`,
      title: note.heading,
      revealable: false,
      notes: EMPTY_NOTES,
      paragraphs,
      part: i + 1,
      parts: notePages.length,
    }),
  );
  slides.push(...listSlides('norms', 'Before we start', 'How we discuss this', lesson.discussionNorms));
  return slides;
}
