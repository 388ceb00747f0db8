'use client';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { SaveStatus as Status } from '@/lib/study/answer-session';
import { useStudy } from './StudyContext';
import { useSessionValue } from './useAnswerSession';

function describe(status: Status): { text: string; tone: 'ok' | 'busy' | 'problem' } {
  switch (status.state) {
    case 'idle':
      return { text: 'Saves in this browser as you type', tone: 'ok' };
    case 'pending':
      return { text: 'Saving…', tone: 'busy' };
    case 'saved':
      return {
        text: `Saved at ${new Date(status.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`,
        tone: 'ok',
      };
    case 'failed':
      return {
        text: status.reason === 'quota' ? 'Not saved: browser storage is full' : 'Not saved: browser storage is off',
        tone: 'problem',
      };
    case 'blocked':
      return { text: 'Not saved: see the message above', tone: 'problem' };
  }
}

/** The save indicator. It is a live region, and says "Saved" only after a write succeeded. */
export default function SaveStatus() {
  const { session } = useStudy();
  const status = useSessionValue(session, (s) => s.status);
  const { text, tone } = describe(status);
  const Icon = tone === 'ok' ? CloudDoneOutlined : tone === 'busy' ? EditNoteOutlined : ErrorOutline;
  return (
    <Box
      role="status"
      aria-live="polite"
      data-state={status.state}
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
      <Typography component="span" sx={{ fontSize: '0.95rem', fontWeight: 600 }}>
        {text}
      </Typography>
    </Box>
  );
}
