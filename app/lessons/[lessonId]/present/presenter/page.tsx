import PresenterOnPath from '@/components/present/PresenterOnPath';
import { pathDecks } from '@/lib/present/path-decks';
import { lessonFromParams, lessonMetadata, lessonStaticParams, type LessonPageProps } from '@/lib/lessons/lesson-route';

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export const generateMetadata = lessonMetadata('Presenter view');

/**
 * The teacher's window, opened from the projector's "Presenter view" button. A route of its own
 * (not a query flag) so it has its own title and static page, and needs no Suspense boundary.
 */
export default async function PresenterPage({ params }: LessonPageProps) {
  const lesson = await lessonFromParams(params);
  return <PresenterOnPath lessonId={lesson.id} lessonTitle={lesson.title} slides={pathDecks(lesson)} />;
}
