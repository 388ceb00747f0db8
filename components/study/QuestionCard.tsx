'use client';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Question } from '@/lib/schemas/lesson';
import { QUESTION_KIND_LABELS } from '@/lib/lessons/question-kinds';
import { FOCUS_LABELS } from '@/lib/study/labels';
import TeacherFeedback from './TeacherFeedback';

/** The frame of a question: its number, kind and focus, the input, and any teacher feedback. */
export default function QuestionCard({
  question,
  number,
  title = `Question ${number}`,
  children,
}: {
  question: Question;
  number: number;
  title?: string;
  children: React.ReactNode;
}) {
  return (
    <Paper component="li" variant="outlined" aria-labelledby={`${question.id}-title`} sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography component="h4" id={`${question.id}-title`} variant="questionTitle">
          {title}
        </Typography>
        <Chip size="small" label={QUESTION_KIND_LABELS[question.kind].student} variant="outlined" />
        {question.focus && (
          <Chip size="small" label={FOCUS_LABELS[question.focus]} color="primary" variant="outlined" />
        )}
      </Stack>
      {children}
      <TeacherFeedback questionId={question.id} />
    </Paper>
  );
}
