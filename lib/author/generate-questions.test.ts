import { describe, expect, it } from 'vitest';
import lessonJson from '@/lessons/pakistan-online-sex-work-report/lesson.json';
import { LessonSchema, type MarkQuestion } from '@/lib/schemas/lesson';
import { draftToLesson } from './draft-to-lesson';
import { generateSectionQuestions, promptTemplates } from './generate-questions';
import { lessonToDraft } from './lesson-to-draft';
import { newDraft, sectionAnalysis } from './new-draft';
import { suggestAll } from './suggest';
import { SUGGESTED_TAG } from './vocabulary';

const shipped = LessonSchema.parse(lessonJson);
const keyOf = (q: MarkQuestion, lesson = shipped) =>
  lesson.sections
    .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
    .filter((s) => {
      const c = q.criterion;
      return (!c.modes || c.modes.includes(s.mode)) && (!c.tags || c.tags.some((t) => s.tags.includes(t)));
    })
    .map((s) => s.id);

describe('questions from the first lesson’s analysis', () => {
  const draft = lessonToDraft(shipped);
  const questionsOf = (id: string) =>
    generateSectionQuestions(
      sectionAnalysis(
        draft,
        draft.sections.findIndex((s) => s.id === id),
      ),
      shipped.people,
    );

  it('asks who is quoted, who is anonymised and what is legal where the section has them', () => {
    expect(questionsOf('sec-legal').map((q) => q.focus)).toEqual(['who-is-quoted', 'anonymity', 'legal-claims']);
    expect(questionsOf('sec-framing').map((q) => q.focus)).toEqual(['anonymity']);
    expect(questionsOf('sec-resource-link')).toEqual([]);
  });

  it('keys each question to the tagged sentences, with a key point per voice', () => {
    const [quoted] = questionsOf('sec-bushra');
    expect(quoted?.id).toBe('q-bushra-mark-quoted');
    expect(quoted?.keyPoints).toEqual([
      expect.objectContaining({ sentences: Array.from({ length: 10 }, (_, i) => `s-bushra-${i + 2}`) }),
    ]);
    expect(quoted?.explanation).toContain('Bushra');
    const legal = questionsOf('sec-legal').find((q) => q.focus === 'legal-claims');
    expect(legal?.keyPoints.flatMap((k) => k.sentences)).toEqual(['s-legal-1', 's-legal-2', 's-legal-3']);
  });

  it('gives a lesson that passes the lesson schema when they replace the shipped questions', () => {
    draft.sections.forEach((section, i) => {
      section.questions = generateSectionQuestions(sectionAnalysis(draft, i), shipped.people);
      section.prompts = promptTemplates(section.id);
    });
    const generated = draft.sections.flatMap((s) => s.questions);
    const result = draftToLesson(draft);
    expect(generated.length).toBeGreaterThanOrEqual(draft.sections.length);
    expect(result.ok && result.lesson.sections.flatMap((s) => s.questions)).toEqual(generated);
  });
});

describe('a new report, from paste to lesson', () => {
  const story = [
    'LAHORE (Wire) — Street vendors were cleared from the old market on Monday, police said.',
    'Ayesha Malik, who has sold fruit there for 12 years, told reporters: “We were given no warning. Many of us have nowhere else to go.”',
    'An official, who spoke on condition of anonymity, said the vendors were trading illegally under Section 144.',
  ].join('\n\n');

  it('is analysed from accepted suggestions and becomes a valid lesson with generated questions', () => {
    const draft = newDraft('market-clearance', story, { outlet: 'Wire' });
    draft.people.push(
      {
        id: 'ayesha',
        name: 'Ayesha Malik',
        kind: 'person',
        role: 'Fruit seller',
        identification: 'named',
        identificationNote: 'Named.',
      },
      {
        id: 'official',
        name: 'An unnamed official',
        kind: 'person',
        role: 'Official',
        identification: 'unnamed',
        identificationNote: 'No name given.',
      },
    );
    const sentences = draft.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    const suggestions = suggestAll(sentences.map((s) => draft.text.slice(s.start, s.end)));
    const voices = ['author', 'ayesha', 'ayesha', 'official'];
    sentences.forEach((sentence, i) => {
      const found = suggestions[i] ?? [];
      sentence.voice = voices[i] ?? 'author';
      sentence.mode = found.some((s) => s.kind === 'direct-quote') ? 'direct-quote' : 'paraphrase';
      sentence.tags = [...new Set(found.flatMap((s) => SUGGESTED_TAG[s.kind] ?? []))];
    });
    expect(sentences.map((s) => s.mode)).toEqual(['paraphrase', 'direct-quote', 'direct-quote', 'paraphrase']);
    draft.sections.forEach((section, i) => {
      section.title = `Part ${i + 1}`;
      section.summary = 'What the report says here.';
      section.questions = generateSectionQuestions(sectionAnalysis(draft, i), draft.people);
    });
    const result = draftToLesson(draft);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const questions = result.lesson.sections.flatMap((s) => s.questions as MarkQuestion[]);
    expect(questions.map((q) => q.id)).toEqual(['q-2-mark-quoted', 'q-3-mark-anonymised', 'q-3-mark-legal']);
    expect(keyOf(questions[2]!, result.lesson)).toEqual(['s-3-1']);
    expect(result.lesson.source.description).toMatch(/in Wire\. The report has no title/);
  });
});
