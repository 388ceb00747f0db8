import Box from '@mui/material/Box';
import { SLIDE_SPACE, SLIDE_TYPE } from '@/lib/present/layout';
import type { Slide } from '@/lib/present/slide-types';
import { eyebrowLook, SlideList } from './SlideParts';

type TitleData = Extract<Slide, { kind: 'title' }>;

/** The opening slide: the lesson title large, its question, the practical facts, and the goals if they fit. */
export default function TitleSlide({ slide, headingId }: { slide: TitleData; headingId: string }) {
  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: slide.objectives.length ? 'flex-start' : 'center',
        height: '100%',
      }}
    >
      <Box
        component="h2"
        id={headingId}
        sx={{
          m: 0,
          mb: `${0.8 / SLIDE_TYPE.display.scale}em`,
          fontSize: `${SLIDE_TYPE.display.scale}em`,
          lineHeight: SLIDE_TYPE.display.lineHeight,
          fontWeight: 700,
          letterSpacing: '-0.02em',
          maxWidth: `${SLIDE_SPACE.wideMeasure / SLIDE_TYPE.display.scale}em`,
          textWrap: 'balance',
        }}
      >
        {slide.title}
      </Box>
      <Box
        component="p"
        sx={{
          m: 0,
          mb: `${1.2 / SLIDE_TYPE.heading.scale}em`,
          fontSize: `${SLIDE_TYPE.heading.scale}em`,
          lineHeight: SLIDE_TYPE.heading.lineHeight,
          color: 'var(--p-muted)',
          maxWidth: `${SLIDE_SPACE.wideMeasure / SLIDE_TYPE.heading.scale}em`,
        }}
      >
        {slide.subtitle}
      </Box>
      <Box
        component="ul"
        data-label
        aria-label="About this lesson"
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0 1.6em',
          m: 0,
          mb: '1.6em',
          p: 0,
          listStyle: 'none',
          ...eyebrowLook,
          lineHeight: SLIDE_TYPE.eyebrow.lineHeight,
          pt: '1em',
          borderTop: '0.12em solid var(--p-accent)',
          width: 'fit-content',
        }}
      >
        {slide.facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </Box>
      {slide.objectives.length > 0 ? <SlideList items={slide.objectives} /> : null}
    </Box>
  );
}
