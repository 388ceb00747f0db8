/**
 * The URL of every lesson page, built in one place. Kept apart from `lesson-route.ts` (which reads
 * lessons from disk) so client components can import it. Trailing slashes match the static export.
 */
export type LessonUse = 'study' | 'present' | 'review';

export function lessonPath(lessonId: string): string {
  return `/lessons/${encodeURIComponent(lessonId)}/`;
}

export function lessonUsePath(lessonId: string, use: LessonUse): string {
  return `${lessonPath(lessonId)}${use}/`;
}

export function studyPath(lessonId: string): string {
  return lessonUsePath(lessonId, 'study');
}

export function projectorPath(lessonId: string): string {
  return lessonUsePath(lessonId, 'present');
}

export function presenterPath(lessonId: string): string {
  return `${projectorPath(lessonId)}presenter/`;
}

export function reviewPath(lessonId: string): string {
  return lessonUsePath(lessonId, 'review');
}

/** The printable teacher guide. */
export function guidePath(lessonId: string): string {
  return `${lessonPath(lessonId)}guide/`;
}

/** A lesson opened from a file lives in this browser only: one client route per use, the id in the query. */
export type OpenedUse = LessonUse | 'presenter';

export function openedPath(lessonId: string, use: OpenedUse): string {
  return `/opened/${use}/?lesson=${encodeURIComponent(lessonId)}`;
}
