import type { LessonDraft } from '@/lib/schemas/lesson-draft';

/** What every editor step receives: the whole draft, and a way to replace it with its next version. */
export type StepProps = { draft: LessonDraft; onChange: (next: LessonDraft) => void };
