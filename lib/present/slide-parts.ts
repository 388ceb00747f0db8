/** Pieces shared by the slide builders: part ids and labels, sentence notes, paragraph regrouping. */
import { MODE_LABELS, TAG_LABELS, type LocatedSentence } from '@/lib/lessons/analysis';
import type { Lesson } from '@/lib/schemas/lesson';
import { SLIDE_BODY_BUDGET } from './layout';
import { packPages } from './pack';
import { KEY_POINTS_HINT } from './reveal-hint';
import { headingHeight, keyPointsHeight, revealHintHeight } from './slide-heights';
import type { SentenceNote, Slide, SlideNotes, SlideSection } from './slide-types';

export const EMPTY_NOTES: SlideNotes = { teacher: [], keyPoints: [], answer: [], sentences: [] };

export type BuildContext = { lesson: Lesson; voiceNames: Map<string, string> };

/** Slide id of one part of something that may span several slides: "x", then "x.2", "x.3". */
export function partId(base: string, part: number): string {
  return part === 1 ? base : `${base}.${part}`;
}

export function partLabel(part: number, parts: number): string {
  return parts > 1 ? ` · ${part} of ${parts}` : '';
}

/** Where a slide sits, for its kicker: "Section 3" or "Wrap-up". */
export function placeLabel(where: SlideSection | null): string {
  return where ? `Section ${where.number}` : 'Wrap-up';
}

export function sentenceNote(ctx: BuildContext, s: LocatedSentence): SentenceNote {
  return {
    id: s.id,
    text: s.text,
    voice: ctx.voiceNames.get(s.voice) ?? s.voice,
    labels: [MODE_LABELS[s.mode], ...s.tags.map((t) => TAG_LABELS[t])],
    note: s.note ?? null,
  };
}

/** Regroups consecutive sentences into (parts of) their paragraphs, marking where one was split. */
export function toParagraphs<T extends { paragraphId: string }, S>(
  page: T[],
  all: T[],
  toSentence: (s: T) => S,
): { id: string; sentences: S[]; continued: boolean; continues: boolean }[] {
  const groups: { id: string; items: T[] }[] = [];
  for (const s of page) {
    const last = groups.at(-1);
    if (last && last.id === s.paragraphId) last.items.push(s);
    else groups.push({ id: s.paragraphId, items: [s] });
  }
  return groups.map(({ id, items }) => {
    const whole = all.filter((s) => s.paragraphId === id);
    return {
      id,
      sentences: items.map(toSentence),
      continued: whole[0] !== items[0],
      continues: whole.at(-1) !== items.at(-1),
    };
  });
}

/**
 * Slides for key points that did not fit beside their prompt or question. They stay hidden until
 * revealed like all key points (the teacher may only be passing through), with a hint in their place.
 */
export function keyPointSlides(
  baseId: string,
  kicker: string,
  heading: string,
  keyPoints: string[],
  where: SlideSection | null,
  notes: SlideNotes,
): Slide[] {
  const height = (page: string[]) =>
    headingHeight(heading) + Math.max(keyPointsHeight(page), revealHintHeight(KEY_POINTS_HINT));
  const pages = packPages(keyPoints, height, SLIDE_BODY_BUDGET);
  return pages.map((page, i) => ({
    kind: 'key-points',
    id: partId(`${baseId}.key-points`, i + 1),
    section: where,
    kicker: `${kicker} · Key points${partLabel(i + 1, pages.length)}`,
    title: heading,
    revealable: true,
    notes: { ...notes, keyPoints: page },
    keyPoints: page,
    part: i + 1,
    parts: pages.length,
  }));
}
