/**
 * The slide list of a projected lesson: plain data, built once at build time from the lesson (see
 * build-slides.ts) and handed to the projector and presenter windows, which only render it.
 */
import type { EvidenceKind } from '@/lib/lessons/analysis';
import type { GlossaryTerm } from '@/lib/lessons/glossary';

export type SlideSentence = { id: string; text: string; evidence: EvidenceKind[] };

/** A paragraph, or the part of one that fits a slide; `continued`/`continues` mark a split. */
export type SlideParagraph = {
  id: string;
  sentences: SlideSentence[];
  continued: boolean;
  continues: boolean;
};

/** `accepted`: outside the key but a fair answer (the question's "also accepted"). */
export type PassageSentence = { id: string; text: string; key: boolean; accepted: boolean };

/** A paragraph of a "mark in the text" passage. */
export type PassageParagraph = Omit<SlideParagraph, 'sentences'> & { sentences: PassageSentence[] };

/** A sentence quoted as an answer, with where it is in the report. */
export type QuotedSentence = { id: string; text: string; section: string; accepted?: boolean };

export type SentenceNote = { id: string; text: string; voice: string; labels: string[]; note: string | null };

/** What the presenter view shows beside a slide; never projected. */
export type SlideNotes = {
  teacher: string[];
  keyPoints: string[];
  answer: string[];
  sentences: SentenceNote[];
};

export type SlideSection = { id: string; number: number; count: number; title: string };

type SlideCommon = {
  /** Stable across builds while the lesson's ids stay: section or question id, plus the part. */
  id: string;
  /** Null for the opening slides and the wrap-up. */
  section: SlideSection | null;
  /** The small line above the heading, e.g. "Section 2 of 7 · Read". */
  kicker: string;
  /** The slide's heading as plain text, for the presenter view and screen readers. */
  title: string;
  /** True when K has something to show: key points, correct options or key sentences. */
  revealable: boolean;
  notes: SlideNotes;
  /** Glossary terms at work on this slide, each a button that opens its definition. */
  terms?: GlossaryTerm[];
};

export type ChoiceOptionView = { id: string; letter: string; text: string; correct: boolean };

export type QuestionBody =
  | { type: 'choice'; multiple: boolean; options: ChoiceOptionView[] }
  | { type: 'mark'; target: string; part: number; parts: number; paragraphs: PassageParagraph[] }
  /**
   * A "mark in the text" over several sections: the reveal quotes the answering sentences; until
   * then `hint` says which of them this part will list (see reveal-hint.ts).
   */
  | { type: 'look-back'; target: string; part: number; parts: number; sentences: QuotedSentence[]; hint: string }
  | { type: 'text'; lengthHint: string };

export type VoiceRow = {
  id: string;
  name: string;
  identification: string;
  quote: number;
  paraphrase: number;
  framing: number;
};

/** A claim of the chart slide: the claim, its kind, and the evidence the text gives (shown on the reveal). */
export type ChartSlideRow = { id: string; claim: string; category: string; evidence: string };

export type Slide = SlideCommon &
  (
    | { kind: 'title'; subtitle: string; facts: string[]; objectives: string[] }
    | { kind: 'list'; items: string[]; part: number; parts: number }
    | { kind: 'content-note'; paragraphs: string[]; part: number; parts: number }
    | { kind: 'report'; paragraphs: SlideParagraph[]; part: number; parts: number }
    | { kind: 'prompt'; number: number; count: number; keyPoints: string[] }
    | { kind: 'key-points'; keyPoints: string[]; part: number; parts: number }
    | { kind: 'question'; number: number; body: QuestionBody; keyPoints: string[] }
    | { kind: 'voices'; voices: VoiceRow[] }
    | { kind: 'closing'; prompts: string[] }
    | { kind: 'claim-chart'; rows: ChartSlideRow[]; part: number; parts: number }
  );
