'use client';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import Box from '@mui/material/Box';
import { useSyncExternalStore } from 'react';
import { useReview } from './ReviewContext';

const TEXT = { pending: 'Saving…', saving: 'Saving…', saved: 'Saved', error: 'Not saved' } as const;

/** "Saving…", then "Saved" once the write succeeded (or "Kept in this tab only" without storage), or why it failed. */
export default function SaveStatus({ fieldKey }: { fieldKey: string }) {
  const { statusStore, persistent } = useReview();
  const current = useSyncExternalStore(
    statusStore.subscribe,
    () => statusStore.get(fieldKey),
    () => undefined,
  );
  const failed = current?.status === 'error';
  return (
    <Box
      role="status"
      sx={{
        minHeight: '1.5rem',
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        fontSize: '0.9rem',
        color: failed ? 'error.main' : 'text.secondary',
      }}
    >
      {current?.status === 'saved' && <CheckCircleOutlined aria-hidden fontSize="small" color="success" />}
      {failed && <ErrorOutlined aria-hidden fontSize="small" />}
      {current &&
        (current.error ?? (current.status === 'saved' && !persistent ? 'Kept in this tab only' : TEXT[current.status]))}
    </Box>
  );
}
