import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import AppHeader from '@/components/common/AppHeader';
import LessonTrail from '@/components/common/LessonTrail';
import StudyApp from '@/components/study/StudyApp';
import { getLesson, getLessons } from '@/lib/lessons/load';

type Params = { lessonId: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getLessons().map((lesson) => ({ lessonId: lesson.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const lesson = getLesson((await params).lessonId);
  return { title: lesson ? `Study: ${lesson.title}` : 'Lesson not found' };
}

export default async function StudyPage({ params }: { params: Promise<Params> }) {
  const lesson = getLesson((await params).lessonId);
  if (!lesson) notFound();
  return (
    <>
      <AppHeader>
        <LessonTrail lessonId={lesson.id} title={lesson.title} current="Self-study" />
      </AppHeader>
      <StudyApp lesson={lesson} />
    </>
  );
}
