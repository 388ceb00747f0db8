'use client';
import ArrowForward from '@mui/icons-material/ArrowForward';
import Button from '@mui/material/Button';
import ContentNote from '@/components/lesson/ContentNote';
import ListCard from '@/components/lesson/ListCard';
import StepHeading from './StepHeading';
import { useStudy } from './StudyContext';

const howItWorks = (sections: number) => [
  `You read the report in ${sections} sections. Its text is shown exactly as published, typing mistakes included: they are part of what you are evaluating.`,
  'Each section has discussion prompts (notes are optional and stay private) and questions about the sources.',
  'Your answers are saved in this browser as you type. Nothing is sent anywhere.',
  'At the end, export your answers as a file to hand in, or print them.',
];

/** The content note, the discussion norms and how self-study works, before the first section. */
export default function IntroStep({ onStart }: { onStart: () => void }) {
  const { lesson, ready } = useStudy();
  return (
    <section aria-labelledby="step-heading">
      <StepHeading>Getting ready</StepHeading>
      <ContentNote heading={lesson.contentNote.heading} paragraphs={lesson.contentNote.paragraphs} />
      <ListCard heading="How this works" level="h3" items={howItWorks(lesson.sections.length)} sx={{ mt: 3 }} />
      <ListCard heading="How we discuss this" level="h3" items={lesson.discussionNorms} sx={{ mt: 3 }} />
      <Button
        variant="contained"
        size="large"
        endIcon={<ArrowForward aria-hidden />}
        onClick={onStart}
        disabled={!ready}
        sx={{ mt: 3 }}
      >
        Start the first section
      </Button>
    </section>
  );
}
