'use client';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { exitTicketQuestions } from '@/lib/lessons/analysis';
import { itemSummary } from '@/lib/lessons/class-tasks';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import { choiceDistribution } from '@/lib/review/class-stats';
import type { StudentSheet } from '@/lib/review/student-sheet';
import type { ClassFeedback } from '@/lib/schemas/review';
import { useReview } from '../ReviewContext';
import ChoiceChart from './ChoiceChart';

/** The exit ticket, item by item: how many answered, how the class chose, and the scores given so far. */
export default function ExitTicketSummary({
  sheets,
  feedback,
}: {
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
}) {
  const { index } = useReview();
  const items = exitTicketQuestions(index.lesson);
  const levelLabel = (id: string | null) =>
    id === null ? 'Not scored yet' : (index.rubricById.get(id)?.label ?? 'A level no longer in the rubric');
  if (items.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="exit-ticket-heading" sx={{ display: 'grid', gap: 2 }}>
      <Typography id="exit-ticket-heading" variant="h3" component="h2">
        Exit ticket
      </Typography>
      <Box component="ol" sx={{ p: 0, m: 0, listStyle: 'none', display: 'grid', gap: 2 }}>
        {items.map((located, i) => {
          const { question } = located;
          const summary = itemSummary(question.id, sheets, feedback);
          return (
            <Paper
              component="li"
              variant="outlined"
              key={question.id}
              aria-labelledby={`exit-${question.id}`}
              data-exit-item={question.id}
              sx={{ p: { xs: 2, sm: 2.5 } }}
            >
              <Typography id={`exit-${question.id}`} sx={{ fontWeight: 700 }}>
                Item {i + 1} (Q{located.number}): {question.prompt}
              </Typography>
              <Typography sx={{ mb: 1.5 }}>
                Answered by {summary.answered} of {sheets.length}
              </Typography>
              {isChoiceQuestion(question) && <ChoiceChart distribution={choiceDistribution(located, sheets)} />}
              {summary.answered > 0 && (
                <Box component="ul" aria-label={`Scores for item ${i + 1}`} sx={{ m: 0, mt: 1.5, pl: 2.5 }}>
                  {[...summary.levels].map(([level, count]) => (
                    <li key={level ?? 'none'}>
                      {levelLabel(level)}: {count}
                    </li>
                  ))}
                </Box>
              )}
            </Paper>
          );
        })}
      </Box>
    </Box>
  );
}
