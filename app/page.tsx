import ArrowForward from '@mui/icons-material/ArrowForward';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Metadata } from 'next';
import AppHeader from '@/components/common/AppHeader';
import AppLink from '@/components/common/AppLink';
import LessonFacts from '@/components/lesson/LessonFacts';
import OpenedLessons from '@/components/opened/OpenedLessons';
import OpenLessonFile from '@/components/opened/OpenLessonFile';
import { getLessons } from '@/lib/lessons/load';
import { lessonPath } from '@/lib/lessons/lesson-paths';
import { LESSON_FILE_SUFFIX } from '@/lib/schemas/lesson-file';

export const metadata: Metadata = { title: { absolute: 'Lessons · Media literacy lessons' } };

export default function HomePage() {
  const lessons = getLessons();
  return (
    <>
      <AppHeader />
      <Container component="main" id="main" maxWidth="md" sx={{ py: { xs: 3, sm: 5 } }}>
        <Typography variant="h1" gutterBottom>
          Lessons
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 4, maxWidth: '60ch' }}>
          Each lesson takes one news report apart, section by section: who speaks, who is anonymised, what is claimed as
          fact and on what evidence. Answers stay in this browser unless you export them.
        </Typography>
        <Typography sx={{ mb: 3 }}>
          <AppLink href="/author/">Make a lesson from another report</AppLink>
        </Typography>
        <OpenLessonFile shippedIds={lessons.map((lesson) => lesson.id)} fileSuffix={LESSON_FILE_SUFFIX} />
        <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {lessons.map((lesson) => (
            <Box component="li" key={lesson.id}>
              <Card variant="outlined">
                <CardActionArea href={lessonPath(lesson.id)}>
                  <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
                    <Box sx={{ flex: 1, minWidth: 0 }}>
                      <Typography variant="cardTitle" component="h2" sx={{ mb: 0.5 }}>
                        {lesson.title}
                      </Typography>
                      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
                        {lesson.subtitle}
                      </Typography>
                      <LessonFacts lesson={lesson} />
                    </Box>
                    <ArrowForward aria-hidden color="primary" />
                  </CardContent>
                </CardActionArea>
              </Card>
            </Box>
          ))}
          <OpenedLessons />
        </Stack>
      </Container>
    </>
  );
}
