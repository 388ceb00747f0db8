import { describe, expect, it } from 'vitest';
import { loadRealLesson } from '@/lib/testing/real-lesson';
import { lessonOnPath } from '@/lib/lessons/teaching-path';
import { resumeStep, stepFromHash, studySteps } from './steps';

const lesson = loadRealLesson();
const steps = studySteps(lesson);
const at = '2026-11-02T08:00:00.000Z';
const answer = { kind: 'text' as const, text: 'x', updatedAt: at };

describe('study steps', () => {
  it('start, one per section, the chart and lateral reading, wrap-up, exit ticket and hand-in, found by hash', () => {
    const sections = lesson.sections.map(() => 'section');
    expect(steps.map((s) => s.kind)).toEqual([
      'start',
      ...sections,
      'claim-chart',
      'lateral-reading',
      'wrap-up',
      'exit-ticket',
      'finish',
    ]);
    expect(studySteps(lessonOnPath(lesson, 'core')).map((s) => s.kind)).toEqual([
      'start',
      ...sections,
      'wrap-up',
      'exit-ticket',
      'finish',
    ]);
    expect(steps.find((s) => s.kind === 'exit-ticket')?.questionIds).toEqual(lesson.exitTicket!.items.map((q) => q.id));
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
