import { describe, expect, it } from 'vitest';
import {
  cutPoints,
  joinWithNextSentence,
  mergeWithNextSection,
  splitSectionAfter,
  splitSentence,
  structureIsUntouched,
  withSource,
  withText,
} from './draft-structure';
import { newDraft } from './new-draft';

const REPORT =
  'A court banned it. “We will appeal. We did nothing wrong,” she said.\n\nThe app is down. Users are angry.';
const words = (draft: ReturnType<typeof newDraft>) =>
  draft.sections.map((s) => s.paragraphs.map((p) => p.sentences.map((t) => draft.text.slice(t.start, t.end))));

describe('draft structure edits', () => {
  const draft = newDraft('demo', REPORT);

  it('re-splits a new text only while the sections are untouched', () => {
    expect(structureIsUntouched(draft)).toBe(true);
    expect(withText(draft, 'One. Two.').sections).toHaveLength(1);
    expect(structureIsUntouched(mergeWithNextSection(draft, 0))).toBe(false);
  });

  it('knows the same answer for the same sections and text, and asks again when the text differs', () => {
    const typed = withText(draft, 'One. Two.\n\nThree.');
    expect(structureIsUntouched(typed)).toBe(true);
    expect(structureIsUntouched({ ...typed, text: 'One. Two.' })).toBe(false);
    const merged = mergeWithNextSection(typed, 0);
    expect(structureIsUntouched(withSource(merged, { title: 'T' }))).toBe(false);
  });

  it('joins a quotation the splitter cut in two, and never changes the words', () => {
    const joined = joinWithNextSentence(draft, { section: 0, paragraph: 0, sentence: 1 });
    expect(words(joined)[0]).toEqual([['A court banned it.', '“We will appeal. We did nothing wrong,” she said.']]);
    expect(joined.text).toBe(REPORT);
  });

  it('splits a sentence at a chosen space; the new part gets a fresh id and no analysis', () => {
    const [cut] = cutPoints(REPORT, draft.sections[0]!.paragraphs[0]!.sentences[0]!);
    const split = splitSentence(draft, { section: 0, paragraph: 0, sentence: 0 }, cut!);
    const sentences = split.sections[0]!.paragraphs[0]!.sentences;
    expect(words(split)[0]![0]!.slice(0, 2)).toEqual(['A', 'court banned it.']);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    expect(sentences[1]).toMatchObject({ voice: null, mode: null, tags: [] });
  });

  it('merges two sections and splits one after a sentence, keeping every sentence in order', () => {
    const merged = mergeWithNextSection(draft, 0);
    expect(merged.sections).toHaveLength(1);
    const split = splitSectionAfter(merged, 0, 0, 0);
    expect(split.sections).toHaveLength(2);
    expect(words(split).flat(2)).toEqual(words(draft).flat(2));
    expect(new Set(split.sections.map((s) => s.id)).size).toBe(2);
  });

  it('names the author from the byline, or records that there is none', () => {
    expect(withSource(draft, { author: 'Jo Bloggs' }).people[0]).toMatchObject({
      name: 'Jo Bloggs',
      identification: 'named',
    });
    expect(withSource(draft, { author: ' ' }).people[0]).toMatchObject({ identification: 'no-byline' });
  });
});
