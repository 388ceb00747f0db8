'use client';
import dynamic from 'next/dynamic';
import Box from '@mui/material/Box';
import type { Slide } from '@/lib/present/slide-types';
import { presenterPath } from '@/lib/lessons/lesson-paths';
import { slideHash } from '@/lib/present/slide-url';
import { projectionColors } from './projectionColors';
import SlideView from './SlideView';
import { useDeckControls } from './useDeckControls';
import { useIdle } from './useIdle';
import VisuallyHidden from '@/components/common/VisuallyHidden';

// Loaded on demand: not part of the page's first-load JavaScript. The controls (tooltips, icons)
// arrive just after the first slide is painted; the keyboard works from the start.
const ShortcutsDialog = dynamic(() => import('./ShortcutsDialog'), { ssr: false });
const DeckControls = dynamic(() => import('./DeckControls'), { ssr: false });

type Props = {
  lessonId: string;
  lessonTitle: string;
  slides: Slide[];
  /** Where the presenter view is; a lesson opened from a file has its own route. */
  presenterHref?: string;
};

const IDLE_MS = 2500;

/** The projector window: one slide filling the screen, nothing else but controls that get out of the way. */
export default function ProjectorDeck({ lessonId, lessonTitle, slides, presenterHref }: Props) {
  const { state, dispatch, onIntent, helpOpen, closeHelp } = useDeckControls(lessonId, slides);
  const idle = useIdle(IDLE_MS);
  const slide = state ? slides[state.index] : undefined;

  const openPresenter = () => {
    window.open(
      // The search carries the teaching path, so the presenter shows the same deck.
      `${presenterHref ?? `${presenterPath(lessonId)}${window.location.search}`}${slide ? slideHash(slide.id) : ''}`,
      `presenter-${lessonId}`,
      'popup,width=1280,height=800',
    );
  };

  return (
    <Box
      sx={[
        projectionColors,
        { position: 'fixed', inset: 0, bgcolor: 'var(--p-bg)', color: 'var(--p-text)', cursor: idle ? 'none' : 'auto' },
      ]}
    >
      <Box component="main" sx={{ width: '100%', height: '100%', containerType: 'size' }}>
        <h1>
          <VisuallyHidden>{lessonTitle}</VisuallyHidden>
        </h1>
        {state && slide ? (
          <SlideView
            slide={slide}
            index={state.index}
            count={slides.length}
            revealed={state.revealed}
            evidence={state.evidence}
          />
        ) : null}
      </Box>
      <VisuallyHidden>
        <span aria-live="polite">
          {state?.blank
            ? 'Screen blanked'
            : slide
              ? `Slide ${(state?.index ?? 0) + 1} of ${slides.length}: ${slide.title}`
              : ''}
        </span>
      </VisuallyHidden>
      {state?.blank ? (
        <Box
          data-blank-screen
          onClick={() => dispatch({ type: 'toggle-blank' })}
          sx={{ position: 'fixed', inset: 0, bgcolor: '#000', zIndex: 3, cursor: 'none' }}
        />
      ) : null}
      {state && slide && !state.blank ? (
        <DeckControls
          idle={idle}
          evidence={state.evidence}
          revealed={state.revealed}
          revealable={slide.revealable}
          atStart={state.index === 0}
          atEnd={state.index === slides.length - 1}
          onIntent={onIntent}
          onPresenter={openPresenter}
        />
      ) : null}
      <ShortcutsDialog open={helpOpen} onClose={closeHelp} />
    </Box>
  );
}
