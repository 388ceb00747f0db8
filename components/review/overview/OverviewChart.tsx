'use client';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { QuestionStats } from '@/lib/review/class-stats';
import { formatPercent } from '@/lib/review/format';
import Bar from '../charts/Bar';

const COMPLETION = 'primary.main';
const SCORE = 'secondary.main';

function Legend() {
  const swatch = (color: string) => (
    <Box
      component="span"
      sx={{
        display: 'inline-block',
        width: 14,
        height: 14,
        borderRadius: '3px',
        bgcolor: color,
        mr: 0.75,
        verticalAlign: '-2px',
      }}
    />
  );
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 2,
        fontSize: (theme) => theme.typography.note.fontSize,
        color: 'text.secondary',
        mb: 1.5,
      }}
    >
      <span>{swatch(COMPLETION)}Answered</span>
      <span>{swatch(SCORE)}Average score (share of the top level)</span>
      <span>
        <WarningAmberOutlined sx={{ fontSize: '1rem', verticalAlign: '-3px', color: 'warning.main', mr: 0.5 }} />
        Found hard
      </span>
    </Box>
  );
}

/**
 * Completion and average score per question as bars. Hidden from screen readers because the
 * table that follows gives the same figures, with the question text.
 */
export default function OverviewChart({ stats }: { stats: readonly QuestionStats[] }) {
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Typography component="figcaption" sx={{ fontWeight: 700, mb: 1 }}>
        Answered and average score, by question{' '}
        <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
          (the table below gives the same figures)
        </Box>
      </Typography>
      <Box aria-hidden>
        <Legend />
        <Box sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 1, alignItems: 'center' }}>
          {stats.map((s) => (
            <Box key={s.located.question.id} sx={{ display: 'contents' }}>
              <Box
                sx={{
                  fontWeight: 700,
                  fontSize: (theme) => theme.typography.note.fontSize,
                  display: 'flex',
                  alignItems: 'center',
                  gap: 0.5,
                  minWidth: '3.5rem',
                }}
              >
                Q{s.located.number}
                {s.hardReasons.length > 0 && <WarningAmberOutlined sx={{ fontSize: '1rem', color: 'warning.main' }} />}
              </Box>
              <Box sx={{ display: 'grid', gap: 0.5, minWidth: 0 }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <Bar share={s.completion} color={COMPLETION} />
                  <Box sx={{ width: '3rem', fontSize: (theme) => theme.typography.small.fontSize, textAlign: 'right' }}>
                    {formatPercent(s.completion)}
                  </Box>
                </Box>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <Bar share={s.averageShare ?? 0} color={SCORE} />
                  <Box sx={{ width: '3rem', fontSize: (theme) => theme.typography.small.fontSize, textAlign: 'right' }}>
                    {s.averageShare === null ? '–' : formatPercent(s.averageShare)}
                  </Box>
                </Box>
              </Box>
            </Box>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
