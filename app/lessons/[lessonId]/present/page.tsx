import ProjectorDeck from '@/components/present/ProjectorDeck';
import { buildSlides } from '@/lib/present/build-slides';
import { lessonFromParams, lessonMetadata, lessonStaticParams, type LessonPageProps } from '@/lib/lessons/lesson-route';

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export const generateMetadata = lessonMetadata('Present');

/** The projector window. No app header: the slide is all the class should see. */
export default async function PresentPage({ params }: LessonPageProps) {
  const lesson = await lessonFromParams(params);
  return <ProjectorDeck lessonId={lesson.id} lessonTitle={lesson.title} slides={buildSlides(lesson)} />;
}
