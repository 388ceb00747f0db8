import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LessonSchema } from '@/lib/schemas/lesson';
import { resumeStep, stepFromHash, studySteps } from './steps';

const lesson = LessonSchema.parse(
  JSON.parse(readFileSync(path.join(process.cwd(), 'lessons/pakistan-online-sex-work-report/lesson.json'), 'utf8')),
);
const steps = studySteps(lesson);
const at = '2026-11-02T08:00:00.000Z';
const answer = { kind: 'text' as const, text: 'x', updatedAt: at };

describe('study steps', () => {
  it('start, one per section, wrap-up and hand-in, found by hash', () => {
    expect(steps.map((s) => s.kind)).toEqual(['start', ...lesson.sections.map(() => 'section'), 'wrap-up', 'finish']);
    expect(stepFromHash(steps, `#${lesson.sections[1]!.id}`)?.id).toBe(lesson.sections[1]!.id);
    expect(stepFromHash(steps, '#nowhere')).toBeNull();
  });

  it('resumes a new student at the start, a returning one at the first open step, a finished one at hand-in', () => {
    expect(resumeStep(steps, {}).id).toBe('start');
    const firstSection = Object.fromEntries(lesson.sections[0]!.questions.map((q) => [q.id, answer]));
    expect(resumeStep(steps, firstSection).id).toBe(lesson.sections[1]!.id);
    const all = Object.fromEntries(steps.flatMap((s) => s.questionIds).map((id) => [id, answer]));
    expect(resumeStep(steps, all).id).toBe('finish');
  });
});
