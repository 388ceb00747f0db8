/**
 * Builds the projected deck from a lesson: opening slides, then per section the report text, the
 * discussion prompts one at a time, the source-evaluation questions and who speaks, then the
 * tasks (claim chart, lateral reading), the wrap-up and the exit ticket.
 *
 * Policy: nothing on a slide may need scrolling, so any text that does not fit one slide's budget
 * (layout.ts) is split across slides, between sentences (report text, passages) or between items
 * (lists, options, key points); a question whose key points do not fit beside it gets a key-points
 * slide of its own. Slide ids come from the lesson's ids, so a reload or a shared link survives
 * edits to the wording.
 */
import { termsInSentences } from '@/lib/lessons/glossary';
import {
  IDENTIFICATION_LABELS,
  evidenceKinds,
  lessonQuestions,
  sectionSentences,
  voiceCounts,
} from '@/lib/lessons/analysis';
import type { PathChoice } from '@/lib/lessons/teaching-path';
import type { Lesson, Prompt, Section } from '@/lib/schemas/lesson';
import { SLIDE_BODY_BUDGET } from './layout';
import { openingSlides } from './opening-slides';
import { packPages } from './pack';
import { questionSlides } from './question-slides';
import { headingHeight, keyPointsHeight, listHeight, reportTextHeight } from './slide-heights';
import * as slideParts from './slide-parts';
import { exitTicketSlides, taskSlides } from './task-slides';
import type { Slide, SlideNotes, SlideParagraph, SlideSection } from './slide-types';

function reportSlides(ctx: slideParts.BuildContext, section: Section, where: SlideSection): Slide[] {
  const sentences = sectionSentences(section).map((s) => ({ ...s, evidence: evidenceKinds(s) }));
  const pages = packPages(
    sentences,
    (page) => headingHeight(section.title) + reportTextHeight(page),
    SLIDE_BODY_BUDGET,
  );
  return pages.map((page, i) => {
    const paragraphs: SlideParagraph[] = slideParts.toParagraphs(page, sentences, (s) => ({
      id: s.id,
      text: s.text,
      evidence: s.evidence,
    }));
    return {
      kind: 'report',
      id: slideParts.partId(`${section.id}.read`, i + 1),
      section: where,
      kicker: `Section ${where.number} of ${where.count} · Read${slideParts.partLabel(i + 1, pages.length)}`,
      title: section.title,
      revealable: false,
      terms: termsInSentences(
        ctx.lesson,
        page.map((s) => s.id),
      ),
      notes: {
        ...slideParts.EMPTY_NOTES,
        teacher: section.teacherNotes,
        sentences: page.map((s) => slideParts.sentenceNote(ctx, s)),
      },
      paragraphs,
      part: i + 1,
      parts: pages.length,
    };
  });
}

function promptSlides(prompts: Prompt[], where: SlideSection | null, teacher: string[]): Slide[] {
  return prompts.flatMap((prompt, i) => {
    const keyPoints = prompt.keyPoints.map((k) => k.text);
    const fits = headingHeight(prompt.text) + keyPointsHeight(keyPoints) <= SLIDE_BODY_BUDGET;
    const kicker = `${slideParts.placeLabel(where)} · Discuss · ${i + 1} of ${prompts.length}`;
    const notes: SlideNotes = { ...slideParts.EMPTY_NOTES, teacher, keyPoints };
    const slide: Slide = {
      kind: 'prompt',
      id: prompt.id,
      section: where,
      kicker,
      title: prompt.text,
      revealable: fits && keyPoints.length > 0,
      notes,
      number: i + 1,
      count: prompts.length,
      keyPoints: fits ? keyPoints : [],
    };
    return fits
      ? [slide]
      : [slide, ...slideParts.keyPointSlides(prompt.id, kicker, prompt.text, keyPoints, where, notes)];
  });
}

function voicesSlide(ctx: slideParts.BuildContext, section: Section, where: SlideSection): Slide {
  const counts = voiceCounts(ctx.lesson, [section]).filter((c) => c.total > 0);
  return {
    kind: 'voices',
    id: `${section.id}.voices`,
    section: where,
    kicker: `Section ${where.number} · Who speaks`,
    title: 'Who speaks in this section',
    revealable: false,
    notes: {
      ...slideParts.EMPTY_NOTES,
      teacher: counts.map((c) => `${c.person.name}: ${c.person.identificationNote}`),
    },
    voices: counts.map((c) => ({
      id: c.person.id,
      name: c.person.name,
      identification: IDENTIFICATION_LABELS[c.person.identification],
      quote: c.byMode['direct-quote'],
      paraphrase: c.byMode.paraphrase,
      framing: c.byMode['author-claim'],
    })),
  };
}

function closingSlides(lesson: Lesson): Slide[] {
  const { title, prompts } = lesson.wrapUp;
  const texts = prompts.map((p) => p.text);
  const pages = packPages(texts, (page) => headingHeight(title) + listHeight(page), SLIDE_BODY_BUDGET);
  return pages.map((page, i) => ({
    kind: 'closing',
    id: slideParts.partId('wrap-up', i + 1),
    section: null,
    kicker: `Wrap-up${slideParts.partLabel(i + 1, pages.length)}`,
    title,
    revealable: false,
    notes: { ...slideParts.EMPTY_NOTES, keyPoints: prompts.flatMap((p) => p.keyPoints.map((k) => k.text)) },
    prompts: page,
  }));
}

/**
 * Every slide of the lesson (already on its path, see lessonOnPath), in teaching order; `path`
 * sets the time the title slide gives. Throws if two slides would share an id.
 */
export function buildSlides(lesson: Lesson, path: PathChoice = 'core'): Slide[] {
  const ctx: slideParts.BuildContext = { lesson, voiceNames: new Map(lesson.people.map((p) => [p.id, p.name])) };
  const questions = lessonQuestions(lesson);
  const questionsOf = (sectionId: string | null) => questions.filter((q) => q.sectionId === sectionId);

  const slides: Slide[] = [...openingSlides(lesson, path)];
  lesson.sections.forEach((section, i) => {
    const where: SlideSection = { id: section.id, number: i + 1, count: lesson.sections.length, title: section.title };
    slides.push(...reportSlides(ctx, section, where));
    slides.push(...promptSlides(section.prompts, where, section.teacherNotes));
    for (const located of questionsOf(section.id)) slides.push(...questionSlides(ctx, located, where));
    slides.push(voicesSlide(ctx, section, where));
  });
  slides.push(...taskSlides(lesson));
  slides.push(...promptSlides(lesson.wrapUp.prompts, null, []));
  for (const located of questionsOf(null)) slides.push(...questionSlides(ctx, located, null));
  slides.push(...closingSlides(lesson));
  slides.push(...exitTicketSlides(lesson));

  const seen = new Set<string>();
  for (const slide of slides) {
    if (seen.has(slide.id))
      throw new Error(`Two slides share the id "${slide.id}": rename a section, prompt or question.`);
    seen.add(slide.id);
  }
  return slides;
}
