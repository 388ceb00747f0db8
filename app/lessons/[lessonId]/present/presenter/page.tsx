import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import PresenterView from '@/components/present/PresenterView';
import { buildSlides } from '@/lib/present/build-slides';
import { getLesson, getLessons } from '@/lib/lessons/load';

type Params = { lessonId: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getLessons().map((lesson) => ({ lessonId: lesson.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const lesson = getLesson((await params).lessonId);
  return { title: lesson ? `Presenter view: ${lesson.title}` : 'Lesson not found' };
}

/**
 * The teacher's window, opened from the projector's "Presenter view" button. A route of its own
 * (not a query flag) so it has its own title and static page, and needs no Suspense boundary.
 */
export default async function PresenterPage({ params }: { params: Promise<Params> }) {
  const lesson = getLesson((await params).lessonId);
  if (!lesson) notFound();
  return <PresenterView lessonId={lesson.id} lessonTitle={lesson.title} slides={buildSlides(lesson)} />;
}
