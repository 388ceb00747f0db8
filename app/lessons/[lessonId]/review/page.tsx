import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import AppHeader from '@/components/common/AppHeader';
import ReviewApp from '@/components/review/ReviewApp';
import ReviewTrail from '@/components/review/ReviewTrail';
import { getLesson, getLessons } from '@/lib/lessons/load';

type Params = { lessonId: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getLessons().map((lesson) => ({ lessonId: lesson.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const lesson = getLesson((await params).lessonId);
  return { title: lesson ? `Review answers · ${lesson.title}` : 'Lesson not found' };
}

export default async function ReviewPage({ params }: { params: Promise<Params> }) {
  const lesson = getLesson((await params).lessonId);
  if (!lesson) notFound();
  return (
    <>
      <AppHeader>
        <ReviewTrail lessonId={lesson.id} title={lesson.title} />
      </AppHeader>
      <ReviewApp lesson={lesson} />
    </>
  );
}
