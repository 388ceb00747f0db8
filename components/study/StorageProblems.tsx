'use client';
import dynamic from 'next/dynamic';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { downloadText } from '@/lib/browser/download';
import ExportButton from './ExportButton';
import { useStudy } from './StudyContext';
import { useSessionValue } from './useAnswerSession';

// Loaded on demand: not part of the page's first-load JavaScript.
const ConfirmDialog = dynamic(() => import('@/components/common/ConfirmDialog'), { ssr: false });

/**
 * Plain words when answers cannot be saved. Storage off or full: keep working, export before
 * leaving. Stored data unreadable or from a newer version: it is kept untouched until the student
 * has had the chance to download it and chooses to start fresh. Storage emptied by something else
 * while the page was open: the answers on the page were saved again, and the student is told.
 */
export default function StorageProblems() {
  const { lesson, session } = useStudy();
  const [confirming, setConfirming] = useState(false);
  const problem = useSessionValue(session, (s) => s.problem);
  const failure = useSessionValue(session, (s) => (s.status.state === 'failed' ? s.status.reason : null));
  const restored = useSessionValue(session, (s) => s.restoredAfterWipe);

  if (problem) {
    const explanation =
      problem.kind === 'too-new'
        ? `Answers saved in this browser come from a newer version of this app (format ${problem.version}). This version cannot read them, and will not overwrite them.`
        : `Answers saved in this browser could not be read (${problem.detail}). They have not been changed.`;
    return (
      <Alert severity="error" className="no-print" sx={{ mb: 3 }}>
        <AlertTitle>Your saved answers could not be opened</AlertTitle>
        {explanation} Download the saved data to keep a copy (your teacher can help recover it), then start fresh. Until
        then, nothing you type here is saved.
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1.5, flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            color="error"
            onClick={() => downloadText(`${lesson.id}-saved-data.json`, problem.raw, 'application/json')}
          >
            Download saved data
          </Button>
          <Button variant="outlined" color="error" onClick={() => setConfirming(true)}>
            Start fresh
          </Button>
        </Stack>
        <ConfirmDialog
          open={confirming}
          title="Start fresh?"
          confirmLabel="Start fresh"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            session.startFresh();
            setConfirming(false);
          }}
        >
          The saved data that could not be read will be replaced. Have you downloaded it? Anything you typed on this
          page is kept.
        </ConfirmDialog>
      </Alert>
    );
  }

  if (failure) {
    const why =
      failure === 'quota'
        ? "This browser's storage is full, so your answers are not being saved."
        : failure === 'unavailable'
          ? 'This browser is not letting the page save anything (storage is off or blocked, for example in some private windows), so your answers are not being saved.'
          : 'Saving failed in this browser, so your answers are not being saved.';
    return (
      <Alert
        severity="warning"
        className="no-print"
        sx={{ mb: 3 }}
        action={<ExportButton size="small" color="inherit" />}
      >
        <AlertTitle>Answers not saved</AlertTitle>
        {why} You can keep working: export your answers before you leave this page, or they will be lost.
      </Alert>
    );
  }
  if (restored)
    return (
      <Alert severity="info" className="no-print" sx={{ mb: 3 }}>
        <AlertTitle>Your answers were saved again</AlertTitle>
        Something else on this computer emptied this browser&apos;s storage. Your answers were still open on this page,
        so they have been saved again.
      </Alert>
    );
  return null;
}
