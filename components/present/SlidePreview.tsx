'use client';
import Box from '@mui/material/Box';
import { useEffect, useRef, useState } from 'react';
import type { Slide } from '@/lib/present/slide-types';
import { projectionColors } from './projectionColors';
import SlideView from './SlideView';

/** The projector size the preview is laid out at before scaling, so it looks exactly like the projection. */
const FRAME = { width: 1920, height: 1080 };

type Props = { slide: Slide; index: number; count: number; revealed: boolean; evidence: boolean; label: string };

/**
 * A scaled-down real slide (not a picture of one) for the presenter view. Hidden from assistive
 * technology and from focus: the notes beside it carry the same information as text.
 */
export default function SlidePreview({ slide, index, count, revealed, evidence, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setScale((entry?.contentRect.width ?? 0) / FRAME.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <Box
      ref={box}
      role="img"
      aria-label={label}
      sx={[
        projectionColors,
        {
          position: 'relative',
          width: '100%',
          aspectRatio: `${FRAME.width} / ${FRAME.height}`,
          overflow: 'hidden',
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          bgcolor: 'var(--p-bg)',
        },
      ]}
    >
      <Box
        aria-hidden
        inert
        sx={{
          position: 'absolute',
          top: 0,
          left: 0,
          width: FRAME.width,
          height: FRAME.height,
          transform: `scale(${scale})`,
          transformOrigin: 'top left',
          containerType: 'size',
          visibility: scale ? 'visible' : 'hidden',
        }}
      >
        <SlideView slide={slide} index={index} count={count} revealed={revealed} evidence={evidence} />
      </Box>
    </Box>
  );
}
