/**
 * The "needs a look" order of written answers: the answers that most need the teacher's reading
 * come first, each with the reason in words, so the order is never a mystery.
 *
 * The order: unscored before scored; then the fewest key points mentioned first; then the shortest
 * first; then class order. Answers far from the key come first because the key helps least there:
 * they hold the misunderstandings, and the original ideas the key did not foresee. Answers that
 * cover every key point are quick confirmations and come last.
 *
 * "Mentions a key point" is a crude, explainable measure, never a score: the answer shares at least
 * MIN_SHARED_WORDS of the key point's content words (all of them if it has fewer) and at least
 * KEY_POINT_MIN_SHARE of them. Content words are lower-cased words of three letters or more that
 * are not common function words, with a plural "s" dropped. Blank answers are not listed.
 */
import { plural } from '@/lib/text/plural';
import type { Answer } from '@/lib/schemas/answer';
import type { KeyPoint } from '@/lib/schemas/lesson';
import { classQuestionCache } from './class-cache';
import type { StudentSheet } from './student-sheet';

export const SHORT_ANSWER_WORDS = 8;
export const MIN_SHARED_WORDS = 2;
export const KEY_POINT_MIN_SHARE = 0.25;

const STOP_WORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has him his how its may new now old see ' +
    'two who did get let put say she too use that with have this will your from they know want been good much ' +
    'some time very when come here just like long make many more only over such take than them well were what ' +
    'also into most other their there these those which would could should about after again being both does ' +
    'each even every because before between through where while whom whose itself then thing things'
  ).split(' '),
);

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    words.add(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return words;
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function mentionsKeyPoint(answerWords: ReadonlySet<string>, keyPointWords: ReadonlySet<string>): boolean {
  if (keyPointWords.size === 0) return false;
  let shared = 0;
  for (const word of keyPointWords) if (answerWords.has(word)) shared += 1;
  return shared >= Math.min(MIN_SHARED_WORDS, keyPointWords.size) && shared >= keyPointWords.size * KEY_POINT_MIN_SHARE;
}

export type LookItem = {
  studentKey: string;
  scored: boolean;
  words: number;
  keyPointsMentioned: number;
  keyPoints: number;
  /** In words, e.g. ["short answer (5 words)", "mentions none of the key points"]. */
  reasons: readonly string[];
};

function keyPointReason(mentioned: number, total: number): string {
  if (mentioned === 0) return total === 1 ? 'does not mention the key point' : 'mentions none of the key points';
  if (mentioned < total) return `mentions ${mentioned} of ${total} key points`;
  return total === 1 ? 'mentions the key point' : `mentions all ${total} key points`;
}

type Measures = Omit<LookItem, 'scored'>;

function measures(studentKey: string, text: string, keyWords: ReadonlySet<string>[]): Measures {
  const words = wordCount(text);
  const answerWords = contentWords(text);
  const keyPointsMentioned = keyWords.filter((kp) => mentionsKeyPoint(answerWords, kp)).length;
  const reasons: string[] = [];
  if (words < SHORT_ANSWER_WORDS) reasons.push(`short answer (${plural(words, 'word')})`);
  if (keyWords.length) reasons.push(keyPointReason(keyPointsMentioned, keyWords.length));
  return { studentKey, words, keyPointsMentioned, keyPoints: keyWords.length, reasons };
}

type Question = { id: string; keyPoints: readonly KeyPoint[] };
type Students = readonly Pick<StudentSheet, 'key' | 'answers'>[];

// Reading the words is the costly part and does not depend on the scores: once per class.
const cache = classQuestionCache<readonly Measures[]>();

function classMeasures(question: Question, students: Students): readonly Measures[] {
  return cache(students, question, () => {
    const keyWords = question.keyPoints.map((kp) => contentWords(kp.text));
    const items: Measures[] = [];
    for (const student of students) {
      const answer: Answer | undefined = student.answers.get(question.id);
      if (answer?.kind !== 'text' || answer.text.trim() === '') continue;
      items.push(measures(student.key, answer.text, keyWords));
    }
    return items;
  });
}

/** The written answers to one question in "needs a look" order (see the module comment). */
export function needsALookOrder(
  question: Question,
  students: Students,
  isScored: (studentKey: string) => boolean,
): LookItem[] {
  const items = classMeasures(question, students).map((m) => ({ ...m, scored: isScored(m.studentKey) }));
  // Array sort is stable, so equal items keep class order.
  return items.sort(
    (a, b) => Number(a.scored) - Number(b.scored) || a.keyPointsMentioned - b.keyPointsMentioned || a.words - b.words,
  );
}
