'use client';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowForward from '@mui/icons-material/ArrowForward';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { Step } from '@/lib/study/steps';

type Props = { previous?: Step; next?: Step; onSelect: (step: Step) => void };

/** Previous / next at the end of each step. */
export default function StepPager({ previous, next, onSelect }: Props) {
  return (
    <Box
      component="nav"
      aria-label="Previous and next step"
      sx={{
        display: 'flex',
        gap: 2,
        justifyContent: 'space-between',
        flexWrap: 'wrap',
        mt: 4,
        pt: 3,
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      {previous ? (
        <Button
          variant="outlined"
          startIcon={<ArrowBack aria-hidden />}
          onClick={() => onSelect(previous)}
          sx={{ maxWidth: '100%' }}
        >
          Previous: {previous.title}
        </Button>
      ) : (
        <span />
      )}
      {next && (
        <Button
          variant="contained"
          endIcon={<ArrowForward aria-hidden />}
          onClick={() => onSelect(next)}
          sx={{ maxWidth: '100%', ml: 'auto' }}
        >
          Next: {next.title}
        </Button>
      )}
    </Box>
  );
}
