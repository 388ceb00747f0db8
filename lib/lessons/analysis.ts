/**
 * Everything derived from a lesson's sentence analysis: answer keys of "mark in the text"
 * questions, evidence marks, voice counts and the claim ledger. Nothing here is typed into the
 * lesson twice; change a sentence's analysis and every view follows.
 */
import {
  type Lesson,
  type MarkQuestion,
  type Mode,
  type Person,
  type Question,
  type Section,
  type Sentence,
  type Tag,
} from '@/lib/schemas/lesson';
import { sentenceMatches } from './sentence-match';

export type LocatedSentence = Sentence & { sectionId: string; paragraphId: string };

/** A question with where it sits: `sectionId` is null for the wrap-up. `number` is 1-based in lesson order. */
export type LocatedQuestion = { question: Question; sectionId: string | null; number: number };

export function sectionSentences(section: Section): LocatedSentence[] {
  return section.paragraphs.flatMap((p) =>
    p.sentences.map((s) => ({ ...s, sectionId: section.id, paragraphId: p.id })),
  );
}

export function lessonSentences(lesson: Lesson): LocatedSentence[] {
  return lesson.sections.flatMap(sectionSentences);
}

export function lessonQuestions(lesson: Lesson): LocatedQuestion[] {
  const located = [
    ...lesson.sections.flatMap((s) => s.questions.map((question) => ({ question, sectionId: s.id as string | null }))),
    ...lesson.wrapUp.questions.map((question) => ({ question, sectionId: null })),
  ];
  return located.map((q, i) => ({ ...q, number: i + 1 }));
}

/** The exit ticket's items, numbered after the lesson's questions (they sit at the end, with no section). */
export function exitTicketQuestions(lesson: Lesson): LocatedQuestion[] {
  const after = lessonQuestions(lesson).length;
  return (lesson.exitTicket?.items ?? []).map((question, i) => ({ question, sectionId: null, number: after + i + 1 }));
}

/** Everything a student answers and hands in: the lesson's questions, then the exit ticket. */
export function answerableQuestions(lesson: Lesson): LocatedQuestion[] {
  return [...lessonQuestions(lesson), ...exitTicketQuestions(lesson)];
}

export function findQuestion(lesson: Lesson, questionId: string): LocatedQuestion | undefined {
  return lessonQuestions(lesson).find((q) => q.question.id === questionId);
}

export function personById(lesson: Lesson, id: string): Person | undefined {
  return lesson.people.find((p) => p.id === id);
}

/** The sentences a "mark in the text" question offers, in reading order. */
export function markSentences(lesson: Lesson, question: MarkQuestion, ownSectionId: string | null): LocatedSentence[] {
  const scope = question.sections ?? (ownSectionId ? [ownSectionId] : []);
  return lesson.sections.filter((s) => scope.includes(s.id)).flatMap(sectionSentences);
}

/** The ids of the sentences that answer a "mark in the text" question. */
export function markKey(lesson: Lesson, question: MarkQuestion, ownSectionId: string | null): string[] {
  return markSentences(lesson, question, ownSectionId)
    .filter((s) => sentenceMatches(s, question.criterion))
    .map((s) => s.id);
}

/** Sentences outside the key that are still a fair answer to a "mark" question. */
export function markAlsoAccepted(question: MarkQuestion): string[] {
  return question.alsoAccepted.map((a) => a.sentenceId);
}

export type MarkResult = { correct: string[]; missed: string[]; extra: string[]; accepted: string[] };

/**
 * Compares a student's selection with the key: found, missed and wrongly marked sentences, and the
 * marked sentences that are "also accepted" (neither required nor an error).
 */
export function compareMarks(key: string[], selected: string[], alsoAccepted: string[] = []): MarkResult {
  const chosen = new Set(selected);
  const wanted = new Set(key);
  const fair = new Set(alsoAccepted);
  return {
    correct: key.filter((id) => chosen.has(id)),
    missed: key.filter((id) => !chosen.has(id)),
    extra: selected.filter((id) => !wanted.has(id) && !fair.has(id)),
    accepted: selected.filter((id) => fair.has(id)),
  };
}

/** The kinds of evidence the projection marks in the text, each with its own style and legend entry. */
export const EVIDENCE_KINDS = ['quote', 'anonymised', 'legal'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export function evidenceKinds(sentence: Sentence): EvidenceKind[] {
  const kinds: EvidenceKind[] = [];
  if (sentence.mode === 'direct-quote') kinds.push('quote');
  if (sentence.tags.includes('anonymised')) kinds.push('anonymised');
  if (sentence.tags.includes('legal-claim')) kinds.push('legal');
  return kinds;
}

export type VoiceCount = { person: Person; total: number; byMode: Record<Mode, number> };

/** How many sentences each voice has, and how: the basis of "who gets to speak in this text". */
export function voiceCounts(lesson: Lesson, sections: Section[] = lesson.sections): VoiceCount[] {
  return lesson.people.map((person) => {
    const byMode: Record<Mode, number> = { 'direct-quote': 0, paraphrase: 0, 'author-claim': 0 };
    for (const s of sections.flatMap(sectionSentences)) if (s.voice === person.id) byMode[s.mode] += 1;
    return { person, total: byMode['direct-quote'] + byMode.paraphrase + byMode['author-claim'], byMode };
  });
}

export type LedgerEntry = { sentence: LocatedSentence; person: Person; tags: Tag[] };

/** Every sentence that claims a legal fact, with whose claim it is: the claim ledger. */
export function claimLedger(lesson: Lesson): LedgerEntry[] {
  const people = new Map(lesson.people.map((p) => [p.id, p]));
  return lessonSentences(lesson).flatMap((sentence) => {
    const person = people.get(sentence.voice);
    return sentence.tags.includes('legal-claim') && person ? [{ sentence, person, tags: sentence.tags }] : [];
  });
}

/** Plain words for the analysis labels, used by every view. */
export const MODE_LABELS: Record<Mode, string> = {
  'direct-quote': 'Direct quote',
  paraphrase: 'Paraphrase',
  'author-claim': "Author's claim",
};

export const TAG_LABELS: Record<Tag, string> = {
  anonymised: 'Anonymised person',
  'legal-claim': 'Legal-fact claim',
  'statistic-or-generalisation': 'Statistic or generalisation',
  'loaded-wording': 'Loaded wording',
  unsourced: 'Unsourced',
  'missing-link': 'Source out of reach',
};

export const IDENTIFICATION_LABELS: Record<Person['identification'], string> = {
  named: 'Named',
  pseudonym: 'Pseudonym',
  unnamed: 'Unnamed',
  'named-organisation': 'Named organisation',
  'no-byline': 'No byline',
};
