import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import AppLink from './AppLink';
import { lessonPath } from '@/lib/lessons/lesson-paths';

/** "Lesson title › Self-study" in the header, so every page leads back to the lesson's start page. */
export default function LessonTrail({
  lessonId,
  title,
  current,
}: {
  lessonId: string;
  title: string;
  current: string;
}) {
  return (
    <Box
      component="nav"
      aria-label="Breadcrumb"
      sx={{ display: 'flex', alignItems: 'center', gap: { xs: 0.25, sm: 0.5 }, minWidth: 0, color: 'text.secondary' }}
    >
      <ChevronRight aria-hidden fontSize="small" />
      <AppLink
        href={lessonPath(lessonId)}
        color="inherit"
        underline="hover"
        sx={{
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          minWidth: 0,
          display: { xs: 'none', sm: 'inline' },
        }}
      >
        {title}
      </AppLink>
      <AppLink
        href={lessonPath(lessonId)}
        color="inherit"
        underline="hover"
        sx={{ display: { xs: 'inline', sm: 'none' } }}
      >
        Lesson
      </AppLink>
      <ChevronRight aria-hidden fontSize="small" />
      <Box
        component="span"
        aria-current="page"
        sx={{
          color: 'text.primary',
          fontWeight: 600,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          minWidth: 0,
        }}
      >
        {current}
      </Box>
    </Box>
  );
}
