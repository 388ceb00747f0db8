'use client';
import ArrowForward from '@mui/icons-material/ArrowForward';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ContentNote from '@/components/lesson/ContentNote';
import StepHeading from './StepHeading';
import { useStudy } from './StudyContext';

/** The content note, the discussion norms and how self-study works, before the first section. */
export default function IntroStep({ onStart }: { onStart: () => void }) {
  const { lesson } = useStudy();
  return (
    <section aria-labelledby="step-heading">
      <StepHeading>Getting ready</StepHeading>
      <ContentNote heading={lesson.contentNote.heading} paragraphs={lesson.contentNote.paragraphs} />
      <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 3 }, mt: 3 }}>
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
          How this works
        </Typography>
        <Box component="ul" sx={{ pl: 2.5, m: 0, '& li': { mb: 0.75 } }}>
          <li>You read the report in {lesson.sections.length} sections. Its text is shown exactly as published, typing mistakes included: they are part of what you are evaluating.</li>
          <li>Each section has discussion prompts (notes are optional) and questions about the sources.</li>
          <li>Your answers are saved in this browser as you type. Nothing is sent anywhere.</li>
          <li>At the end, export your answers as a file to hand in, or print them.</li>
        </Box>
      </Paper>
      <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 3 }, mt: 3 }}>
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
          How we discuss this
        </Typography>
        <Box component="ul" sx={{ pl: 2.5, m: 0, '& li': { mb: 0.75 } }}>
          {lesson.discussionNorms.map((norm) => (
            <li key={norm}>{norm}</li>
          ))}
        </Box>
      </Paper>
      <Button variant="contained" size="large" endIcon={<ArrowForward aria-hidden />} onClick={onStart} sx={{ mt: 3 }}>
        Start the first section
      </Button>
    </section>
  );
}
