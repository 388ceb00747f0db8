import ProjectorOnPath from '@/components/present/ProjectorOnPath';
import { pathDecks } from '@/lib/present/path-decks';
import { lessonFromParams, lessonMetadata, lessonStaticParams, type LessonPageProps } from '@/lib/lessons/lesson-route';

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export const generateMetadata = lessonMetadata('Present');

/** The projector window. No app header: the slide is all the class should see. */
export default async function PresentPage({ params }: LessonPageProps) {
  const lesson = await lessonFromParams(params);
  return <ProjectorOnPath lessonId={lesson.id} lessonTitle={lesson.title} slides={pathDecks(lesson)} />;
}
