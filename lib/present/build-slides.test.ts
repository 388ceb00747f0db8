import { describe, expect, it } from 'vitest';
import { lessonQuestions, lessonSentences, markKey } from '@/lib/lessons/analysis';
import type { Lesson } from '@/lib/schemas/lesson';
import { loadRealLesson } from '@/lib/testing/real-lesson';
import { sampleLesson } from '@/lib/testing/sample-lesson';
import { buildSlides } from './build-slides';
import { SLIDE_BODY_BUDGET } from './layout';
import { headingHeight, reportTextHeight } from './slide-heights';
import type { Slide } from './slide-types';

type Of<K extends Slide['kind']> = Extract<Slide, { kind: K }>;
const ofKind = <K extends Slide['kind']>(slides: Slide[], kind: K) => slides.filter((s): s is Of<K> => s.kind === kind);

/** The report text as the slides show it, sentence by sentence, in order. */
function projectedSentences(slides: Slide[]) {
  return ofKind(slides, 'report').flatMap((s) =>
    s.paragraphs.flatMap((p) => p.sentences.map((x) => ({ ...x, paragraphId: p.id }))),
  );
}

describe('buildSlides on the sample lesson', () => {
  const lesson = sampleLesson;
  const slides = buildSlides(lesson);

  it('opens with the title, content note and norms, and closes with the wrap-up', () => {
    expect(slides.slice(0, 3).map((s) => s.kind)).toEqual(['title', 'content-note', 'list']);
    expect(slides[0]).toMatchObject({ kind: 'title', title: lesson.title, objectives: lesson.objectives });
    expect(slides.at(-1)).toMatchObject({
      kind: 'closing',
      title: lesson.wrapUp.title,
      prompts: lesson.wrapUp.prompts.map((p) => p.text),
    });
  });

  it('gives every slide a unique id made from the lesson ids', () => {
    const ids = slides.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('sec-long.read');
    expect(ids).toContain('sec-long.read.2');
    expect(ids).toContain('pr-short-1');
    expect(ids).toContain('q-single');
    expect(ids).toContain('sec-short.voices');
  });

  it('keeps each section in teaching order: text, prompts, questions, who speaks', () => {
    const short = slides.filter((s) => s.section?.id === 'sec-short').map((s) => s.kind);
    expect(short[0]).toBe('report');
    expect(short.indexOf('prompt')).toBeLessThan(short.indexOf('question'));
    expect(short.at(-1)).toBe('voices');
  });

  it('shows every sentence of the report exactly once, verbatim and in order', () => {
    const shown = projectedSentences(slides);
    expect(shown.map((s) => s.text)).toEqual(lessonSentences(lesson).map((s) => s.text));
    expect(shown.map((s) => s.paragraphId)).toEqual(lessonSentences(lesson).map((s) => s.paragraphId));
  });

  it('splits a long section between sentences, into slides that each fit the budget', () => {
    const parts = ofKind(slides, 'report').filter((s) => s.section?.id === 'sec-long');
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, i) => {
      expect(part).toMatchObject({ part: i + 1, parts: parts.length });
      const sentences = part.paragraphs.flatMap((p) => p.sentences.map((s) => ({ ...s, paragraphId: p.id })));
      expect(headingHeight(part.title) + reportTextHeight(sentences)).toBeLessThanOrEqual(SLIDE_BODY_BUDGET);
    });
    const [first, second] = parts;
    const splitParagraph = first!.paragraphs.at(-1)!;
    if (second!.paragraphs[0]!.id === splitParagraph.id) {
      expect(splitParagraph.continues).toBe(true);
      expect(second!.paragraphs[0]!.continued).toBe(true);
    }
  });

  it('evens out the split parts instead of leaving a near-empty last slide', () => {
    const counts = ofKind(slides, 'report')
      .filter((s) => s.section?.id === 'sec-long')
      .map((s) => s.paragraphs.reduce((n, p) => n + p.sentences.length, 0));
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });

  it('marks evidence from the sentence analysis', () => {
    const quote = projectedSentences(slides).find((s) => s.id === 's-short-2');
    expect(quote?.evidence).toEqual(['quote', 'anonymised', 'legal']);
    expect(projectedSentences(slides).find((s) => s.id === 's-short-1')?.evidence).toEqual([]);
  });

  it('puts key points beside a prompt when they fit, and on a key-points slide of their own when not', () => {
    expect(slides.find((s) => s.id === 'pr-short-1')).toMatchObject({
      kind: 'prompt',
      keyPoints: ['We are not told.'],
      revealable: true,
    });
    const crowded = slides.find((s) => s.id === 'pr-short-2');
    expect(crowded).toMatchObject({ kind: 'prompt', keyPoints: [], revealable: false });
    const after = ofKind(slides, 'key-points').filter((s) => s.id.startsWith('pr-short-2.key-points'));
    const short = lesson.sections.find((s) => s.id === 'sec-short')!;
    expect(after.flatMap((s) => s.keyPoints)).toEqual(short.prompts[1]!.keyPoints.map((k) => k.text));
    expect(after.every((s) => s.revealable)).toBe(true);
    expect(slides.find((s) => s.id === 'pr-long-1')).toMatchObject({ revealable: false });
  });

  it('numbers questions as the lesson does and shows their options with the correct ones flagged', () => {
    const numbers = new Map(lessonQuestions(lesson).map((q) => [q.question.id, q.number]));
    for (const q of ofKind(slides, 'question')) expect(q.number).toBe(numbers.get(q.id.split('.')[0]!));
    const multiple = slides.find((s) => s.id === 'q-multiple') as Of<'question'>;
    expect(multiple.body).toMatchObject({ type: 'choice', multiple: true });
    if (multiple.body.type !== 'choice') throw new Error('expected a choice body');
    expect(multiple.body.options.map((o) => [o.letter, o.correct])).toEqual([
      ['A', true],
      ['B', true],
      ['C', false],
    ]);
  });

  it("shows a mark question's own section with the key sentences flagged", () => {
    const mark = slides.find((s) => s.id === 'q-mark-own') as Of<'question'>;
    if (mark.body.type !== 'mark') throw new Error('expected a mark body');
    const key = mark.body.paragraphs
      .flatMap((p) => p.sentences)
      .filter((s) => s.key)
      .map((s) => s.id);
    const located = lessonQuestions(lesson).find((q) => q.question.id === 'q-mark-own')!;
    if (located.question.kind !== 'mark') throw new Error('expected a mark question');
    expect(key).toEqual(markKey(lesson, located.question, located.sectionId));
  });

  it('turns a mark question over several sections into a look-back that quotes the answers', () => {
    const parts = ofKind(slides, 'question').filter((s) => s.id.startsWith('q-mark-all'));
    const quoted = parts.flatMap((s) => (s.body.type === 'look-back' ? s.body.sentences : []));
    expect(quoted.map((q) => q.id)).toEqual(['s-short-2', 's-long-4']);
    expect(quoted[1]!.section).toBe('Section 4: The long section');
  });

  it('counts who speaks in each section', () => {
    const voices = slides.find((s) => s.id === 'sec-short.voices') as Of<'voices'>;
    expect(voices.voices).toEqual([
      { id: 'author', name: 'The author', identification: 'No byline', quote: 0, paraphrase: 0, framing: 1 },
      { id: 'speaker', name: 'Asha', identification: 'Pseudonym', quote: 1, paraphrase: 0, framing: 0 },
    ]);
  });

  it('gives the presenter the notes of the sentences on each report slide', () => {
    const first = slides.find((s) => s.id === 'sec-short.read')!;
    expect(first.notes.teacher).toEqual(['Keep it short.']);
    expect(first.notes.sentences.map((s) => [s.id, s.voice, s.labels])).toEqual([
      ['s-short-1', 'The author', ["Author's claim"]],
      ['s-short-2', 'Asha', ['Direct quote', 'Anonymised person', 'Legal-fact claim']],
    ]);
    expect(slides.find((s) => s.id === 'q-single')!.notes.answer).toEqual(['B. A retelling.', 'It retells.']);
  });

  it('refuses a lesson whose ids would give two slides the same id', () => {
    const clash: Lesson = {
      ...lesson,
      sections: [
        {
          ...lesson.sections[0]!,
          prompts: [{ ...lesson.sections[0]!.prompts[0]!, id: 'title' }, lesson.sections[0]!.prompts[1]!],
        },
      ],
    };
    expect(() => buildSlides(clash)).toThrow(/share the id "title"/);
  });
});

describe('buildSlides on the real lesson', () => {
  const lesson = loadRealLesson();
  const slides = buildSlides(lesson);

  it('projects the whole report verbatim, and every prompt and question', () => {
    expect(projectedSentences(slides).map((s) => s.id)).toEqual(lessonSentences(lesson).map((s) => s.id));
    const ids = new Set(slides.map((s) => s.id.split('.')[0]));
    for (const section of lesson.sections) for (const p of section.prompts) expect(ids).toContain(p.id);
    for (const q of lessonQuestions(lesson)) expect(ids).toContain(q.question.id);
  });
});
