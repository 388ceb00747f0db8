/**
 * Suggestions for the analysis of each sentence, each with a `why` a teacher can read. They are only
 * suggestions: the teacher accepts or changes them, and the confirmed analysis is what counts.
 */
import { ANONYMISED, ATTRIBUTION_VERB, LEGAL, NUMBER, QUANTIFIER, QUOTE_MARK } from './suggest-rules';

export type SuggestionKind = 'direct-quote' | 'speaker' | 'anonymised' | 'legal-claim' | 'statistic-or-generalisation';

/** Words of the sentence, by position in the sentence (half-open). */
export interface WordMatch {
  text: string;
  start: number;
  end: number;
}

export interface Suggestion {
  kind: SuggestionKind;
  /** One sentence a teacher can read, naming the words that led to it. */
  why: string;
  /** The words that triggered the suggestion. */
  words: WordMatch[];
  /** For a speaker: the words that seem to name who speaks, when they can be found. */
  speaker?: WordMatch;
}

function matchesOf(pattern: RegExp, sentence: string): WordMatch[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return [...sentence.matchAll(global)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const quoted = (words: WordMatch[]) => [...new Set(words.map((w) => `"${w.text}"`))].join(', ');

/** Up to four words before the verb, back to the nearest punctuation: "a Pakistani lawyer" in "…, a Pakistani lawyer said". */
function speakerBefore(sentence: string, verb: WordMatch): WordMatch | undefined {
  const before = sentence.slice(0, verb.start);
  const found = /((?:[\p{L}\p{N}’'.-]+ ){1,4})$/u.exec(before);
  if (!found?.[1]) return undefined;
  const text = found[1].trimEnd();
  if (/^(?:he|she|they|it|i|we|you)$/i.test(text)) return { text, start: found.index, end: found.index + text.length };
  const words = text.split(' ').filter((w) => !/^(?:also|has|had|have|was|later|then|recently)$/i.test(w));
  // A noun phrase starts at its article: "Perspective a Pakistani lawyer" names "a Pakistani lawyer".
  const article = words.findLastIndex((w) => /^(?:a|an|the)$/i.test(w));
  const kept = words.slice(Math.max(article, 0)).join(' ');
  const start = found.index + text.lastIndexOf(kept);
  return kept ? { text: kept, start, end: start + kept.length } : undefined;
}

/** Words after "according to", up to the next punctuation. */
function speakerAfter(sentence: string, verb: WordMatch): WordMatch | undefined {
  const found = /^ ([^,.;:!?“”"]+)/u.exec(sentence.slice(verb.end));
  if (!found?.[1]) return undefined;
  const start = verb.end + 1;
  return { text: found[1], start, end: start + found[1].length };
}

function speakerSuggestion(sentence: string): Suggestion | undefined {
  const verbs = matchesOf(ATTRIBUTION_VERB, sentence);
  const verb = verbs[0];
  if (!verb) return undefined;
  const speaker = /^according to$/i.test(verb.text) ? speakerAfter(sentence, verb) : speakerBefore(sentence, verb);
  const who = speaker ? ` The speaker may be "${speaker.text}".` : '';
  return {
    kind: 'speaker',
    why: `It uses ${quoted(verbs)}, which says who the words come from.${who}`,
    words: verbs,
    ...(speaker ? { speaker } : {}),
  };
}

function wordSuggestion(kind: SuggestionKind, pattern: RegExp, sentence: string, reason: string) {
  const words = matchesOf(pattern, sentence);
  return words.length > 0 ? { kind, why: `It contains ${quoted(words)}: ${reason}`, words } : undefined;
}

/** A straight quote opens when it starts a word; curly and angle quotes say which they are. */
function isOpening(sentence: string, mark: WordMatch): boolean {
  if (mark.text === '“' || mark.text === '«' || mark.text === '‘') return true;
  if (mark.text === '”' || mark.text === '»' || mark.text === '’') return false;
  return !/[\p{L}\p{N}.,!?…\])]/u.test(sentence.charAt(mark.start - 1));
}

/** Whether a quotation is still open at the end of the sentence, given whether one was open at its start. */
export function quoteOpenAfter(sentence: string, openBefore: boolean): boolean {
  return matchesOf(QUOTE_MARK, sentence).reduce((open, mark) => isOpening(sentence, mark), openBefore);
}

/** Suggestions for one sentence; `insideQuote` says a quotation opened in an earlier sentence and is still open. */
export function suggest(sentence: string, insideQuote = false): Suggestion[] {
  const marks = matchesOf(QUOTE_MARK, sentence);
  const quote: Suggestion | undefined =
    marks.length > 0
      ? {
          kind: 'direct-quote',
          why: `It has quotation marks (${quoted(marks)}): the words inside are someone's own words.`,
          words: marks,
        }
      : insideQuote
        ? {
            kind: 'direct-quote',
            why: 'A quotation opened in an earlier sentence and has not closed yet: these are still the speaker’s own words.',
            words: [],
          }
        : undefined;
  const suggestions = [
    quote,
    speakerSuggestion(sentence),
    wordSuggestion('anonymised', ANONYMISED, sentence, 'someone speaks or appears without their real name.'),
    wordSuggestion('legal-claim', LEGAL, sentence, 'it may state what the law allows or forbids; which law?'),
    wordSuggestion(
      'statistic-or-generalisation',
      NUMBER,
      sentence,
      'a number or time span is a fact that can be checked; where does it come from?',
    ),
    wordSuggestion(
      'statistic-or-generalisation',
      QUANTIFIER,
      sentence,
      'it speaks of how often or how many; on what evidence?',
    ),
  ];
  return suggestions.filter((s): s is Suggestion => s !== undefined);
}

/** Suggestions for every sentence of a report in order, following quotations across sentences. */
export function suggestAll(sentences: string[]): Suggestion[][] {
  let open = false;
  return sentences.map((sentence) => {
    const result = suggest(sentence, open);
    open = quoteOpenAfter(sentence, open);
    return result;
  });
}
