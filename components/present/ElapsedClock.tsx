'use client';
import PauseRounded from '@mui/icons-material/PauseRounded';
import PlayArrowRounded from '@mui/icons-material/PlayArrowRounded';
import RestartAltRounded from '@mui/icons-material/RestartAltRounded';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useEffect, useState } from 'react';
import {
  NEW_STOPWATCH,
  elapsedMs,
  formatElapsed,
  pauseStopwatch,
  resetStopwatch,
  startStopwatch,
} from '@/lib/present/elapsed';

/** Time since the presenter view opened, with pause and reset; ticks once a second. */
export default function ElapsedClock() {
  const [now, setNow] = useState(() => Date.now());
  const [watch, setWatch] = useState(() => startStopwatch(NEW_STOPWATCH, Date.now()));
  const running = watch.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  const act = (change: typeof pauseStopwatch) => {
    const at = Date.now();
    setNow(at);
    setWatch((w) => change(w, at));
  };
  return (
    <Box role="group" aria-label="Elapsed time" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Box
        component="span"
        role="timer"
        aria-live="off"
        sx={{
          fontSize: (theme) => theme.typography.figure.fontSize,
          fontWeight: 700,
          fontVariantNumeric: 'tabular-nums',
          minWidth: '4.5ch',
          textAlign: 'right',
        }}
      >
        {formatElapsed(elapsedMs(watch, now))}
      </Box>
      <Tooltip title={running ? 'Pause the clock' : 'Resume the clock'}>
        <IconButton
          aria-label={running ? 'Pause the clock' : 'Resume the clock'}
          onClick={() => act(running ? pauseStopwatch : startStopwatch)}
        >
          {running ? <PauseRounded /> : <PlayArrowRounded />}
        </IconButton>
      </Tooltip>
      <Tooltip title="Reset the clock">
        <IconButton aria-label="Reset the clock" onClick={() => act(resetStopwatch)}>
          <RestartAltRounded />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
