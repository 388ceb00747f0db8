'use client';
import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined';
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import CoPresentOutlined from '@mui/icons-material/CoPresentOutlined';
import DesktopAccessDisabledOutlined from '@mui/icons-material/DesktopAccessDisabledOutlined';
import FindInPageOutlined from '@mui/icons-material/FindInPageOutlined';
import FullscreenOutlined from '@mui/icons-material/FullscreenOutlined';
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined';
import TipsAndUpdatesOutlined from '@mui/icons-material/TipsAndUpdatesOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import ModeToggle from '@/components/common/ModeToggle';
import type { DeckIntent } from '@/lib/present/keys';

type Props = {
  idle: boolean;
  evidence: boolean;
  revealed: boolean;
  revealable: boolean;
  atStart: boolean;
  atEnd: boolean;
  onIntent: (intent: DeckIntent) => void;
  onPresenter?: () => void;
};

function Control({
  label,
  onClick,
  pressed,
  disabled,
  children,
}: {
  label: string;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Tooltip title={label}>
      <span>
        <IconButton
          aria-label={label}
          aria-pressed={pressed}
          onClick={onClick}
          disabled={disabled}
          color="inherit"
          sx={{
            width: 48,
            height: 48,
            ...(pressed ? { bgcolor: 'var(--p-bg)', outline: '2px solid currentColor', outlineOffset: -2 } : {}),
          }}
        >
          {children}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/**
 * The on-screen controls for a mouse or a touch board. They fade out when the pointer rests and
 * come back when it moves, or when a control gets keyboard focus.
 */
export default function DeckControls({
  idle,
  evidence,
  revealed,
  revealable,
  atStart,
  atEnd,
  onIntent,
  onPresenter,
}: Props) {
  return (
    <Box
      role="toolbar"
      aria-label="Presentation controls"
      data-idle={idle}
      sx={{
        // Top right: the only part of every slide that never holds text (the kicker is short and on the left).
        position: 'fixed',
        right: 12,
        top: 10,
        display: 'flex',
        gap: 0.5,
        p: 0.75,
        borderRadius: 99,
        bgcolor: 'var(--p-surface)',
        color: 'var(--p-text)',
        boxShadow: '0 4px 24px rgba(0,0,0,0.18)',
        transition: 'opacity 200ms ease',
        opacity: idle ? 0 : 1,
        pointerEvents: idle ? 'none' : 'auto',
        '&:focus-within': { opacity: 1, pointerEvents: 'auto' },
        zIndex: 2,
        '@media print': { display: 'none' },
      }}
    >
      <Control label="Previous slide" onClick={() => onIntent({ type: 'previous' })} disabled={atStart}>
        <ChevronLeftOutlined />
      </Control>
      <Control label="Next slide" onClick={() => onIntent({ type: 'next' })} disabled={atEnd}>
        <ChevronRightOutlined />
      </Control>
      <Control label="Show the evidence" pressed={evidence} onClick={() => onIntent({ type: 'toggle-evidence' })}>
        <FindInPageOutlined />
      </Control>
      <Control
        label="Show key points"
        pressed={revealed}
        disabled={!revealable}
        onClick={() => onIntent({ type: 'toggle-reveal' })}
      >
        <TipsAndUpdatesOutlined />
      </Control>
      <Control label="Blank the screen" onClick={() => onIntent({ type: 'toggle-blank' })}>
        <DesktopAccessDisabledOutlined />
      </Control>
      <Control label="Full screen" onClick={() => onIntent({ type: 'fullscreen' })}>
        <FullscreenOutlined />
      </Control>
      {onPresenter ? (
        <Control label="Presenter view" onClick={onPresenter}>
          <CoPresentOutlined />
        </Control>
      ) : null}
      <ModeToggle />
      <Control label="Keyboard shortcuts" onClick={() => onIntent({ type: 'help' })}>
        <KeyboardOutlined />
      </Control>
    </Box>
  );
}
