import AppHeader from '@/components/common/AppHeader';
import LessonTrail from '@/components/common/LessonTrail';
import StudyApp from '@/components/study/StudyApp';
import { lessonFromParams, lessonMetadata, lessonStaticParams, type LessonPageProps } from '@/lib/lessons/lesson-route';

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export const generateMetadata = lessonMetadata('Study');

export default async function StudyPage({ params }: LessonPageProps) {
  const lesson = await lessonFromParams(params);
  return (
    <>
      <AppHeader>
        <LessonTrail lessonId={lesson.id} title={lesson.title} current="Self-study" />
      </AppHeader>
      <StudyApp lesson={lesson} />
    </>
  );
}
