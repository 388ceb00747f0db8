import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import lessonJson from '@/lessons/pakistan-online-sex-work-report/lesson.json';
import {
  joinSentences,
  rangeText,
  repairBoundaries,
  splitParagraphs,
  splitReport,
  splitSentenceAt,
  splitSentences,
} from './split-sentences';

const sentences = (text: string) => splitSentences(text).map((r) => rangeText(text, r));

describe('splitSentences', () => {
  it('returns ranges into the unchanged text, without surrounding whitespace', () => {
    const text = '  One here.   Two there.  ';
    const ranges = splitSentences(text);
    expect(ranges).toEqual([
      { start: 2, end: 11 },
      { start: 14, end: 24 },
    ]);
  });

  it('keeps a quotation spanning sentences split by sentence, the closing quote with its sentence', () => {
    expect(sentences('She said: “I left. I had to. Nobody helped.” Then she went home.')).toEqual([
      'She said: “I left.',
      'I had to.',
      'Nobody helped.”',
      'Then she went home.',
    ]);
    expect(sentences('He said "Go home. Now." She left.')).toEqual(['He said "Go home.', 'Now."', 'She left.']);
  });

  it('does not end a sentence at a title or an abbreviation', () => {
    expect(sentences('Dr. Khan said so. Mr. Ali and Mrs. Bo agreed with Ms. Day at St. Paul. The end.')).toEqual([
      'Dr. Khan said so.',
      'Mr. Ali and Mrs. Bo agreed with Ms. Day at St. Paul.',
      'The end.',
    ]);
    expect(sentences('The U.S. Army and the U.K. Home Office said no. Some, e.g. Bo, i.e. Ali, left.')).toEqual([
      'The U.S. Army and the U.K. Home Office said no.',
      'Some, e.g. Bo, i.e. Ali, left.',
    ]);
  });

  it('does not mistake a word ending in an abbreviation for one', () => {
    expect(sentences('He met the Admr. Then he left.')).toHaveLength(2);
  });

  it('keeps an ellipsis inside its sentence', () => {
    expect(sentences('He paused... and then he left. She stayed… for a while.')).toEqual([
      'He paused... and then he left.',
      'She stayed… for a while.',
    ]);
    expect(sentences('“The law […] Is clear,” he said. Yes.')).toEqual(['“The law […] Is clear,” he said.', 'Yes.']);
  });

  it('lets an ellipsis followed by a capital end a sentence', () => {
    expect(sentences('He paused... Then he left.')).toEqual(['He paused...', 'Then he left.']);
  });
});

describe('repairBoundaries', () => {
  it('moves a closing curly quote left at the start of the next sentence back to its sentence', () => {
    const text = 'She said “Stop.” Then left.';
    const stop = text.indexOf('”');
    const repaired = repairBoundaries(text, [
      { start: 0, end: stop },
      { start: stop, end: text.length },
    ]);
    expect(repaired.map((r) => rangeText(text, r))).toEqual(['She said “Stop.”', 'Then left.']);
  });

  it('drops a range that was only a closing quote', () => {
    const text = 'He said “No.”';
    const quote = text.indexOf('”');
    expect(
      repairBoundaries(text, [
        { start: 0, end: quote },
        { start: quote, end: quote + 1 },
      ]),
    ).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('paragraphs, joining and splitting', () => {
  it('makes blank-line separated paragraphs, Windows line ends too', () => {
    const text = 'One. Two.\r\n\r\nThree.\n  \n\nFour.\n';
    expect(splitParagraphs(text).map((r) => rangeText(text, r))).toEqual(['One. Two.', 'Three.', 'Four.']);
    expect(splitReport(text).map((p) => p.sentences.length)).toEqual([2, 1, 1]);
  });

  it('joins two adjacent sentences and splits one at an offset', () => {
    const text = 'Dr. Smith left. He came back. Then he left again.';
    const ranges = splitSentences(text);
    const joined = joinSentences(ranges, 0);
    expect(joined.map((r) => rangeText(text, r))).toEqual(['Dr. Smith left. He came back.', 'Then he left again.']);
    const split = splitSentenceAt(text, joined, 0, text.indexOf(' He'));
    expect(split).toEqual(ranges);
    expect(() => joinSentences(ranges, 2)).toThrow(RangeError);
    expect(() => splitSentenceAt(text, ranges, 0, 0)).toThrow(RangeError);
    expect(() => splitSentenceAt(text, ranges, 0, text.indexOf(' left.') + 1)).not.toThrow();
  });
});

describe('the first lesson’s report', () => {
  const text = readFileSync(new URL('./testing/first-report.txt', import.meta.url), 'utf8');
  const shipped = lessonJson.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((t) => t.text)));

  it('splits into the lesson’s 28 sentences and 7 paragraphs', () => {
    const paragraphs = splitReport(text);
    const found = paragraphs.flatMap((p) => p.sentences.map((r) => rangeText(text, r)));
    const differences = found
      .map((sentence, i) => ({ i, found: sentence, shipped: shipped[i] }))
      .filter((d) => d.found !== d.shipped);
    console.info(`segmenter: ${found.length} sentences, lesson: ${shipped.length}; differences:`, differences);
    expect(paragraphs).toHaveLength(7);
    expect(differences).toEqual([]);
  });
});
