/**
 * The projection's type scale and text budget, in one place for the slide builder (which splits
 * text into slides) and the slide components (which lay it out).
 *
 * Policy: every size on a slide is in em of one base font size that follows the slide frame
 * (container query units), so a slide keeps the same proportions on a 1920x1080 projector, a
 * 1280x720 one and the scaled-down previews of the presenter view. The base is at least 24 px and
 * comes to about 36 px at 1920x1080, above the 32 px needed for the back row.
 *
 * The builder cannot measure text, so it estimates heights from character counts with the measured
 * average glyph width of the bundled font (Atkinson Hyperlegible Next: 0.436 em at weight 400,
 * 0.471 em at 700), rounded up, and a budget kept below the room there really is. The e2e test
 * checks the estimate against real layout on every slide, at both projector sizes.
 */

/** The base font size of a slide: scales with the frame's width or height, whichever is tighter. */
export const SLIDE_FONT_SIZE = 'max(24px, min(1.9cqw, 3.4cqh))';

/** Sizes in em of the base font size. */
export const SLIDE_TYPE = {
  body: { scale: 1, lineHeight: 1.5 },
  heading: { scale: 1.4, lineHeight: 1.2 },
  display: { scale: 2.1, lineHeight: 1.12 },
  /** The line above the heading ("Section 2 of 7 · Read"): at least 24 px at 1920x1080, 18 px at 1280x720. */
  kicker: { scale: 0.75, lineHeight: 1.3 },
  /** Small labels inside the body (over key points, quoted sentences, chart rows). */
  eyebrow: { scale: 0.68, lineHeight: 1.3 },
  meta: { scale: 0.6, lineHeight: 1.3 },
} as const;

/** Widths and spacing in em of the base font size. */
export const SLIDE_SPACE = {
  padTop: 1.8,
  padBottom: 1.4,
  padX: 3.6,
  /** Comfortable line length for running text: about 65-70 characters. */
  measure: 32,
  /** Headings and lists may run a little wider. */
  wideMeasure: 38,
  headingGap: 0.9,
  paragraphGap: 0.7,
  listGap: 0.45,
  listIndent: 1.6,
} as const;

/** Labels that open a line of a question slide; their width counts in the estimates. */
export const SLIDE_LABELS = { target: 'Look for:', write: 'Write:' } as const;

/** Average glyph advance in em, rounded up from the measured values for safety. */
const AVERAGE_CHAR = { regular: 0.45, bold: 0.49 } as const;

/**
 * Height (in em) that a slide's heading and body may fill. The frame is about 29.5 em tall at
 * both projector sizes; after the padding, the kicker and the footer about 22.5 em are left, and
 * the budget keeps a margin below that for wrapping that the estimate gets wrong.
 */
export const SLIDE_BODY_BUDGET = 21;

export type TextBlock = {
  text: string;
  /** Scale and line height from SLIDE_TYPE. */
  type: { scale: number; lineHeight: number };
  /** Available width in em of the base size. */
  width: number;
  bold?: boolean;
  /** Space after the block, in em of the base size. */
  after?: number;
  /** Extra characters on the first line, e.g. evidence badges or a list number. */
  leadChars?: number;
};

/** Lines a text takes when wrapped greedily at spaces to `charsPerLine`. */
export function wrappedLineCount(text: string, charsPerLine: number, leadChars = 0): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return leadChars > 0 ? 1 : 0;
  let lines = 1;
  let used = leadChars;
  for (const word of words) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= charsPerLine || used === 0) {
      used = needed;
    } else {
      lines += 1;
      used = word.length;
    }
  }
  return lines;
}

export function charsPerLine(block: Pick<TextBlock, 'type' | 'width' | 'bold'>): number {
  const glyph = block.bold ? AVERAGE_CHAR.bold : AVERAGE_CHAR.regular;
  return Math.max(1, Math.floor(block.width / (block.type.scale * glyph)));
}

/** Estimated height of a block in em of the base size, including the space after it. */
export function blockHeight(block: TextBlock): number {
  const lines = wrappedLineCount(block.text, charsPerLine(block), block.leadChars ?? 0);
  return lines * block.type.scale * block.type.lineHeight + (block.after ?? 0);
}

export function blocksHeight(blocks: TextBlock[]): number {
  return blocks.reduce((sum, b) => sum + blockHeight(b), 0);
}

/** A slide heading at the heading size, as wide as headings may run. */
export function headingBlock(text: string): TextBlock {
  return { text, type: SLIDE_TYPE.heading, width: SLIDE_SPACE.wideMeasure, bold: true, after: SLIDE_SPACE.headingGap };
}

/** A paragraph of running text at the body size. */
export function paragraphBlock(text: string, leadChars = 0): TextBlock {
  return { text, type: SLIDE_TYPE.body, width: SLIDE_SPACE.measure, after: SLIDE_SPACE.paragraphGap, leadChars };
}

/** One item of a list (key points, options, objectives) at the body size. */
export function listItemBlock(text: string, leadChars = 0): TextBlock {
  return {
    text,
    type: SLIDE_TYPE.body,
    width: SLIDE_SPACE.wideMeasure - SLIDE_SPACE.listIndent,
    after: SLIDE_SPACE.listGap,
    leadChars,
  };
}
