'use client';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { classStats, HARD_COMPLETION, HARD_CORRECT_SHARE, HARD_SCORE_SHARE } from '@/lib/review/class-stats';
import type { ClassFeedback } from '@/lib/schemas/review';
import { formatPercent } from '@/lib/review/format';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { useReview } from '../ReviewContext';
import OverviewChart from './OverviewChart';
import OverviewTable from './OverviewTable';
import ScoringOverview from '../scoring/ScoringOverview';
import type { ShownState } from '../scoring/useStateFilter';
import { pluralWord } from '@/lib/text/plural';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="figure">{value}</Typography>
      <Typography color="text.secondary">{label}</Typography>
    </Paper>
  );
}

/** The class at a glance: completion and average score per question, and which questions were hard. */
export default function OverviewPanel({
  sheets,
  feedback,
  onOpenQuestion,
}: {
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
  onOpenQuestion(id: string, state?: ShownState): void;
}) {
  const { index } = useReview();
  const stats = useMemo(() => classStats(index, sheets, feedback), [index, sheets, feedback]);
  const answers = stats.reduce((n, s) => n + s.answered, 0);
  const scored = stats.reduce((n, s) => n + s.scored, 0);
  const possible = sheets.length * stats.length;
  const hard = stats.filter((s) => s.hardReasons.length > 0).length;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 3 }}>
      <Typography variant="panelTitle">Class overview</Typography>
      <Box
        component="section"
        aria-label="Summary"
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        <Figure label="students" value={sheets.length.toLocaleString('en')} />
        <Figure label="of all questions answered" value={possible ? formatPercent(answers / possible) : '–'} />
        <Figure label={`of ${answers.toLocaleString('en')} answers scored`} value={scored.toLocaleString('en')} />
        <Figure label={`${pluralWord(hard, 'question')} found hard`} value={String(hard)} />
      </Box>
      <Typography color="text.secondary" sx={{ maxWidth: '75ch' }}>
        A question counts as found hard when fewer than {formatPercent(HARD_COMPLETION)} of the class answered it, when
        its average score is under {formatPercent(HARD_SCORE_SHARE)} of the top level, or when fewer than{' '}
        {formatPercent(HARD_CORRECT_SHARE)} of the choices or markings were exactly right.
      </Typography>
      <Paper variant="outlined" sx={{ p: { xs: 1, sm: 2 } }}>
        <ScoringOverview sheets={sheets} feedback={feedback} onOpenQuestion={onOpenQuestion} />
      </Paper>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 2.5 } }}>
        <OverviewChart stats={stats} />
      </Paper>
      <Paper variant="outlined" sx={{ p: { xs: 1, sm: 2 } }}>
        <OverviewTable stats={stats} onOpenQuestion={onOpenQuestion} />
      </Paper>
    </Box>
  );
}
