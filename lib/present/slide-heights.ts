/**
 * Estimated heights (em of the slide's base size) of each kind of slide content, for the slide
 * builder's split decisions. They mirror the slide components: change a component's layout and
 * change its estimate here; the e2e overflow check catches a mismatch.
 */
import type { EvidenceKind } from '@/lib/lessons/analysis';
import {
  SLIDE_SPACE,
  SLIDE_TYPE,
  blockHeight,
  blocksHeight,
  headingBlock,
  listItemBlock,
  paragraphBlock,
  type TextBlock,
} from './layout';

/** An evidence badge is about 1.2 em wide with its gap: three average characters. */
const BADGE_CHARS = 3;
/** Label line and padding of the key-points panel (and of the hint that stands in for it). */
const PANEL_CHROME = SLIDE_TYPE.eyebrow.scale * SLIDE_TYPE.eyebrow.lineHeight + 0.5 + 1.6;
/** The small label over a quoted sentence naming its section. */
const QUOTE_LABEL = SLIDE_TYPE.eyebrow.scale * SLIDE_TYPE.eyebrow.lineHeight + 0.35;

type MeasuredSentence = { paragraphId: string; text: string; evidence: EvidenceKind[] };

/** Badges go before a sentence, so estimate them as a word of the badges' width. */
function withBadges(text: string, badges: number): string {
  return badges > 0 ? `${'x'.repeat(badges * BADGE_CHARS)} ${text}` : text;
}

/** Consecutive sentences of one paragraph flow as one block of text. */
function paragraphRuns<T extends { paragraphId: string }>(sentences: T[]): T[][] {
  const runs: T[][] = [];
  for (const s of sentences) {
    const last = runs.at(-1);
    if (last && last[0]?.paragraphId === s.paragraphId) last.push(s);
    else runs.push([s]);
  }
  return runs;
}

export function headingHeight(text: string): number {
  return blockHeight(headingBlock(text));
}

/** Report text with evidence marks on (the taller state). */
export function reportTextHeight(sentences: MeasuredSentence[]): number {
  return paragraphRuns(sentences).reduce(
    (sum, run) => sum + blockHeight(paragraphBlock(run.map((s) => withBadges(s.text, s.evidence.length)).join(' '))),
    0,
  );
}

/** A passage to mark, revealed: a key badge on each key sentence. */
export function passageHeight(sentences: (Omit<MeasuredSentence, 'evidence'> & { key: boolean })[]): number {
  return paragraphRuns(sentences).reduce(
    (sum, run) => sum + blockHeight(paragraphBlock(run.map((s) => withBadges(s.text, s.key ? 1 : 0)).join(' '))),
    0,
  );
}

/** Sentences quoted as answers, each under a small label naming its section. */
export function quotesHeight(quotes: { text: string }[]): number {
  return quotes.reduce((sum, q) => sum + QUOTE_LABEL + blockHeight(listItemBlock(q.text, 1)), 0);
}

/** A list of items at the body size, each with a lead (letter, number or bullet) of `leadChars`. */
export function listHeight(items: string[], leadChars = 2): number {
  return blocksHeight(items.map((text) => listItemBlock(text, leadChars)));
}

/** Choice options, revealed: each correct one gains a "Correct" badge. */
export function optionsHeight(options: { text: string; correct: boolean }[]): number {
  return blocksHeight(options.map((o) => listItemBlock(o.correct ? `${o.text} xxxxxxxxx` : o.text, 3)));
}

export function keyPointsHeight(keyPoints: string[]): number {
  return keyPoints.length === 0 ? 0 : PANEL_CHROME + listHeight(keyPoints);
}

/** The panel that says what is hidden until the reveal (reveal-hint.ts). */
export function revealHintHeight(text: string): number {
  return PANEL_CHROME + blockHeight({ text, type: SLIDE_TYPE.body, width: SLIDE_SPACE.wideMeasure });
}

/** A line of running text at the body size across the wide measure (e.g. a mark question's target). */
export function lineHeight(text: string): number {
  const block: TextBlock = {
    text,
    type: SLIDE_TYPE.body,
    width: SLIDE_SPACE.wideMeasure,
    after: SLIDE_SPACE.paragraphGap,
  };
  return blockHeight(block);
}

/** Paragraphs that are not report text (the content note) may run across the wide measure. */
export function wideParagraphsHeight(paragraphs: string[]): number {
  return blocksHeight(paragraphs.map((p) => ({ ...paragraphBlock(p), width: SLIDE_SPACE.wideMeasure })));
}

/** The title slide without objectives: display title, subtitle and facts line. */
export function titleHeight(title: string, subtitle: string): number {
  const display: TextBlock = {
    text: title,
    type: SLIDE_TYPE.display,
    width: SLIDE_SPACE.wideMeasure,
    bold: true,
    after: 0.8,
  };
  const sub: TextBlock = { text: subtitle, type: SLIDE_TYPE.heading, width: SLIDE_SPACE.wideMeasure, after: 1.2 };
  const facts = SLIDE_TYPE.eyebrow.scale * SLIDE_TYPE.eyebrow.lineHeight + 1.6;
  return blockHeight(display) + blockHeight(sub) + facts;
}

/** Chart rows, revealed: a small label (the kind of claim), the claim, and the evidence under it. */
export function chartRowsHeight(rows: { claim: string; category: string; evidence: string }[]): number {
  return rows.reduce(
    (sum, r) => sum + QUOTE_LABEL + blockHeight(listItemBlock(r.claim, 2)) + blockHeight(listItemBlock(r.evidence, 2)),
    0,
  );
}
