import { describe, expect, it } from 'vitest';
import { acceptSuggestion, addPerson, isApplied, removePerson, sentencesInOrder, setAnalysis } from './draft-analysis';
import { newDraft } from './new-draft';

const REPORT =
  '“We will appeal,” spokesperson Amina Okafor told reporters. A source said the court often bans apps. She said so.';

describe('draft analysis edits', () => {
  const draft = newDraft('demo', REPORT);
  const items = sentencesInOrder(draft);

  it('lists sentences in order with their suggestions', () => {
    expect(items.map((i) => i.suggestions.map((s) => s.kind))).toEqual([
      ['direct-quote', 'speaker'],
      ['speaker', 'anonymised', 'legal-claim', 'statistic-or-generalisation'],
      ['speaker'],
    ]);
  });

  it('accepts a quote as the kind and a tag as a tag', () => {
    const quote = acceptSuggestion(draft, items[0]!, items[0]!.suggestions[0]!);
    expect(sentencesInOrder(quote)[0]!.sentence.mode).toBe('direct-quote');
    const legal = items[1]!.suggestions.find((s) => s.kind === 'legal-claim')!;
    const tagged = acceptSuggestion(draft, items[1]!, legal);
    expect(sentencesInOrder(tagged)[1]!.sentence.tags).toEqual(['legal-claim']);
    expect(isApplied(legal, sentencesInOrder(tagged)[1]!.sentence, tagged.people)).toBe(true);
  });

  it('accepts a speaker: a matching person becomes the voice, otherwise one is added', () => {
    const speaker = items[0]!.suggestions[1]!;
    const added = acceptSuggestion(draft, items[0]!, speaker);
    expect(added.people.at(-1)).toMatchObject({ name: 'spokesperson Amina Okafor', identification: 'named' });
    const known = addPerson(draft, {
      name: 'Amina Okafor',
      kind: 'person',
      role: '',
      identification: 'named',
      identificationNote: '',
    });
    const matched = acceptSuggestion(known.draft, sentencesInOrder(known.draft)[0]!, speaker);
    expect(matched.people).toHaveLength(2);
    expect(sentencesInOrder(matched)[0]!.sentence.voice).toBe(known.id);
  });

  it('adds an anonymised speaker as unnamed, and offers nothing for a pronoun', () => {
    const source = acceptSuggestion(draft, items[1]!, items[1]!.suggestions[0]!);
    expect(source.people.at(-1)).toMatchObject({ name: 'A source', identification: 'unnamed' });
    expect(acceptSuggestion(draft, items[2]!, items[2]!.suggestions[0]!)).toBe(draft);
  });

  it('removes a person only when no sentence speaks in their voice', () => {
    const { draft: withPerson, id } = addPerson(draft, {
      name: 'X',
      kind: 'person',
      role: '',
      identification: 'named',
      identificationNote: '',
    });
    const used = setAnalysis(withPerson, items[0]!.sentence.id, { voice: id, mode: null, tags: [] });
    expect(removePerson(used, id).people).toHaveLength(2);
    expect(removePerson(withPerson, id).people).toHaveLength(1);
  });
});
