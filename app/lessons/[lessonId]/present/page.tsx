import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import ProjectorDeck from '@/components/present/ProjectorDeck';
import { buildSlides } from '@/lib/present/build-slides';
import { getLesson, getLessons } from '@/lib/lessons/load';

type Params = { lessonId: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getLessons().map((lesson) => ({ lessonId: lesson.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const lesson = getLesson((await params).lessonId);
  return { title: lesson ? `Present: ${lesson.title}` : 'Lesson not found' };
}

/** The projector window. No app header: the slide is all the class should see. */
export default async function PresentPage({ params }: { params: Promise<Params> }) {
  const lesson = getLesson((await params).lessonId);
  if (!lesson) notFound();
  return <ProjectorDeck lessonId={lesson.id} lessonTitle={lesson.title} slides={buildSlides(lesson)} />;
}
