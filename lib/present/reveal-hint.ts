/**
 * What a slide says while everything in its body waits for the teacher's reveal (K): a dedicated
 * key-points slide, or a "mark in the text" question over several sections whose answers are
 * quoted. Without it a teacher clicking through would meet a slide with only a heading, or the
 * parts of one question looking the same, with nothing saying why. The slide builder sizes the
 * hint (it may be taller than what it stands for); the slide components render it.
 */

export const REVEAL_HINT_LABEL = 'Hidden until revealed';

const HOW = 'press K (or ‘Show key points’) when the class has discussed.';

export const KEY_POINTS_HINT = `Key points are hidden — ${HOW}`;

/** Which of a question's quoted answers one slide holds, and from which sections. */
export type QuotedPart = { first: number; last: number; total: number; sections: string[] };

function answersRange({ first, last, total }: QuotedPart): string {
  if (first === 1 && last === total) return total === 1 ? 'the answer' : `all ${total} answers`;
  return first === last ? `answer ${first} of ${total}` : `answers ${first}–${last} of ${total}`;
}

/** Names which answers the reveal on this slide lists, so the parts of one question differ. */
export function answersHint(part: QuotedPart): string {
  const sections = new Intl.ListFormat('en', { type: 'conjunction' }).format(part.sections);
  return `The sentences that answer it are hidden — ${HOW} The reveal here lists ${answersRange(part)}, from ${sections}.`;
}
