'use client';
import Slideshow from '@mui/icons-material/Slideshow';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { plural } from '@/lib/text/plural';

/** Appears once answers are chosen: shows them on the projector, or clears the choice. */
export default function ProjectorBar({ count, onShow, onClear }: { count: number; onShow(): void; onClear(): void }) {
  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label="Projector"
      sx={{
        position: 'sticky',
        bottom: 12,
        zIndex: 2,
        p: 1.5,
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 1.5,
        boxShadow: 4,
      }}
    >
      <Typography sx={{ flex: '1 1 12rem', fontWeight: 600 }}>
        {plural(count, 'answer')} chosen for the projector
      </Typography>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="text" onClick={onClear}>
          Clear choice
        </Button>
        <Button variant="contained" startIcon={<Slideshow aria-hidden />} onClick={onShow}>
          Show on projector
        </Button>
      </Box>
    </Paper>
  );
}
