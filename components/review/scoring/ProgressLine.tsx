'use client';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { progressText, type ProgressCounts } from '@/lib/review/scoring-progress';

type Props = {
  counts: ProgressCounts;
  /** What the line is about, e.g. "Q3" or "Class". */
  label: string;
  /**
   * Announce changes to screen readers: on for the one line that follows keyboard scoring, off
   * elsewhere, so that two lines never speak over each other.
   */
  live?: boolean;
};

/** "Q3: Scored 12 of 30 · 8 suggested · 10 need a look", with a bar for the share scored. */
export default function ProgressLine({ counts, label, live = false }: Props) {
  const id = useId();
  const value = counts.answered ? Math.round((counts.scored / counts.answered) * 100) : 0;
  return (
    <Box sx={{ display: 'grid', gap: 0.5, minWidth: 0 }}>
      <Typography
        id={id}
        aria-live={live ? 'polite' : undefined}
        sx={{ fontSize: (theme) => theme.typography.bodySmall.fontSize }}
      >
        <Box component="span" sx={{ fontWeight: 700 }}>
          {label}:
        </Box>{' '}
        {progressText(counts)}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={value}
        aria-labelledby={id}
        sx={{ height: 6, borderRadius: 3, bgcolor: 'action.selected' }}
      />
    </Box>
  );
}
