import { describe, expect, it } from 'vitest';
import lessonJson from '@/lessons/pakistan-online-sex-work-report/lesson.json';
import { LessonSchema } from '@/lib/schemas/lesson';
import { LessonDraftSchema } from '@/lib/schemas/lesson-draft';
import { draftToLesson } from './draft-to-lesson';
import { lessonToDraft } from './lesson-to-draft';
import { newDraft } from './new-draft';
import { analysedDraft, BRIDGE_REPORT } from './testing/analysed-draft';
import {
  addGeneratedQuestions,
  addPromptTemplates,
  addQuestion,
  freshId,
  missingGeneratedQuestions,
  newChoiceQuestion,
  newTextQuestion,
  removeQuestion,
  replaceQuestion,
} from './question-drafts';

describe('generated questions in the draft', () => {
  it('adds the source questions the analysis supports, with keys from the tagged sentences', () => {
    const draft = addGeneratedQuestions(addGeneratedQuestions(analysedDraft(), 0), 1);
    expect(draft.sections[0]!.questions.map((q) => q.id)).toEqual(['q-1-mark-quoted']);
    expect(draft.sections[1]!.questions.map((q) => q.id)).toEqual(['q-2-mark-anonymised', 'q-2-mark-legal']);
    const legal = draft.sections[1]!.questions[1]!;
    expect(legal.keyPoints.flatMap((k) => k.sentences)).toEqual(['s-2-2']);
    expect(LessonDraftSchema.parse(draft)).toEqual(draft);
  });

  it('keeps the teacher’s edits: generating again adds only what is missing', () => {
    const once = addGeneratedQuestions(analysedDraft(), 1);
    const edited = replaceQuestion(once, 1, {
      ...once.sections[1]!.questions[0]!,
      prompt: 'Mark the anonymous voice.',
    });
    expect(missingGeneratedQuestions(edited, 1)).toEqual([]);
    const removed = removeQuestion(edited, 1, 'q-2-mark-legal');
    expect(missingGeneratedQuestions(removed, 1).map((q) => q.id)).toEqual(['q-2-mark-legal']);
    expect(addGeneratedQuestions(removed, 1).sections[1]!.questions[0]!.prompt).toBe('Mark the anonymous voice.');
  });

  it('generates nothing for sentences not yet analysed', () => {
    expect(missingGeneratedQuestions(newDraft('x', BRIDGE_REPORT), 0)).toEqual([]);
  });
});

describe('new questions', () => {
  it('start valid with ids unique in the draft, so the draft still converts', () => {
    let draft = addGeneratedQuestions(analysedDraft(), 0);
    draft = addQuestion(draft, 0, newChoiceQuestion(draft, 0));
    draft = addQuestion(draft, 0, newChoiceQuestion(draft, 0));
    draft = addQuestion(draft, 1, newTextQuestion(draft, 1));
    expect(draft.sections[0]!.questions.map((q) => q.id)).toEqual(['q-1-mark-quoted', 'q-1-choice-1', 'q-1-choice-2']);
    expect(draft.sections[1]!.questions.map((q) => q.id)).toEqual(['q-2-text-1']);
    expect(LessonDraftSchema.parse(draft)).toEqual(draft);
    expect(draftToLesson(draft).ok).toBe(true);
  });

  it('never reuses an id the first lesson already has', () => {
    const draft = lessonToDraft(LessonSchema.parse(lessonJson));
    const id = freshId(draft, 'q-intro-mark');
    expect(id).toBe('q-intro-mark-1');
    const taken = addQuestion(draft, 0, { ...newTextQuestion(draft, 0), id });
    expect(freshId(taken, 'q-intro-mark')).toBe('q-intro-mark-2');
  });
});

describe('prompt templates', () => {
  it('adds the templates a section lacks, once', () => {
    const draft = analysedDraft();
    draft.sections[0]!.prompts = draft.sections[0]!.prompts.slice(1);
    const filled = addPromptTemplates(addPromptTemplates(draft, 0), 0);
    expect(filled.sections[0]!.prompts.map((p) => p.id)).toEqual(['pr-1-check', 'pr-1-missing', 'pr-1-who-speaks']);
  });
});
