/**
 * The editor's check: the same zod schema as the shipped lessons (through draft-to-lesson), then the
 * same rules `npm run lessons:check` runs on them, every problem at its place in the draft and the
 * step that edits it. Schema problems stop the lesson from being shared (a file that fails them
 * would not open); rule problems are what the lesson needs before it can be added to the site.
 */
import { lessonRuleErrors } from '@/lib/lessons/lesson-rules';
import type { Lesson } from '@/lib/schemas/lesson';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import { type EditorStep, stepOfPath } from './draft-fields';
import { type DraftPath, draftPathOf, draftToLesson } from './draft-to-lesson';

export type CheckKind = 'schema' | 'site-rule';

export interface CheckProblem {
  kind: CheckKind;
  /** Null when the problem concerns the whole lesson, not one field. */
  path: DraftPath | null;
  step: EditorStep | null;
  message: string;
}

export interface DraftCheck {
  /** The lesson, when the schema accepts it (rule problems do not stop sharing). */
  lesson: Lesson | null;
  problems: CheckProblem[];
}

/** A lessons:check path ("sections.0.questions.2.options") as a draft path; "(questions)" is the whole lesson. */
function rulePath(path: string): DraftPath | null {
  if (path.startsWith('(')) return null;
  return draftPathOf(path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
}

/** zod's wording for an empty required text, in the editor's words. */
const EMPTY_TEXT = /^Too small: expected string to have >=1 characters?$/;

const problemAt = (kind: CheckKind, path: DraftPath | null, message: string): CheckProblem => ({
  kind,
  path,
  step: path && stepOfPath(path),
  message: EMPTY_TEXT.test(message) ? 'is empty: write it' : message,
});

export function checkDraft(draft: LessonDraft): DraftCheck {
  const conversion = draftToLesson(draft);
  if (!conversion.ok) {
    return { lesson: null, problems: conversion.problems.map((p) => problemAt('schema', p.path, p.message)) };
  }
  const rules = lessonRuleErrors(conversion.lesson).map((e) => problemAt('site-rule', rulePath(e.path), e.message));
  return { lesson: conversion.lesson, problems: rules };
}
