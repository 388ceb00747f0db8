'use client';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ChoiceDistribution } from '@/lib/review/class-stats';
import { formatPercent } from '@/lib/review/format';
import { plural } from '@/lib/text/plural';
import Bar from './Bar';

/** How many students chose each option: a bar chart whose every value is also written as text. */
export default function ChoiceChart({ distribution }: { distribution: ChoiceDistribution }) {
  const { options, answered, removedOptions } = distribution;
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Typography component="figcaption" sx={{ fontWeight: 700, mb: 1.5 }}>
        How the class answered ({plural(answered, 'student')})
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
        {options.map(({ option, count }) => {
          const share = answered ? count / answered : 0;
          return (
            <Box component="li" key={option.id}>
              <Typography variant="bodySmall" sx={{ overflowWrap: 'anywhere' }}>
                {option.text}
                {option.correct && (
                  <Box
                    component="span"
                    sx={{
                      display: 'inline-flex',
                      alignItems: 'center',
                      gap: 0.25,
                      ml: 1,
                      color: 'success.main',
                      fontWeight: 700,
                      verticalAlign: 'middle',
                    }}
                  >
                    <CheckCircle aria-hidden sx={{ fontSize: '1rem' }} /> Correct
                  </Box>
                )}
              </Typography>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Bar share={share} color={option.correct ? 'success.main' : 'primary.main'} />
                <Typography variant="note" sx={{ minWidth: '7.5rem', textAlign: 'right' }}>
                  {plural(count, 'student')} ({formatPercent(share)})
                </Typography>
              </Box>
            </Box>
          );
        })}
      </Box>
      {removedOptions > 0 && (
        <Typography color="text.secondary" variant="note" sx={{ mt: 1 }}>
          {plural(removedOptions, 'choice')} of an option no longer in the lesson.
        </Typography>
      )}
    </Box>
  );
}
