'use client';
import NavigateBefore from '@mui/icons-material/NavigateBefore';
import NavigateNext from '@mui/icons-material/NavigateNext';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { questionText } from '@/lib/review/question-text';
import { useReview } from '../ReviewContext';

const SHORT = 70;
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text);

/** Chooses the question to review: a list of all questions, and previous / next. */
export default function QuestionPicker({ questionId, onChange }: { questionId: string; onChange(id: string): void }) {
  const { index } = useReview();
  const position = index.questions.findIndex((q) => q.question.id === questionId);
  const previous = index.questions[position - 1];
  const next = index.questions[position + 1];
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <TextField
        select
        label="Question"
        value={questionId}
        onChange={(e) => onChange(e.target.value)}
        size="small"
        sx={{ flex: '1 1 18rem', minWidth: 0 }}
        slotProps={{ select: { native: true } }}
      >
        {index.questions.map(({ question, number }) => (
          <option key={question.id} value={question.id}>
            {`Q${number}. ${short(questionText(question))}`}
          </option>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="outlined" startIcon={<NavigateBefore aria-hidden />} disabled={!previous} onClick={() => previous && onChange(previous.question.id)}>
          Previous
        </Button>
        <Button variant="outlined" endIcon={<NavigateNext aria-hidden />} disabled={!next} onClick={() => next && onChange(next.question.id)}>
          Next
        </Button>
      </Box>
    </Box>
  );
}
