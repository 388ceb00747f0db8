'use client';
import dynamic from 'next/dynamic';
import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined';
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ModeToggle from '@/components/common/ModeToggle';
import type { Slide } from '@/lib/present/slide-types';
import ElapsedClock from './ElapsedClock';
import PresenterNotes from './PresenterNotes';
import SlidePreview from './SlidePreview';
import { useDeckControls } from './useDeckControls';

// Loaded on demand: not part of the page's first-load JavaScript.
const ShortcutsDialog = dynamic(() => import('./ShortcutsDialog'), { ssr: false });

type Props = { lessonId: string; lessonTitle: string; slides: Slide[] };

/**
 * The teacher's window on the laptop: the slide the class sees, the next one, the notes and a
 * clock. It drives the projector window (and follows it) through the deck's BroadcastChannel.
 */
export default function PresenterView({ lessonId, lessonTitle, slides }: Props) {
  const { state, dispatch, onIntent, helpOpen, closeHelp } = useDeckControls(lessonId, slides);

  const slide = state ? slides[state.index] : undefined;
  const next = state ? slides[state.index + 1] : undefined;
  const where = (s: Slide, i: number) =>
    `Slide ${i + 1} of ${slides.length}${s.section ? ` · Section ${s.section.number}: ${s.section.title}` : ''}`;

  return (
    <Box component="main" sx={{ minHeight: '100vh', p: { xs: 2, md: 3 }, bgcolor: 'background.default' }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="presenterTitle">Presenter view</Typography>
          <Typography color="text.secondary" noWrap>
            {lessonTitle}
          </Typography>
        </Box>
        <ElapsedClock />
        <ModeToggle />
      </Stack>
      {state && slide ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '7fr 5fr' }, gap: 3, alignItems: 'start' }}>
          {/* Stays in view while the notes beside it scroll. */}
          <Box
            component="section"
            aria-labelledby="now-heading"
            sx={{ minWidth: 0, position: { md: 'sticky' }, top: { md: 16 } }}
          >
            <Typography variant="presenterHeading" id="now-heading" sx={{ mb: 1 }}>
              Now showing: {where(slide, state.index)}
              {state.blank ? ' (screen blanked)' : ''}
            </Typography>
            <SlidePreview
              slide={slide}
              index={state.index}
              count={slides.length}
              revealed={state.revealed}
              evidence={state.evidence}
              label={`Current slide: ${slide.title}`}
            />
            <Stack
              direction="row"
              sx={{ gap: 1, mt: 1.5, flexWrap: 'wrap' }}
              role="toolbar"
              aria-label="Presentation controls"
            >
              <Button
                variant="outlined"
                startIcon={<ChevronLeftOutlined />}
                onClick={() => dispatch({ type: 'previous' })}
                disabled={state.index === 0}
              >
                Previous
              </Button>
              <Button
                variant="contained"
                endIcon={<ChevronRightOutlined />}
                onClick={() => dispatch({ type: 'next' })}
                disabled={state.index === slides.length - 1}
              >
                Next
              </Button>
              <Button
                variant={state.revealed ? 'contained' : 'outlined'}
                aria-pressed={state.revealed}
                disabled={!slide.revealable}
                onClick={() => dispatch({ type: 'toggle-reveal' })}
              >
                Show key points
              </Button>
              <Button
                variant={state.evidence ? 'contained' : 'outlined'}
                aria-pressed={state.evidence}
                onClick={() => dispatch({ type: 'toggle-evidence' })}
              >
                Show the evidence
              </Button>
              <Button
                variant={state.blank ? 'contained' : 'outlined'}
                aria-pressed={state.blank}
                onClick={() => dispatch({ type: 'toggle-blank' })}
              >
                Blank the screen
              </Button>
              <Button variant="text" onClick={() => onIntent({ type: 'help' })}>
                Shortcuts
              </Button>
            </Stack>
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Box component="section" aria-labelledby="next-heading" sx={{ mb: 3 }}>
              <Typography variant="presenterHeading" id="next-heading" sx={{ mb: 1 }}>
                Next: {next ? where(next, state.index + 1) : 'end of the lesson'}
              </Typography>
              {next ? (
                <SlidePreview
                  slide={next}
                  index={state.index + 1}
                  count={slides.length}
                  revealed={false}
                  evidence={state.evidence}
                  label={`Next slide: ${next.title}`}
                />
              ) : null}
            </Box>
            <Paper variant="outlined" component="section" aria-labelledby="notes-heading" sx={{ p: 2.5 }}>
              <Typography variant="presenterNotesHeading" id="notes-heading" sx={{ mb: 1.5 }}>
                Notes
              </Typography>
              <PresenterNotes slide={slide} />
            </Paper>
          </Box>
        </Box>
      ) : null}
      <ShortcutsDialog open={helpOpen} onClose={closeHelp} />
    </Box>
  );
}
