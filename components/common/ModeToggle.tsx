'use client';
import dynamic from 'next/dynamic';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';

/** Holds the button's place, unseen, until it can be used: the header does not shift when it appears. */
function Placeholder() {
  return <IconButton edge="end" aria-hidden disabled sx={{ visibility: 'hidden' }} />;
}

// The tooltip and its positioning engine (Popper) are loaded once the page runs: they are not part
// of any page's first-load JavaScript, and the button appears with its tooltip already working.
const Tooltip = dynamic(() => import('@mui/material/Tooltip'), { ssr: false, loading: Placeholder });

/** Switches between the light and the dark theme; the first visit follows the system setting. */
export default function ModeToggle() {
  const { mode, systemMode, setMode } = useColorScheme();
  const resolved = mode === 'system' ? systemMode : mode;
  if (!resolved) return <Placeholder />;
  const next = resolved === 'dark' ? 'light' : 'dark';
  const label = `Switch to ${next} theme`;
  return (
    <Tooltip title={label}>
      <IconButton edge="end" onClick={() => setMode(next)} aria-label={label} color="inherit">
        {resolved === 'dark' ? <LightModeOutlined /> : <DarkModeOutlined />}
      </IconButton>
    </Tooltip>
  );
}
