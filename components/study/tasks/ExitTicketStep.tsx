'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { exitTicketQuestions } from '@/lib/lessons/analysis';
import QuestionCard from '../QuestionCard';
import QuestionInput from '../QuestionInput';
import StepHeading from '../StepHeading';
import { useStudy } from '../StudyContext';

/** The exit ticket: three short items at the end, answered alone and handed in with the rest. */
export default function ExitTicketStep() {
  const { lesson } = useStudy();
  const items = useMemo(() => exitTicketQuestions(lesson), [lesson]);
  return (
    <section aria-labelledby="step-heading">
      <StepHeading eyebrow="Before you hand in">Exit ticket</StepHeading>
      <Typography sx={{ mb: 3 }}>{lesson.exitTicket?.intro}</Typography>
      <Box component="ol" sx={{ p: 0, m: 0, display: 'grid', gap: 3, listStyle: 'none' }}>
        {items.map(({ question }, i) => (
          <QuestionCard key={question.id} question={question} number={i + 1} title={`Exit ticket ${i + 1}`}>
            <QuestionInput question={question} sectionId={null} />
          </QuestionCard>
        ))}
      </Box>
    </section>
  );
}
