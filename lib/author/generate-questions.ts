/**
 * Drafts of the three source-evaluation questions for a section, generated from the confirmed
 * analysis: who is quoted, who is anonymised, what is claimed as legal fact. Each is a mark-in-the-
 * text question whose key is the tagged sentences, so it stays right when the analysis changes.
 * A question whose key would be empty is not generated (the lesson check would refuse it).
 */
import {
  type MarkCriterion,
  type MarkQuestion,
  MarkQuestionSchema,
  type Mode,
  type Person,
  type Prompt,
  PromptSchema,
  type SourceFocus,
  type Tag,
} from '@/lib/schemas/lesson';
import { ANONYMISED_TAG, DIRECT_QUOTE, LEGAL_CLAIM_TAG } from './vocabulary';

export interface AnalysedSentence {
  id: string;
  voice: string;
  mode: Mode;
  tags: Tag[];
}

export interface SectionAnalysis {
  id: string;
  sentences: AnalysedSentence[];
}

/** The lesson's rule for a mark key: every field given is met, any listed value within a field. */
function meetsCriterion(sentence: AnalysedSentence, criterion: MarkCriterion): boolean {
  if (criterion.modes && !criterion.modes.includes(sentence.mode)) return false;
  if (criterion.tags && !criterion.tags.some((t) => sentence.tags.includes(t))) return false;
  return !criterion.voices || criterion.voices.includes(sentence.voice);
}

/** The short form of a section id used in question ids: "sec-legal" gives "legal". */
const slugOf = (sectionId: string) => sectionId.replace(/^sec-/, '');

const listOf = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

function voicesOf(sentences: AnalysedSentence[], people: Person[]) {
  const ids = [...new Set(sentences.map((s) => s.voice))];
  return ids.map((id) => ({
    id,
    person: people.find((p) => p.id === id),
    sentences: sentences.filter((s) => s.voice === id),
  }));
}

const nameOf = (person: Person | undefined, id: string) => person?.name ?? id;

interface Template {
  key: string;
  focus: SourceFocus;
  criterion: MarkCriterion;
  target: string;
  keyPoint: (name: string, person: Person | undefined) => string;
  explanation: (names: string) => string;
}

const TEMPLATES: Template[] = [
  {
    key: 'quoted',
    focus: 'who-is-quoted',
    criterion: { modes: [DIRECT_QUOTE] },
    target: 'the sentences that quote someone’s own words',
    keyPoint: (name) => `${name} is quoted directly: these are their own words, chosen by the writer.`,
    explanation: (names) =>
      `Quoted here: ${names}. Quotation marks show where their own words begin and end; everything else is the writer’s.`,
  },
  {
    key: 'anonymised',
    focus: 'anonymity',
    criterion: { tags: [ANONYMISED_TAG] },
    target: 'the sentences about a person whose real name is not given',
    keyPoint: (name, person) =>
      `${name}${person ? ` (${person.identification})` : ''} cannot be identified, so readers cannot check their account themselves.`,
    explanation: (names) =>
      `These sentences concern ${names}, whose real name is not given. Ask why, and what it costs a reader who wants to check.`,
  },
  {
    key: 'legal',
    focus: 'legal-claims',
    criterion: { tags: [LEGAL_CLAIM_TAG] },
    target: 'the sentences that claim something about the law',
    keyPoint: (name) => `${name} makes a claim about the law: which law, and how do they know?`,
    explanation: (names) =>
      `Claims about the law here come from ${names}. No claim about the law is checked until we know which law says so.`,
  },
];

/** Mark-in-the-text question drafts for a section (its own sentences are the ones offered). */
export function generateSectionQuestions(section: SectionAnalysis, people: Person[]): MarkQuestion[] {
  const slug = slugOf(section.id);
  return TEMPLATES.flatMap((template) => {
    const key = section.sentences.filter((s) => meetsCriterion(s, template.criterion));
    if (key.length === 0) return [];
    const voices = voicesOf(key, people);
    return [
      MarkQuestionSchema.parse({
        id: `q-${slug}-mark-${template.key}`,
        kind: 'mark',
        focus: template.focus,
        prompt: 'Mark in the text.',
        target: template.target,
        criterion: template.criterion,
        keyPoints: voices.map((v) => ({
          text: template.keyPoint(nameOf(v.person, v.id), v.person),
          sentences: v.sentences.map((s) => s.id),
        })),
        explanation: template.explanation(listOf(voices.map((v) => nameOf(v.person, v.id)))),
      }),
    ];
  });
}

const PROMPTS = [
  ['who-speaks', 'Who speaks in this section, and how does the text tell you who they are?'],
  ['check', 'Which claim in this section would you check first, and where would you look?'],
  ['missing', 'Whose voice is missing from this section, and what might they say?'],
] as const;

/** Discussion prompt templates for a section, for the teacher to edit. */
export function promptTemplates(sectionId: string): Prompt[] {
  const slug = slugOf(sectionId);
  return PROMPTS.map(([key, text]) => PromptSchema.parse({ id: `pr-${slug}-${key}`, text, keyPoints: [] }));
}
