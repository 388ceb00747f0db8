'use client';
import dynamic from 'next/dynamic';
import Alert from '@mui/material/Alert';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import AppHeader from '@/components/common/AppHeader';
import AppLink from '@/components/common/AppLink';
import { openedPath, type OpenedUse } from '@/lib/lessons/lesson-paths';
import { findOpenedLesson } from '@/lib/lessons/opened-lessons';
import { buildSlides } from '@/lib/present/build-slides';
import { useOpenedLessons } from './useOpenedLessons';

/** Said while the lesson's use is being loaded. */
function Opening() {
  return (
    <Container component="main" id="main" maxWidth="md" sx={{ py: 4 }}>
      <Typography role="status">Opening the lesson…</Typography>
    </Container>
  );
}

// Each route loads only its own use, once the lesson is found: not the other three as well.
const PresenterView = dynamic(() => import('@/components/present/PresenterView'), { ssr: false, loading: Opening });
const ProjectorDeck = dynamic(() => import('@/components/present/ProjectorDeck'), { ssr: false, loading: Opening });
const ReviewApp = dynamic(() => import('@/components/review/ReviewApp'), { ssr: false, loading: Opening });
const StudyApp = dynamic(() => import('@/components/study/StudyApp'), { ssr: false, loading: Opening });

/** One use of a lesson opened from a file, read from this browser's store by the `?lesson=` id. */
export default function OpenedLessonUse({ use }: { use: OpenedUse }) {
  const lessonId = useSearchParams().get('lesson') ?? '';
  const opened = findOpenedLesson(useOpenedLessons(), lessonId);
  const lesson = opened?.lesson;
  const slides = useMemo(
    () => (lesson && (use === 'present' || use === 'presenter') ? buildSlides(lesson) : []),
    [lesson, use],
  );

  if (!lesson) {
    return (
      <>
        <AppHeader />
        <Container component="main" id="main" maxWidth="md" sx={{ py: 4 }}>
          <Alert severity="warning">
            This lesson is not open in this browser. Open its lesson file on the{' '}
            <AppLink href="/">lessons page</AppLink> first.
          </Alert>
        </Container>
      </>
    );
  }
  if (use === 'present') {
    return (
      <ProjectorDeck
        lessonId={lesson.id}
        lessonTitle={lesson.title}
        slides={slides}
        presenterHref={openedPath(lesson.id, 'presenter')}
      />
    );
  }
  if (use === 'presenter') return <PresenterView lessonId={lesson.id} lessonTitle={lesson.title} slides={slides} />;
  return (
    <>
      <AppHeader />
      {use === 'study' ? <StudyApp lesson={lesson} /> : <ReviewApp lesson={lesson} />}
    </>
  );
}
