'use client';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import SlidePreview from '@/components/present/SlidePreview';
import { buildSlides } from '@/lib/present/build-slides';
import type { Lesson } from '@/lib/schemas/lesson';

/** The projected deck of the draft's lesson, slide by slide: the real slides, scaled to the page. */
export default function DeckPreview({ lesson }: { lesson: Lesson }) {
  const slides = useMemo(() => buildSlides(lesson), [lesson]);
  const [wanted, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const index = Math.min(wanted, slides.length - 1);
  const slide = slides[index]!;
  const go = (next: number) => {
    setIndex(next);
    setRevealed(false);
  };
  const where = `Slide ${index + 1} of ${slides.length}: ${slide.title}`;
  return (
    <Box component="section" aria-labelledby="deck-preview-heading" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="deck-preview-heading" variant="listCardTitle" component="h3">
        The deck
      </Typography>
      <SlidePreview
        slide={slide}
        index={index}
        count={slides.length}
        revealed={revealed}
        evidence={revealed}
        label={where}
      />
      <Typography role="status">{where}</Typography>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Button startIcon={<ChevronLeft aria-hidden />} disabled={index === 0} onClick={() => go(index - 1)}>
          Previous slide
        </Button>
        <Button
          endIcon={<ChevronRight aria-hidden />}
          disabled={index === slides.length - 1}
          onClick={() => go(index + 1)}
        >
          Next slide
        </Button>
        <FormControlLabel
          control={<Switch checked={revealed} onChange={(event) => setRevealed(event.target.checked)} />}
          label="Show the answers and evidence"
        />
      </Stack>
    </Box>
  );
}
