'use client';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useSyncExternalStore } from 'react';
import type { SaveStatus as Status, SaveStatusSource } from '@/lib/autosave/save-status';
import { NOT_SAVED } from '@/lib/review/not-saved';
import { clockTime, prepareClockTime } from '@/lib/text/clock-time';

/**
 * `badge`: the study page's one indicator for all the student's answers, always showing what
 * happens to their typing. `field`: under one feedback field in the review, empty until the
 * field is changed.
 */
type Variant = 'badge' | 'field';
type Tone = 'ok' | 'busy' | 'problem';

function describeBadge(status: Status): { text: string; tone: Tone } {
  switch (status.state) {
    case 'idle':
      return { text: 'Saves in this browser as you type', tone: 'ok' };
    case 'pending':
    case 'saving':
      return { text: 'Saving…', tone: 'busy' };
    case 'saved':
      return { text: `Saved at ${clockTime(status.at)}`, tone: 'ok' };
    case 'failed':
      return {
        text: status.reason === 'quota' ? 'Not saved: browser storage is full' : 'Not saved: browser storage is off',
        tone: 'problem',
      };
    case 'blocked':
      return { text: 'Not saved: see the message above', tone: 'problem' };
  }
}

function describeField(status: Status | undefined): { text: string; tone: Tone } {
  switch (status?.state) {
    case undefined:
    case 'idle':
      return { text: '', tone: 'ok' };
    case 'pending':
    case 'saving':
      return { text: 'Saving…', tone: 'busy' };
    case 'saved':
      return { text: status.memoryOnly ? 'Kept in this tab only' : 'Saved', tone: 'ok' };
    case 'failed':
    case 'blocked':
      return { text: NOT_SAVED, tone: 'problem' };
  }
}

type Props = { source: SaveStatusSource; fieldKey?: string; variant: Variant };

/** The save indicator. It is a live region, and says "Saved" only after a write succeeded. */
export default function SaveStatus({ source, fieldKey = '', variant }: Props) {
  const status = useSyncExternalStore(
    source.subscribe,
    () => source.statusOf(fieldKey),
    () => source.statusOf(fieldKey),
  );
  useEffect(() => (variant === 'badge' ? prepareClockTime() : undefined), [variant]);
  if (variant === 'field') {
    const { text, tone } = describeField(status);
    return (
      <Box
        role="status"
        data-state={status?.state}
        sx={{
          minHeight: '1.5rem',
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          fontSize: (theme) => theme.typography.note.fontSize,
          color: tone === 'problem' ? 'error.main' : 'text.secondary',
        }}
      >
        {status?.state === 'saved' && <CheckCircleOutlined aria-hidden fontSize="small" color="success" />}
        {tone === 'problem' && <ErrorOutlined aria-hidden fontSize="small" />}
        {text}
      </Box>
    );
  }
  const { text, tone } = describeBadge(status ?? { state: 'idle' });
  const Icon = tone === 'ok' ? CloudDoneOutlined : tone === 'busy' ? EditNoteOutlined : ErrorOutline;
  return (
    <Box
      role="status"
      aria-live="polite"
      data-state={status?.state}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 1,
        px: 1.5,
        py: 0.5,
        borderRadius: 99,
        border: 1,
        borderColor: tone === 'problem' ? 'error.main' : 'divider',
        color: tone === 'problem' ? 'error.main' : 'text.secondary',
        bgcolor: 'background.paper',
      }}
    >
      <Icon fontSize="small" aria-hidden />
      <Typography component="span" sx={{ fontSize: (theme) => theme.typography.bodySmall.fontSize, fontWeight: 600 }}>
        {text}
      </Typography>
    </Box>
  );
}
