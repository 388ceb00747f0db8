'use client';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatPoints, type QuestionStats } from '@/lib/review/class-stats';
import { formatPercent } from '@/lib/review/format';
import { QUESTION_KIND_LABELS } from '@/lib/lessons/question-kinds';
import { questionText } from '@/lib/review/question-text';
import { useReview } from '../ReviewContext';
import CaptionedTable from './CaptionedTable';

/** Completion, average score and share exactly right per question, with why a question was flagged. */
export default function OverviewTable({
  stats,
  onOpenQuestion,
}: {
  stats: readonly QuestionStats[];
  onOpenQuestion(id: string): void;
}) {
  const { index } = useReview();
  return (
    <CaptionedTable caption="Results by question" minWidth={640}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">Question</TableCell>
          <TableCell scope="col">Answered</TableCell>
          <TableCell scope="col">Average score (of {index.maxPoints})</TableCell>
          <TableCell scope="col">Exactly right</TableCell>
          <TableCell scope="col">Found hard</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {stats.map((s) => (
          <TableRow key={s.located.question.id}>
            <TableCell component="th" scope="row" sx={{ maxWidth: 360 }}>
              <Link
                component="button"
                type="button"
                onClick={() => onOpenQuestion(s.located.question.id)}
                sx={{ fontWeight: 700, textAlign: 'left', verticalAlign: 'baseline' }}
              >
                Q{s.located.number}
              </Link>{' '}
              <Box
                component="span"
                sx={{ color: 'text.secondary', fontSize: (theme) => theme.typography.small.fontSize }}
              >
                {QUESTION_KIND_LABELS[s.located.question.kind].teacher}
              </Box>
              <Box
                sx={{
                  fontSize: (theme) => theme.typography.note.fontSize,
                  display: '-webkit-box',
                  WebkitLineClamp: 2,
                  WebkitBoxOrient: 'vertical',
                  overflow: 'hidden',
                }}
              >
                {questionText(s.located.question)}
              </Box>
            </TableCell>
            <TableCell>
              {s.answered} of {s.students} ({formatPercent(s.completion)})
            </TableCell>
            <TableCell>
              {s.averagePoints === null ? 'Not scored' : `${formatPoints(s.averagePoints)} (${s.scored} scored)`}
            </TableCell>
            <TableCell>{s.correctShare === null ? '–' : `${s.correct} (${formatPercent(s.correctShare)})`}</TableCell>
            <TableCell>
              {s.hardReasons.length > 0 ? (
                <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}>
                  <WarningAmberOutlined aria-hidden sx={{ fontSize: '1.1rem', color: 'warning.main', mt: '2px' }} />
                  <span>Yes: {s.hardReasons.join('; ')}</span>
                </Box>
              ) : (
                'No'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CaptionedTable>
  );
}
