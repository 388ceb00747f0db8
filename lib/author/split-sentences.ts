/**
 * Splits a pasted report into paragraphs and sentences as character ranges into the unchanged text:
 * the editor only places boundaries, so `text.slice(start, end)` is always the report's own words.
 * Sentences come from `Intl.Segmenter`, then a repair pass fixes the boundaries it is known to get
 * wrong in news English (titles and abbreviations, ellipses, a closing quote left behind).
 */

/** A half-open range [start, end) into the report text, never starting or ending in whitespace. */
export interface TextRange {
  start: number;
  end: number;
}

export interface ParagraphRanges extends TextRange {
  sentences: TextRange[];
}

/** Titles and abbreviations that end in a full stop without ending the sentence. */
const TITLE_BEFORE_NAME = /(?:^|[^\p{L}\p{N}.])(?:Dr|Mr|Mrs|Ms|St)\.$/u;
const DOTTED_ABBREVIATION = /(?:^|[^\p{L}\p{N}.])(?:U\.S|U\.K|e\.g|i\.e)\.$/iu;
const ELLIPSIS_END = /(?:\.\.\.|…)$/;
/** "[...]" or "(…)": words left out of a quotation, never a sentence end. */
const OMISSION_END = /[[(](?:\.\.\.|…)[\])]$/;
const STARTS_LOWER = /^[“"‘'(]?[\p{Ll}\p{N}]/u;
/** Closing quote marks and brackets that belong to the sentence before them. */
const CLOSING_MARKS = /^[”’"'»)\]]+(?=\s|$)/;
const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The range with the whitespace at either end left out; empty when the range is only whitespace. */
export function trimRange(text: string, { start, end }: TextRange): TextRange {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Paragraphs are separated by at least one blank line. */
export function splitParagraphs(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const match of text.matchAll(BLANK_LINE)) {
    ranges.push(trimRange(text, { start, end: match.index }));
    start = match.index + match[0].length;
  }
  ranges.push(trimRange(text, { start, end: text.length }));
  return ranges.filter((r) => r.end > r.start);
}

/** Sentences of `text` within `within` (the whole text by default), with the segmenter's mistakes repaired. */
export function splitSentences(text: string, within: TextRange = { start: 0, end: text.length }): TextRange[] {
  const raw: TextRange[] = [];
  for (const segment of segmenter.segment(text.slice(within.start, within.end))) {
    const start = within.start + segment.index;
    const range = trimRange(text, { start, end: start + segment.segment.length });
    if (range.end > range.start) raw.push(range);
  }
  return repairBoundaries(text, raw);
}

/** True when the boundary after `before` is a known segmenter mistake rather than a sentence end. */
function isFalseBoundary(before: string, after: string): boolean {
  if (TITLE_BEFORE_NAME.test(before) || DOTTED_ABBREVIATION.test(before)) return true;
  if (OMISSION_END.test(before)) return true;
  return ELLIPSIS_END.test(before) && STARTS_LOWER.test(after);
}

/** Moves closing quote marks back to their sentence and joins sentences split at a false boundary. */
export function repairBoundaries(text: string, ranges: TextRange[]): TextRange[] {
  const repaired: TextRange[] = [];
  for (const range of ranges) {
    let current = { ...range };
    const previous = repaired.at(-1);
    if (previous) {
      const closing = CLOSING_MARKS.exec(text.slice(current.start, current.end));
      if (closing) {
        previous.end = current.start + closing[0].length;
        current = trimRange(text, { start: previous.end, end: current.end });
        if (current.end === current.start) continue;
      }
      const before = text.slice(previous.start, previous.end);
      if (isFalseBoundary(before, text.slice(current.start, current.end))) {
        previous.end = current.end;
        continue;
      }
    }
    repaired.push(current);
  }
  return repaired;
}

/** The report as paragraphs of sentences: the first draft of its sections. */
export function splitReport(text: string): ParagraphRanges[] {
  return splitParagraphs(text).map((paragraph) => ({ ...paragraph, sentences: splitSentences(text, paragraph) }));
}

/** Joins sentence `index` with the one after it (the teacher says the segmenter was wrong). */
export function joinSentences(sentences: TextRange[], index: number): TextRange[] {
  const first = sentences[index];
  const second = sentences[index + 1];
  if (!first || !second) throw new RangeError(`no sentence after sentence ${index}`);
  const joined = { start: first.start, end: second.end };
  return [...sentences.slice(0, index), joined, ...sentences.slice(index + 2)];
}

/**
 * Splits sentence `index` at `offset` (a position in the text). The whitespace at the cut goes to
 * neither sentence; a cut that would leave either side empty is refused.
 */
export function splitSentenceAt(text: string, sentences: TextRange[], index: number, offset: number): TextRange[] {
  const sentence = sentences[index];
  if (!sentence) throw new RangeError(`no sentence ${index}`);
  const first = trimRange(text, { start: sentence.start, end: offset });
  const second = trimRange(text, { start: offset, end: sentence.end });
  if (offset <= sentence.start || offset >= sentence.end || first.end === first.start || second.end === second.start) {
    throw new RangeError(`offset ${offset} is not inside sentence ${index}`);
  }
  return [...sentences.slice(0, index), first, second, ...sentences.slice(index + 1)];
}

/** The words of a range. */
export function rangeText(text: string, range: TextRange): string {
  return text.slice(range.start, range.end);
}
