'use client';
import Close from '@mui/icons-material/Close';
import NavigateBefore from '@mui/icons-material/NavigateBefore';
import NavigateNext from '@mui/icons-material/NavigateNext';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { ProjectedAnswer } from '@/lib/review/projection';
import ProjectedAnswerView from './ProjectedAnswerView';

// Projection style: near-black on white would glare; light text on near-black is 18:1, well over 7:1.
const INK = '#f6f5f0';
const BACKGROUND = '#101114';
const SMALL = 'max(32px, 1.7vw)';

type Props = { questionLabel: string; questionText: string; answers: readonly ProjectedAnswer[]; onClose(): void };

/**
 * Chosen answers, full screen and without names: the props carry no name, so none can be shown.
 * Arrow keys (and Page Up / Page Down, as on a presenter remote) move between answers; Esc returns.
 */
export default function ProjectorView({ questionLabel, questionText, answers, onClose }: Props) {
  const [position, setPosition] = useState(0);
  const headingId = useId();
  const paperRef = useRef<HTMLDivElement>(null);
  const answer = answers[position];
  const last = answers.length - 1;

  // Leaving full screen (the browser takes the first Esc for that) also leaves the projector view.
  const onFullscreenExit = useEffectEvent(() => {
    if (!document.fullscreenElement) onClose();
  });
  useEffect(() => {
    // Full screen where the browser allows it; the dialog already fills the window otherwise.
    paperRef.current?.requestFullscreen?.().catch(() => {});
    const onFullscreenChange = () => onFullscreenExit();
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      PageDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      PageUp: -1,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    setPosition((p) => Math.max(0, Math.min(last, p + move)));
  };

  return (
    <Dialog
      open
      fullScreen
      onClose={onClose}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      slotProps={{ paper: { ref: paperRef, sx: { bgcolor: BACKGROUND, color: INK, backgroundImage: 'none' } } }}
    >
      <Box
        sx={{
          minHeight: '100%',
          display: 'flex',
          flexDirection: 'column',
          gap: 4,
          p: { xs: 3, md: 6 },
          fontSize: SMALL,
          lineHeight: 1.35,
        }}
      >
        <Box component="header">
          <Box sx={{ fontWeight: 700, opacity: 0.92 }}>{questionLabel}</Box>
          <Box
            component="h2"
            id={headingId}
            sx={{ m: 0, fontSize: 'max(34px, 2vw)', fontWeight: 700, lineHeight: 1.3 }}
          >
            {questionText}
          </Box>
        </Box>
        <Box aria-live="polite" sx={{ flex: 1, borderTop: `2px solid ${INK}`, pt: 4 }}>
          <Box sx={{ fontWeight: 700, mb: 2 }}>
            Answer {position + 1} of {answers.length}
          </Box>
          {answer && <ProjectedAnswerView answer={answer} />}
        </Box>
        <Box
          component="nav"
          aria-label="Answers"
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}
        >
          <ProjectorButton
            onClick={() => setPosition((p) => Math.max(0, p - 1))}
            disabled={position === 0}
            startIcon={<NavigateBefore aria-hidden />}
          >
            Previous
          </ProjectorButton>
          <ProjectorButton
            onClick={() => setPosition((p) => Math.min(last, p + 1))}
            disabled={position === last}
            endIcon={<NavigateNext aria-hidden />}
          >
            Next
          </ProjectorButton>
          <Box sx={{ flex: 1 }} />
          <ProjectorButton onClick={onClose} startIcon={<Close aria-hidden />}>
            Close (Esc)
          </ProjectorButton>
        </Box>
      </Box>
    </Dialog>
  );
}

function ProjectorButton(props: React.ComponentProps<typeof Button>) {
  return (
    <Button
      variant="outlined"
      {...props}
      sx={{
        fontSize: SMALL,
        color: INK,
        borderColor: INK,
        borderWidth: 2,
        px: 3,
        '&:hover': { borderWidth: 2, bgcolor: 'rgba(255,255,255,0.08)' },
        '&.Mui-disabled': { color: '#a9a9a5', borderColor: '#a9a9a5' },
        '&:focus-visible': { outline: `4px solid ${INK}`, outlineOffset: 3 },
        '& .MuiSvgIcon-root': { fontSize: SMALL },
      }}
    />
  );
}
