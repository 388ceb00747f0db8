import Box from '@mui/material/Box';
import { useId } from 'react';
import { SLIDE_FONT_SIZE, SLIDE_SPACE, SLIDE_TYPE } from '@/lib/present/layout';
import type { Slide } from '@/lib/present/slide-types';
import TermsHere from '@/components/lesson/TermsHere';
import EvidenceLegend from './EvidenceLegend';
import SlideBody from './slides/SlideBody';

type Props = {
  slide: Slide;
  index: number;
  count: number;
  revealed: boolean;
  evidence: boolean;
};

/**
 * One slide, laid out in em of a base size that follows its frame (see lib/present/layout.ts):
 * kicker, heading and body, and a quiet footer with where we are. The frame around it sets
 * `container-type: size`; the projector fills the screen with it, the presenter view scales it down.
 */
export default function SlideView({ slide, index, count, revealed, evidence }: Props) {
  const headingId = useId();
  const showLegend =
    evidence && slide.kind === 'report' && slide.paragraphs.some((p) => p.sentences.some((s) => s.evidence.length > 0));
  const where = slide.section ? `Section ${slide.section.number} of ${slide.section.count} · ` : '';
  return (
    <Box
      component="section"
      aria-roledescription="slide"
      aria-labelledby={headingId}
      data-slide-id={slide.id}
      sx={{
        fontSize: SLIDE_FONT_SIZE,
        lineHeight: SLIDE_TYPE.body.lineHeight,
        height: '100%',
        display: 'grid',
        gridTemplateRows: 'auto minmax(0, 1fr) auto',
        rowGap: '0.9em',
        pt: `${SLIDE_SPACE.padTop}em`,
        pb: `${SLIDE_SPACE.padBottom}em`,
        px: `${SLIDE_SPACE.padX}em`,
        bgcolor: 'var(--p-bg)',
        color: 'var(--p-text)',
        position: 'relative',
        overflow: 'hidden',
      }}
    >
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: '1.2em' }}>
        <Box
          component="p"
          data-kicker
          sx={{
            m: 0,
            fontSize: `${SLIDE_TYPE.kicker.scale}em`,
            lineHeight: SLIDE_TYPE.kicker.lineHeight,
            fontWeight: 700,
            letterSpacing: '0.08em',
            textTransform: 'uppercase',
            color: 'var(--p-accent)',
          }}
        >
          {slide.kicker}
        </Box>
        <TermsHere
          terms={slide.terms ?? []}
          fontSize={`${SLIDE_TYPE.meta.scale}em`}
          sx={{ color: 'var(--p-muted)', justifyContent: 'flex-end' }}
        />
      </Box>
      <Box data-slide-body sx={{ minHeight: 0, overflow: 'hidden' }}>
        <SlideBody slide={slide} headingId={headingId} revealed={revealed} evidence={evidence} />
      </Box>
      <Box
        component="footer"
        sx={{
          display: 'flex',
          alignItems: 'flex-end',
          justifyContent: 'space-between',
          gap: '1.2em',
          color: 'var(--p-muted)',
          minHeight: `${2.2 * SLIDE_TYPE.meta.scale}em`,
        }}
      >
        <Box sx={{ minWidth: 0 }}>{showLegend ? <EvidenceLegend /> : null}</Box>
        <Box
          component="p"
          sx={{
            m: 0,
            fontSize: `${SLIDE_TYPE.meta.scale}em`,
            lineHeight: SLIDE_TYPE.meta.lineHeight,
            whiteSpace: 'nowrap',
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          {where}Slide {index + 1} of {count}
        </Box>
      </Box>
      <Box
        aria-hidden
        sx={{
          position: 'absolute',
          left: 0,
          bottom: 0,
          height: '0.14em',
          width: `${((index + 1) / count) * 100}%`,
          bgcolor: 'var(--p-accent)',
          opacity: 0.55,
        }}
      />
    </Box>
  );
}
