import AppHeader from '@/components/common/AppHeader';
import LessonTrail from '@/components/common/LessonTrail';
import ReviewOnPath from '@/components/review/ReviewOnPath';
import { lessonFromParams, lessonMetadata, lessonStaticParams, type LessonPageProps } from '@/lib/lessons/lesson-route';

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export const generateMetadata = lessonMetadata('Review answers');

export default async function ReviewPage({ params }: LessonPageProps) {
  const lesson = await lessonFromParams(params);
  return (
    <>
      <AppHeader>
        <LessonTrail lessonId={lesson.id} title={lesson.title} current="Review" />
      </AppHeader>
      <ReviewOnPath lesson={lesson} />
    </>
  );
}
