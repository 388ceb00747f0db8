'use client';
import FileOpenOutlined from '@mui/icons-material/FileOpenOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';

type Outcome = { severity: 'success' | 'error'; message: string };

type Props = { shippedIds: readonly string[]; fileSuffix: string };

/**
 * Opens a shared lesson file into this browser; a bad file gets one message and changes nothing.
 * The reader (zod and the lesson schema) loads when a file is chosen, not with the home page.
 */
export default function OpenLessonFile({ shippedIds, fileSuffix }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const hintId = useId();

  const onChange = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const { openLessonFile } = await import('@/lib/lessons/opened-lessons');
    const result = await openLessonFile(file, shippedIds);
    setOutcome(
      result.ok
        ? { severity: 'success', message: `Opened “${result.title}”. It is listed below and stays in this browser.` }
        : { severity: 'error', message: result.message },
    );
  };

  return (
    <Stack spacing={1.5} sx={{ mb: 3 }}>
      <Typography id={hintId} color="text.secondary" sx={{ maxWidth: '60ch' }}>
        A teacher can share a lesson as a file ({fileSuffix}). Opening it keeps it in this browser only.
      </Typography>
      <div>
        <Button
          variant="outlined"
          startIcon={<FileOpenOutlined aria-hidden />}
          onClick={() => input.current?.click()}
          aria-describedby={hintId}
        >
          Open a lesson file
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Lesson file"
          onChange={onChange}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcome && <Alert severity={outcome.severity}>{outcome.message}</Alert>}
      </div>
    </Stack>
  );
}
