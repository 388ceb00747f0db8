import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import AppHeader from '@/components/common/AppHeader';
import AppLink from '@/components/common/AppLink';
import ContentNote from '@/components/lesson/ContentNote';
import LessonFacts from '@/components/lesson/LessonFacts';
import ListCard from '@/components/lesson/ListCard';
import PathPicker from '@/components/lesson/PathPicker';
import { guidePath } from '@/lib/lessons/lesson-paths';
import { pathCounts } from '@/lib/lessons/teaching-path';
import { lessonFromParams, lessonMetadata, lessonStaticParams, type LessonPageProps } from '@/lib/lessons/lesson-route';

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export const generateMetadata = lessonMetadata();

export default async function LessonStartPage({ params }: LessonPageProps) {
  const lesson = await lessonFromParams(params);
  return (
    <>
      <AppHeader />
      <Container component="main" id="main" maxWidth="md" sx={{ py: { xs: 3, sm: 5 } }}>
        <Typography variant="h1" sx={{ mb: 1 }}>
          {lesson.title}
        </Typography>
        <Typography color="text.secondary" variant="lead" sx={{ mb: 2 }}>
          {lesson.subtitle}
        </Typography>
        <Box sx={{ mb: 4 }}>
          <LessonFacts lesson={lesson} />
        </Box>

        <ContentNote heading={lesson.contentNote.heading} paragraphs={lesson.contentNote.paragraphs} />

        <Typography variant="h2" sx={{ mt: 5, mb: 2 }}>
          Start
        </Typography>
        <PathPicker lessonId={lesson.id} counts={pathCounts(lesson)} />

        <Grid container spacing={3} sx={{ mt: 3 }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <ListCard heading="By the end you can" level="h2" items={lesson.objectives} sx={{ height: '100%' }} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <ListCard heading="How we discuss this" level="h2" items={lesson.discussionNorms} sx={{ height: '100%' }} />
          </Grid>
        </Grid>

        <Paper variant="outlined" component="section" aria-labelledby="source-heading" sx={{ p: 3, mt: 3 }}>
          <Typography variant="sectionTitle" id="source-heading" sx={{ mb: 1 }}>
            About the text
          </Typography>
          <Typography>{lesson.source.description}</Typography>
        </Paper>

        <Typography sx={{ mt: 3 }}>
          Teaching this lesson? Read the <AppLink href={guidePath(lesson.id)}>teacher guide</AppLink> (printable):
          timing for a one-lesson and a two-lesson path, background, safeguarding and the answer key.
        </Typography>
      </Container>
    </>
  );
}
