/**
 * The analysis step's edits, as pure functions from one draft to the next: the people list, each
 * sentence's voice, kind and tags, and accepting a suggestion (lib/author/suggest) for a sentence.
 */
import type { DraftPerson, DraftSentence, LessonDraft } from '@/lib/schemas/lesson-draft';
import type { Tag } from '@/lib/schemas/lesson';
import { AUTHOR_ID } from './new-draft';
import { type Suggestion, suggestAll } from './suggest';
import { DIRECT_QUOTE, SUGGESTED_TAG } from './vocabulary';

/** A sentence in reading order, with its place, its words and the suggestions for it. */
export type SentenceInContext = {
  sentence: DraftSentence;
  at: { section: number; paragraph: number; sentence: number };
  sectionTitle: string;
  words: string;
  suggestions: Suggestion[];
};

export function sentencesInOrder(draft: LessonDraft): SentenceInContext[] {
  const found = draft.sections.flatMap((section, si) =>
    section.paragraphs.flatMap((paragraph, pi) =>
      paragraph.sentences.map((sentence, ti) => ({
        sentence,
        at: { section: si, paragraph: pi, sentence: ti },
        sectionTitle: section.title,
        words: draft.text.slice(sentence.start, sentence.end),
      })),
    ),
  );
  const suggestions = suggestAll(found.map((s) => s.words));
  return found.map((s, i) => ({ ...s, suggestions: suggestions[i] ?? [] }));
}

export type SentenceAnalysis = Pick<DraftSentence, 'voice' | 'mode' | 'tags' | 'note'>;

/** Replaces the analysis of the sentence with this id. */
export function setAnalysis(draft: LessonDraft, sentenceId: string, analysis: SentenceAnalysis): LessonDraft {
  return {
    ...draft,
    sections: draft.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map((paragraph) => ({
        ...paragraph,
        sentences: paragraph.sentences.map((s) => {
          if (s.id !== sentenceId) return s;
          const { note, ...rest } = { ...s, ...analysis };
          return note?.trim() ? { ...rest, note } : rest;
        }),
      })),
    })),
  };
}

/** An id for a person from their name: "p-amina-okafor", made unique. */
export function personIdFor(draft: LessonDraft, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = `p-${slug || 'person'}`;
  const used = new Set(draft.people.map((p) => p.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

export type NewPerson = Omit<DraftPerson, 'id'>;

export function addPerson(draft: LessonDraft, person: NewPerson): { draft: LessonDraft; id: string } {
  const id = personIdFor(draft, person.name);
  return { draft: { ...draft, people: [...draft.people, { id, ...person }] }, id };
}

export function updatePerson(draft: LessonDraft, id: string, patch: NewPerson): LessonDraft {
  return { ...draft, people: draft.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

/** How many sentences speak in this person's voice: a person still in use cannot be removed. */
export function voiceCount(draft: LessonDraft, id: string): number {
  return sentencesInOrder(draft).filter((s) => s.sentence.voice === id).length;
}

export function removePerson(draft: LessonDraft, id: string): LessonDraft {
  if (id === AUTHOR_ID || voiceCount(draft, id) > 0) return draft;
  return { ...draft, people: draft.people.filter((p) => p.id !== id) };
}

/** The person a suggested speaker names: the same name, or one containing the other ("Okafor" in "Amina Okafor"). */
export function matchPerson(people: DraftPerson[], speaker: string): DraftPerson | undefined {
  const wanted = speaker.trim().toLowerCase();
  if (!wanted) return undefined;
  return (
    people.find((p) => p.name.toLowerCase() === wanted) ??
    people.find((p) => {
      const name = p.name.toLowerCase();
      return name.length > 2 && (wanted.includes(name) || name.includes(wanted));
    })
  );
}

const PRONOUN = /^(?:he|she|they|it|i|we|you)$/i;

/** The name a speaker suggestion offers, if it is one: "she" or "he" names no one the list can hold. */
export function suggestedSpeaker(suggestion: Suggestion): string | undefined {
  const name = suggestion.speaker?.text.trim();
  return name && !PRONOUN.test(name) ? name : undefined;
}

/** True when the sentence's analysis already says what the suggestion says. */
export function isApplied(suggestion: Suggestion, sentence: DraftSentence, people: DraftPerson[]): boolean {
  if (suggestion.kind === 'direct-quote') return sentence.mode === DIRECT_QUOTE;
  if (suggestion.kind === 'speaker') {
    const name = suggestedSpeaker(suggestion);
    const person = name ? matchPerson(people, name) : undefined;
    return person !== undefined && sentence.voice === person.id;
  }
  const tag = SUGGESTED_TAG[suggestion.kind];
  return tag !== undefined && sentence.tags.includes(tag);
}

/**
 * The draft with a suggestion accepted for one sentence: a quote sets the kind, a tag is added, a
 * speaker becomes the voice (a new person is added when no one in the list matches; anonymised
 * when the sentence also suggests so).
 */
export function acceptSuggestion(draft: LessonDraft, item: SentenceInContext, suggestion: Suggestion): LessonDraft {
  const { sentence } = item;
  const analysis: SentenceAnalysis = {
    voice: sentence.voice,
    mode: sentence.mode,
    tags: sentence.tags,
    note: sentence.note,
  };
  if (suggestion.kind === 'direct-quote') return setAnalysis(draft, sentence.id, { ...analysis, mode: DIRECT_QUOTE });
  if (suggestion.kind === 'speaker') {
    const name = suggestedSpeaker(suggestion);
    if (!name) return draft;
    const existing = matchPerson(draft.people, name);
    if (existing) return setAnalysis(draft, sentence.id, { ...analysis, voice: existing.id });
    const anonymised = item.suggestions.some((s) => s.kind === 'anonymised');
    const added = addPerson(draft, {
      name,
      kind: 'person',
      role: '',
      identification: anonymised ? 'unnamed' : 'named',
      identificationNote: '',
    });
    return setAnalysis(added.draft, sentence.id, { ...analysis, voice: added.id });
  }
  const tag: Tag | undefined = SUGGESTED_TAG[suggestion.kind];
  if (!tag || sentence.tags.includes(tag)) return draft;
  return setAnalysis(draft, sentence.id, { ...analysis, tags: [...sentence.tags, tag] });
}
