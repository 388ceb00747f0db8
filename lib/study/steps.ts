/**
 * The self-study path: a start step (content note and norms), one step per section, the claim
 * chart and lateral reading (when the path has them), the wrap-up, the exit ticket, and a finish
 * step (hand in). The current step lives in the URL hash so reload and the browser's
 * back button keep the student's place.
 */
import { isAnswered, type Answer } from '@/lib/schemas/answer';
import type { Lesson } from '@/lib/schemas/lesson';
import { CLAIM_CHART_ID, LATERAL_READING_ID, lessonTasks } from '@/lib/lessons/lesson-tasks';

export type Step = {
  id: string;
  title: string;
  kind: 'start' | 'section' | 'claim-chart' | 'lateral-reading' | 'wrap-up' | 'exit-ticket' | 'finish';
  questionIds: string[];
};

/** The first step: the content note and how the lesson works. */
export const START_STEP_ID = 'start';

export function studySteps(lesson: Lesson): Step[] {
  const tasks = lessonTasks(lesson);
  const exitTicket = lesson.exitTicket?.items ?? [];
  return [
    { id: START_STEP_ID, title: 'Getting ready', kind: 'start', questionIds: [] },
    ...lesson.sections.map((s) => ({
      id: s.id,
      title: s.title,
      kind: 'section' as const,
      questionIds: s.questions.map((q) => q.id),
    })),
    ...(tasks.claimChart
      ? [
          {
            id: CLAIM_CHART_ID,
            title: 'Claims and evidence',
            kind: 'claim-chart' as const,
            questionIds: [CLAIM_CHART_ID],
          },
        ]
      : []),
    ...(tasks.lateralReading
      ? [
          {
            id: LATERAL_READING_ID,
            title: 'Lateral reading',
            kind: 'lateral-reading' as const,
            questionIds: [LATERAL_READING_ID],
          },
        ]
      : []),
    {
      id: 'wrap-up',
      title: lesson.wrapUp.title,
      kind: 'wrap-up',
      questionIds: lesson.wrapUp.questions.map((q) => q.id),
    },
    ...(exitTicket.length
      ? [
          {
            id: 'exit-ticket',
            title: 'Exit ticket',
            kind: 'exit-ticket' as const,
            questionIds: exitTicket.map((q) => q.id),
          },
        ]
      : []),
    { id: 'finish', title: 'Hand in your answers', kind: 'finish', questionIds: [] },
  ];
}

/** The step named by the hash, or null when the hash names none. */
export function stepFromHash(steps: Step[], hash: string): Step | null {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return steps.find((s) => s.id === id) ?? null;
}

/**
 * Where a student lands without a step in the address: a new student at the start; a returning one
 * at the first step that still has unanswered questions (or the hand-in step when all are done).
 */
export function resumeStep(steps: Step[], answers: Record<string, Answer>): Step {
  if (Object.keys(answers).length === 0) return steps[0]!;
  return (
    steps.find((s) => s.kind !== 'start' && s.questionIds.some((id) => !isAnswered(answers[id]))) ??
    steps[steps.length - 1]!
  );
}
