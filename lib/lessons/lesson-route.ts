/**
 * What every `/lessons/[lessonId]/…` page needs from its route: the static params (one page per
 * lesson, built ahead of time), a per-page title, and the lesson itself (or the not-found page).
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Lesson } from '@/lib/schemas/lesson';
import { getLesson, getLessons } from './load';

export type LessonParams = { lessonId: string };
export type LessonPageProps = { params: Promise<LessonParams> };

export function lessonStaticParams(): LessonParams[] {
  return getLessons().map((lesson) => ({ lessonId: lesson.id }));
}

/** `generateMetadata` for a lesson page: "<what>: <lesson title>", or just the title. */
export function lessonMetadata(what?: string) {
  return async ({ params }: LessonPageProps): Promise<Metadata> => {
    const lesson = getLesson((await params).lessonId);
    if (!lesson) return { title: 'Lesson not found' };
    return { title: what ? `${what}: ${lesson.title}` : lesson.title };
  };
}

export async function lessonFromParams(params: Promise<LessonParams>): Promise<Lesson> {
  const lesson = getLesson((await params).lessonId);
  if (!lesson) notFound();
  return lesson;
}
