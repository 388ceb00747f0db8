'use client';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { plural } from '@/lib/text/plural';
import type { UnmatchedAnswer } from '@/lib/review/student-sheet';
import { StudentText } from '../AnswerView';

function describe(item: UnmatchedAnswer): string {
  const { answer } = item;
  if (answer.kind === 'choice')
    return `Chose ${plural(answer.optionIds.length, 'option')}: ${answer.optionIds.join(', ')}`;
  if (answer.kind === 'mark')
    return `Marked ${plural(answer.sentenceIds.length, 'sentence')}: ${answer.sentenceIds.join(', ')}`;
  return '';
}

/** Answers to questions this version of the lesson no longer has: listed, never dropped silently. */
export default function UnmatchedAnswers({ items }: { items: readonly UnmatchedAnswer[] }) {
  if (items.length === 0) return null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="unmatched-heading" sx={{ p: { xs: 2, sm: 2.5 } }}>
      <Typography id="unmatched-heading" component="h3" variant="noticeTitle" sx={{ mb: 0.5 }}>
        Answers to questions no longer in this lesson
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        The student answered an earlier version of the lesson. These answers match no current question, so they cannot
        be scored here.
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1.5 }}>
        {items.map((item) => (
          <li key={item.questionId}>
            <Typography sx={{ fontWeight: 700 }}>
              {item.questionId}
              {item.reason === 'kind-changed' && ' (the question has changed kind)'}
            </Typography>
            {item.answer.kind === 'text' ? (
              <StudentText text={item.answer.text} />
            ) : (
              <Typography>{describe(item)}</Typography>
            )}
          </li>
        ))}
      </Box>
    </Paper>
  );
}
