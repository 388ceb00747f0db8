'use client';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Resumable } from '@/lib/author/draft-session';
import StartNewDraft from './StartNewDraft';

type Props = { resumable: Resumable; onResume: () => void; onStartNew: () => void };

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

/** Offered after a reload: the draft saved in this browser, opened only when the teacher says so. */
export default function ResumeDraft({ resumable, onResume, onStartNew }: Props) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby="resume-heading" sx={{ p: 3 }}>
      <Typography id="resume-heading" variant="panelTitle" component="h2" gutterBottom>
        A draft is saved in this browser
      </Typography>
      <Typography sx={{ mb: 2 }}>
        “{resumable.title}”, saved {when(resumable.savedAt)}.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <Button variant="contained" onClick={onResume} autoFocus>
          Resume
        </Button>
        <StartNewDraft onConfirm={onStartNew} />
      </Stack>
    </Paper>
  );
}
