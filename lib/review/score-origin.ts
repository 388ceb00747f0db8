/**
 * How a score's origin changes and reads. Any level the teacher picks is the teacher's, even the
 * one the key suggested: only accepting the suggestion (one by one or "Accept all") records
 * `suggested-accepted`, so the CSV tells apart what the teacher decided from what they confirmed.
 */
import type { FeedbackValueWithOrigin } from '@/lib/schemas/score-origin';

/** The teacher picks a level (or clears it with null). */
export function withTeacherScore(value: FeedbackValueWithOrigin, levelId: string | null): FeedbackValueWithOrigin {
  return { ...value, levelId, origin: levelId === null ? null : 'teacher' };
}

/** The teacher accepts the key's suggested level. */
export function withAcceptedSuggestion(value: FeedbackValueWithOrigin, levelId: string): FeedbackValueWithOrigin {
  return { ...value, levelId, origin: 'suggested-accepted' };
}

/** The gradebook's header for a question's origin column, placed after "Qn score". */
export function scoreOriginColumn(questionNumber: number): string {
  return `Q${questionNumber} score origin`;
}

/** The CSV cell: empty when there is no score, so an empty score never seems to have an origin. */
export function scoreOriginCell(value: Pick<FeedbackValueWithOrigin, 'levelId' | 'origin'>): string {
  if (value.levelId === null || value.origin === null) return '';
  return value.origin === 'teacher' ? 'Teacher' : 'Suggested, accepted';
}
