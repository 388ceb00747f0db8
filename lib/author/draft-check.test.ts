import { describe, expect, it } from 'vitest';
import lessonJson from '@/lessons/pakistan-online-sex-work-report/lesson.json';
import { lessonRuleErrors } from '@/lib/lessons/lesson-rules';
import { type ChoiceQuestion, LessonSchema } from '@/lib/schemas/lesson';
import { checkDraft } from './draft-check';
import { describePath, fieldIdCandidates, fieldIdOf, stepOfPath } from './draft-fields';
import { lessonToDraft } from './lesson-to-draft';
import { lessonFileName, parseLessonFile, writeLessonFile } from './lesson-file';
import { optionLengthWarnings } from './option-length';
import { addQuestion, newChoiceQuestion } from './question-drafts';
import { analysedDraft } from './testing/analysed-draft';

const shipped = LessonSchema.parse(lessonJson);

describe('the check', () => {
  it('passes the first lesson opened in the editor, as lessons:check does', () => {
    expect(lessonRuleErrors(shipped)).toEqual([]);
    expect(checkDraft(lessonToDraft(shipped))).toEqual({ lesson: shipped, problems: [] });
  });

  it('names schema problems at their field and step, and gives no lesson', () => {
    const draft = lessonToDraft(shipped);
    draft.sections[2]!.summary = '';
    draft.sections[1]!.paragraphs[0]!.sentences[0]!.mode = null;
    draft.sections[0]!.prompts = draft.sections[0]!.prompts.slice(0, 1);
    const check = checkDraft(draft);
    expect(check.lesson).toBeNull();
    expect(check.problems.map((p) => [p.kind, p.path?.join('.'), p.step])).toEqual(
      expect.arrayContaining([
        ['schema', 'sections.2.summary', 'questions'],
        ['schema', 'sections.1.paragraphs.0.sentences.0.mode', 'analysis'],
        ['schema', 'sections.0.prompts', 'questions'],
      ]),
    );
    expect(check.problems.find((p) => p.path?.join('.') === 'sections.2.summary')?.message).toBe('is empty: write it');
  });

  it('runs the lessons:check rules on a valid draft: each rule problem at its question, missing material at the lesson', () => {
    let draft = analysedDraft();
    const long = newChoiceQuestion(draft, 0);
    long.options[0]!.text = 'The right answer, written out at far greater length than the others';
    draft = addQuestion(draft, 0, long);
    const check = checkDraft(draft);
    expect(check.lesson?.id).toBe('bridge-report');
    const rules = check.problems.filter((p) => p.kind === 'site-rule');
    expect(rules.find((p) => p.path?.join('.') === 'sections.0.questions.0.options')).toMatchObject({
      step: 'questions',
      message: expect.stringMatching(/the correct option is .*x the next-longest/),
    });
    expect(rules.find((p) => p.path === null)?.message).toMatch(/longest in 1 of 1/);
    expect(rules.find((p) => p.path?.join('.') === 'lesson.taxonomy')).toMatchObject({ step: null });
  });
});

describe('fields of the draft', () => {
  it('are found in the step that edits them', () => {
    expect(stepOfPath(['source', 'link'])).toBe('text');
    expect(stepOfPath(['people', 2, 'name'])).toBe('analysis');
    expect(stepOfPath(['sections', 1, 'title'])).toBe('sections');
    expect(stepOfPath(['sections', 1, 'paragraphs', 0, 'sentences', 3, 'start'])).toBe('sections');
    expect(stepOfPath(['sections', 1, 'paragraphs', 0, 'sentences', 3, 'tags'])).toBe('analysis');
    expect(stepOfPath(['sections', 1, 'questions', 0, 'keyPoints', 0, 'text'])).toBe('questions');
    expect(stepOfPath(['lesson', 'teacherGuide', 'timing'])).toBeNull();
  });

  it('have ids whose enclosing parts are tried in turn', () => {
    expect(fieldIdOf(['sections', 0, 'questions', 2, 'prompt'])).toBe('draft-sections-0-questions-2-prompt');
    expect(fieldIdCandidates(['sections', 0, 'questions'])).toEqual([
      'draft-sections-0-questions',
      'draft-sections-0',
      'draft-sections',
    ]);
  });
});

describe('the option-length warning, live', () => {
  it('says what lessons:check would say about the question as it is being edited', () => {
    const draft = addQuestion(analysedDraft(), 0, newChoiceQuestion(analysedDraft(), 0));
    const saved = draft.sections[0]!.questions[0] as ChoiceQuestion;
    const options = saved.options.map((o) => (o.correct ? { ...o, text: 'Short' } : o));
    expect(optionLengthWarnings(draft, { ...saved, options })).toEqual([]);
    const longer = saved.options.map((o) => (o.correct ? { ...o, text: 'A much, much longer right answer' } : o));
    const warnings = optionLengthWarnings(draft, { ...saved, options: longer });
    expect(warnings[0]).toMatch(/^The correct option is 1\.8\dx the next-longest \(at most 1\.25x\)\.$/);
    expect(warnings[1]).toMatch(/^Across the lesson, the correct option is the longest in 1 of 1/);
  });
});

describe('the lesson file the share step downloads', () => {
  it('is named by the lesson id and opens as the same lesson', () => {
    const check = checkDraft(lessonToDraft(shipped));
    expect(lessonFileName(check.lesson!)).toBe('pakistan-online-sex-work-report.lesson.json');
    expect(parseLessonFile(writeLessonFile(check.lesson!), [])).toEqual({ ok: true, lesson: shipped });
  });
});

describe('a problem’s place in words', () => {
  it('counts from one and names each part', () => {
    expect(describePath(['sections', 1, 'questions', 0, 'keyPoints', 2, 'text'])).toBe(
      'section 2 › question 1 › key point 3 › text',
    );
    expect(describePath(['lesson', 'teacherGuide'])).toBe('teacher guide');
    expect(describePath(['source', 'authorId'])).toBe('source › author id');
  });
});
