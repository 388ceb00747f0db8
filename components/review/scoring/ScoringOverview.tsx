'use client';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useMemo } from 'react';
import { feedbackFor } from '@/lib/review/feedback';
import { classProgress, questionProgress } from '@/lib/review/scoring-progress';
import type { StudentSheet } from '@/lib/review/student-sheet';
import type { ClassFeedback } from '@/lib/schemas/review';
import CaptionedTable from '../overview/CaptionedTable';
import { useReview } from '../ReviewContext';
import ProgressLine from './ProgressLine';
import { STATE_LABELS } from './StateFilterNote';
import type { ShownState } from './useStateFilter';

type Props = {
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
  /** Opens a question; with a state, filtered to its answers in that state. */
  onOpenQuestion(id: string, state?: ShownState): void;
};

const COLUMNS: { state: ShownState; label: string }[] = [
  { state: 'suggested', label: 'Suggested' },
  { state: 'scored', label: 'Scored' },
  { state: 'needs-a-look', label: 'Needs a look' },
];

/** Where scoring stands, per question and for the class; each count opens the question filtered to those answers. */
export default function ScoringOverview({ sheets, feedback, onOpenQuestion }: Props) {
  const { index } = useReview();
  const rows = useMemo(() => {
    const isScored = (key: string, id: string) => feedbackFor(feedback, key, id).levelId !== null;
    return index.questions.map((located) => ({ located, ...questionProgress(index, located, sheets, isScored) }));
  }, [index, sheets, feedback]);
  const total = classProgress(rows);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <ProgressLine counts={total} label="Class" />
      <CaptionedTable caption="Scoring by question" minWidth={520}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">Question</TableCell>
            <TableCell scope="col">Answered</TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c.state} scope="col">
                {c.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const counts = { suggested: row.suggested, scored: row.scored, 'needs-a-look': row.needsALook };
            const q = `Q${row.located.number}`;
            return (
              <TableRow key={row.questionId}>
                <TableCell component="th" scope="row">
                  <Link component="button" type="button" onClick={() => onOpenQuestion(row.questionId)}>
                    {q}
                  </Link>
                </TableCell>
                <TableCell>{row.answered}</TableCell>
                {COLUMNS.map(({ state }) => (
                  <TableCell key={state}>
                    {counts[state] === 0 ? (
                      '0'
                    ) : (
                      <Link
                        component="button"
                        type="button"
                        aria-label={`${q}: ${counts[state]} ${STATE_LABELS[state].replace(/^(with|that) /, '')}, open these answers`}
                        onClick={() => onOpenQuestion(row.questionId, state)}
                      >
                        {counts[state]}
                      </Link>
                    )}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </CaptionedTable>
    </Box>
  );
}
