import { describe, expect, it } from 'vitest';
import { quoteOpenAfter, suggest, suggestAll, type SuggestionKind } from './suggest';

const kinds = (sentence: string) => suggest(sentence).map((s) => s.kind);
const has = (sentence: string, kind: SuggestionKind) => kinds(sentence).includes(kind);
const wordsOf = (sentence: string, kind: SuggestionKind) =>
  suggest(sentence)
    .filter((s) => s.kind === kind)
    .flatMap((s) => s.words.map((w) => w.text));

describe('direct quotes', () => {
  it('suggests a direct quote for curly, straight and angle quotation marks', () => {
    expect(has('She said: “I left.”', 'direct-quote')).toBe(true);
    expect(has('He said "no" twice.', 'direct-quote')).toBe(true);
    expect(has('«Non», dit-il.', 'direct-quote')).toBe(true);
    expect(has('She called it ‘risky’.', 'direct-quote')).toBe(true);
  });

  it('does not take an apostrophe for a quote', () => {
    expect(has('Bushra’s journey began six months ago.', 'direct-quote')).toBe(false);
    expect(has("It's the women's choice.", 'direct-quote')).toBe(false);
  });

  it('follows a quotation across sentences, and says why', () => {
    const result = suggestAll(['She said: “I left.', 'I had to.', 'Nobody helped.”', 'Then she went home.']);
    expect(result.map((r) => r.some((s) => s.kind === 'direct-quote'))).toEqual([true, true, true, false]);
    expect(result[1]?.[0]?.why).toMatch(/opened in an earlier sentence/);
    expect(quoteOpenAfter('He said "go.', false)).toBe(true);
    expect(quoteOpenAfter('Now." She left.', true)).toBe(false);
  });
});

describe('speakers', () => {
  it.each([
    ['The minister said the plan would work.', 'said', 'The minister'],
    ['A Pakistani lawyer highlighted the legal landscape.', 'highlighted', 'A Pakistani lawyer'],
    ['"It is fine," the official told reporters.', 'told', 'the official'],
    ['Police say the number is rising.', 'say', 'Police'],
    ['According to the ministry, 40 cases were filed.', 'according to', 'the ministry'],
    ['Khan added that nothing had changed.', 'added', 'Khan'],
  ])('%s', (sentence, verb, speaker) => {
    const suggestion = suggest(sentence).find((s) => s.kind === 'speaker');
    expect(suggestion?.words.map((w) => w.text.toLowerCase())).toContain(verb);
    expect(suggestion?.speaker?.text).toBe(speaker);
    expect(suggestion?.why).toContain(speaker);
    expect(sentence.slice(suggestion?.speaker?.start, suggestion?.speaker?.end)).toBe(speaker);
  });

  it('has no speaker without an attribution verb, nor inside words', () => {
    expect(has('The saddest toll was paid by the families.', 'speaker')).toBe(false);
    expect(has('Saidpur is a town; the telltale signs were there.', 'speaker')).toBe(false);
  });
});

describe('anonymised people', () => {
  it.each([
    'Bushra (a pseudonym used to protect her identity) agreed.',
    'An anonymous caller phoned the station.',
    'An unnamed official confirmed it.',
    'A source close to the family said so.',
    'A Pakistani lawyer highlighted the problem.',
    'He spoke on condition of anonymity.',
    'She asked not to be named.',
  ])('suggests an anonymised person: %s', (sentence) => {
    expect(has(sentence, 'anonymised')).toBe(true);
  });

  it.each([
    'Lawyers in Lahore disagreed.',
    'The pseudonymous account posted again.',
    'The Sources Act was passed.',
    'Women seek a balance of anonymity and exposure.',
  ])('does not suggest one: %s', (sentence) => {
    expect(has(sentence, 'anonymised')).toBe(false);
  });
});

describe('legal claims', () => {
  it.each([
    ['Adult websites are officially banned.', 'banned'],
    ['Their business is not a crime.', 'crime'],
    ['It is illegal to film without consent.', 'illegal'],
    ['The court ruled on Monday.', 'court'],
    ['Section 377 of the Penal Code applies.', 'Section'],
    ['The Act was passed in 2016.', 'Act'],
    ['Legally, it is not a major issue.', 'Legally'],
    ['The law is clear.', 'law'],
    ['The government imposed a ban.', 'ban'],
  ])('%s', (sentence, word) => {
    expect(wordsOf(sentence, 'legal-claim')).toContain(word);
    expect(suggest(sentence).find((s) => s.kind === 'legal-claim')?.why).toContain(`"${word}"`);
  });

  it.each([
    'The actor waved a banner.',
    'The bandit acted alone in the courtyard.',
    'They walked on the lawn.',
    'They intersect at the crossing.',
    'An outlawyer is not a word.',
  ])('does not suggest one: %s', (sentence) => {
    expect(has(sentence, 'legal-claim')).toBe(false);
  });
});

describe('statistics and generalisations', () => {
  it.each([
    ['It began six months ago.', 'six months ago'],
    ['Some 40% of women agreed.', '40%'],
    ['They earned 1,500 rupees.', '1,500'],
    ['Women are mostly tortured.', 'mostly'],
    ['Women often find themselves at risk.', 'often'],
    ['Many women agreed.', 'Many'],
    ['Most of them left.', 'Most'],
    ['It is always the same.', 'always'],
    ['I would never want this.', 'never'],
    ['Three years later she left.', 'Three years'],
  ])('%s', (sentence, word) => {
    expect(wordsOf(sentence, 'statistic-or-generalisation')).toContain(word);
  });

  it.each([
    'The manyfold tasks were oftentimes done.',
    'Nevertheless she stayed.',
    'One has to reveal one’s face.',
    'The almost empty room.',
  ])('does not suggest one: %s', (sentence) => {
    expect(has(sentence, 'statistic-or-generalisation')).toBe(false);
  });
});

it('suggests nothing for a plain sentence, and every suggestion says why', () => {
  expect(suggest('Streaming is also not really safe.')).toEqual([]);
  const all = suggest('According to a lawyer, “the ban is often ignored by 30 courts.”');
  expect(all.map((s) => s.kind)).toEqual([
    'direct-quote',
    'speaker',
    'anonymised',
    'legal-claim',
    'statistic-or-generalisation',
    'statistic-or-generalisation',
  ]);
  all.forEach((s) => expect(s.why.length).toBeGreaterThan(20));
});
